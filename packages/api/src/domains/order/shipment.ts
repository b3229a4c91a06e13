import type { SellerContext } from '../../context.ts';
import { conflict, serviceUnavailable } from '../../lib/errors.ts';
import { ShippingUnavailableError } from '../../ports/index.ts';
import { shipmentRequestOf } from './booking.ts';
import { findOrder, type OrderRow } from './load.ts';
import { transition } from './status.ts';

type ShipmentCtx = Pick<SellerContext, 'db' | 'tenant' | 'actor' | 'ports' | 'clock'>;

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
  const [warehouse, items] = await Promise.all([
    ctx.db.warehouse.findUniqueOrThrow({ where: { id: order.senderWarehouseId } }),
    ctx.db.orderItem.findMany({ where: { orderId: order.id }, select: { productName: true } }),
  ]);
  let booking: Awaited<ReturnType<ShipmentCtx['ports']['shipping']['book']>>;
  try {
    if (order.shipmentRef) await ctx.ports.shipping.cancel(order.shipmentRef);
    booking = await ctx.ports.shipping.book(
      shipmentRequestOf(
        order,
        warehouse,
        items.map((i) => i.productName),
      ),
    );
  } catch (error) {
    if (error instanceof ShippingUnavailableError) throw serviceUnavailable(error.message);
    throw error;
  }
  const to = booking.awb ? 'ready_to_ship' : 'booking';
  const data = { awb: booking.awb, shipmentRef: booking.shipmentRef, bookedAt: ctx.clock.now() };
  const details = {
    awb: booking.awb,
    shipmentRef: booking.shipmentRef,
    rebooked: Boolean(order.shipmentRef),
  };
  if (to === order.status) {
    // Re-booked and still in the same state: record the new AWB without a status change.
    await ctx.db.$transaction([
      ctx.db.order.update({ where: { id: order.id }, data }),
      ctx.db.orderEvent.create({
        data: {
          orderId: order.id,
          storeId: order.storeId,
          type: 'shipment_booked',
          fromStatus: order.status,
          toStatus: to,
          actorUserId: ctx.actor.userId,
          data: details,
        },
      }),
    ]);
    return;
  }
  await transition(ctx, order, { to, type: 'shipment_booked', data, details });
}
