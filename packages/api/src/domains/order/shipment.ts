import type { SellerContext } from '../../context.ts';
import { conflict } from '../../lib/errors.ts';
import { bookStoredOrder } from '../shipping/booking.ts';
import { changeOrder } from './change.ts';
import { findOrder, type OrderRow } from './load.ts';

type ShipmentCtx = Pick<SellerContext, 'db' | 'tenant' | 'actor' | 'ports' | 'clock' | 'logger'>;

/** Statuses from which a seller books (or re-books) the courier pickup. */
const bookable = new Set<OrderRow['status']>(['paid', 'processing', 'booking', 'ready_to_ship']);

/**
 * "Update Pengiriman Kurir": books the order's shipment through the shipping provider, or books
 * it again (the previous booking is cancelled first). With the AWB in the answer the order is
 * ready to ship; otherwise it waits in `booking` for the provider's webhook.
 */
export async function bookShipment(ctx: ShipmentCtx, invoice: string) {
  const order = await findOrder(ctx, invoice);
  if (!bookable.has(order.status)) {
    throw conflict(
      order.status === 'unpaid'
        ? 'This order waits for its payment; confirm the payment first'
        : `An order that is ${order.status.replaceAll('_', ' ')} cannot be booked with a courier`,
    );
  }
  const booking = await bookStoredOrder(ctx, order);
  const next = booking.awb ? 'ready_to_ship' : 'booking';
  await changeOrder(ctx, order, {
    // A re-booking may stay in the same state: a new AWB, no status change.
    to: next === order.status ? undefined : next,
    type: 'shipment_booked',
    data: { awb: booking.awb, shipmentRef: booking.shipmentRef, bookedAt: ctx.clock.now() },
    details: { awb: booking.awb, shipmentRef: booking.shipmentRef, rebooked: Boolean(order.shipmentRef) },
  });
}
