import type { Db, Order, Warehouse } from '@bosonline/db';
import type { Booking, ShipmentRequest } from '../../ports/index.ts';

// The courier booking of an order, one shape for the three places that book: the checkout (a COD
// order right after it is written), the seller (book or re-book), and the recovery of orders a
// crash left in `booking`.

type BookableOrder = Pick<
  Order,
  | 'id'
  | 'invoice'
  | 'courierCode'
  | 'serviceCode'
  | 'buyerName'
  | 'buyerPhone'
  | 'regionId'
  | 'address'
  | 'weightGrams'
  | 'itemsTotal'
  | 'insured'
  | 'paymentMethod'
  | 'total'
  | 'note'
  | 'shipmentRef'
>;

type Sender = Pick<Warehouse, 'contactName' | 'contactPhone' | 'regionId' | 'address'>;

/**
 * The provider books once per key, so a retry after a crash gets the booking it already made. A
 * re-booking follows a cancelled one, so its key names the booking it replaces.
 */
export function bookingKey(order: Pick<Order, 'id' | 'shipmentRef'>): string {
  return order.shipmentRef ? `${order.id}:after:${order.shipmentRef}` : order.id;
}

export function shipmentRequestOf(
  order: BookableOrder,
  sender: Sender,
  productNames: string[],
): ShipmentRequest {
  return {
    reference: order.invoice,
    idempotencyKey: bookingKey(order),
    courierCode: order.courierCode,
    serviceCode: order.serviceCode,
    sender: {
      name: sender.contactName,
      phone: sender.contactPhone,
      regionId: sender.regionId,
      address: sender.address,
    },
    receiver: {
      name: order.buyerName,
      phone: order.buyerPhone,
      regionId: order.regionId,
      address: order.address,
    },
    weightGrams: order.weightGrams,
    itemValue: order.itemsTotal,
    insured: order.insured,
    codAmount: order.paymentMethod === 'cod' ? order.total : 0,
    note: order.note ?? productNames.join(', '),
  };
}

/**
 * Records a booking made for an order still in `booking` (from the checkout or the recovery): the
 * AWB and the status change land with their event row in one statement, or not at all when the
 * order moved on meanwhile. Answers whether it landed.
 */
export async function recordBooking(
  db: Pick<Db, '$executeRaw'>,
  orderId: string,
  booking: Booking,
  details: Record<string, unknown> = {},
): Promise<boolean> {
  const status = booking.awb ? 'ready_to_ship' : 'booking';
  const written = await db.$executeRaw`
    WITH booked AS (
      UPDATE "Order"
      SET "awb" = ${booking.awb}, "shipmentRef" = ${booking.shipmentRef}, "bookedAt" = now(),
        "status" = ${status}::"OrderStatus", "updatedAt" = now()
      WHERE "id" = ${orderId}::uuid AND "status" = 'booking' AND "shipmentRef" IS NULL
      RETURNING "id", "storeId")
    INSERT INTO "OrderEvent" ("id", "orderId", "storeId", "type", "fromStatus", "toStatus", "data")
    SELECT gen_random_uuid(), "id", "storeId", 'shipment_booked', 'booking', ${status}::"OrderStatus",
      ${JSON.stringify({ ...details, shipmentRef: booking.shipmentRef, awb: booking.awb })}::jsonb
    FROM booked`;
  return written > 0;
}
