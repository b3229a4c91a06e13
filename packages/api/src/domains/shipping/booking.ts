import { codAmountOf } from '@bosonline/contracts';
import type { Order, Prisma, Warehouse } from '@bosonline/db';
import type { AppDeps } from '../../context.ts';
import type { Booking, ShipmentRequest } from '../../ports/index.ts';
import { applyOrderChange, type ChangeCtx } from '../order/change.ts';

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
  | 'downPayment'
  | 'downPaymentPaidAt'
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
    // Less a down payment the seller confirmed (risk/down-payment.ts): the courier collects the rest.
    codAmount: codAmountOf(order),
    note: order.note ?? productNames.join(', '),
  };
}

/**
 * Books a stored order with the provider (the seller's booking and the recovery): the request is
 * built from the order, its sending warehouse and its products. A re-booking cancels the previous
 * booking first, as the provider must agree before a second pickup is made.
 */
export async function bookStoredOrder(
  ctx: Pick<AppDeps, 'db' | 'ports'>,
  order: BookableOrder & Pick<Order, 'senderWarehouseId'>,
): Promise<Booking> {
  const [warehouse, items] = await Promise.all([
    ctx.db.warehouse.findUniqueOrThrow({ where: { id: order.senderWarehouseId } }),
    ctx.db.orderItem.findMany({ where: { orderId: order.id }, select: { productName: true } }),
  ]);
  if (order.shipmentRef) await ctx.ports.shipping.cancel(order.shipmentRef);
  return ctx.ports.shipping.book(
    shipmentRequestOf(
      order,
      warehouse,
      items.map((i) => i.productName),
    ),
  );
}

/**
 * Records a booking made for an order still in `booking` without a shipment (from the checkout or
 * the recovery): the AWB, the status and the event land together, or not at all when the order
 * moved on meanwhile. Answers whether it landed.
 */
export function recordBooking(
  ctx: ChangeCtx & Pick<AppDeps, 'clock'>,
  order: Pick<Order, 'id' | 'storeId' | 'status'>,
  booking: Booking,
  details: Record<string, unknown> = {},
): Promise<boolean> {
  return applyOrderChange(ctx, order, {
    // Without an AWB it stays in `booking` until the provider's webhook brings one.
    to: booking.awb ? 'ready_to_ship' : undefined,
    type: 'shipment_booked',
    data: { awb: booking.awb, shipmentRef: booking.shipmentRef, bookedAt: ctx.clock.now() },
    details: { ...details, shipmentRef: booking.shipmentRef, awb: booking.awb } as Prisma.InputJsonObject,
    expect: { status: 'booking', shipmentRef: null },
  });
}
