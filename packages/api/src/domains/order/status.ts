import { canTransition, formatRupiah, type orderStatusInput, waitsForPayment } from '@bosonline/contracts';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';
import { conflict } from '../../lib/errors.ts';
import { changeOrder, statusLabel } from './change.ts';
import { deliveredColumns } from './delivered.ts';
import { findOrder, type OrderRow } from './load.ts';
import { releaseVouchers, restock } from './release.ts';

type StatusCtx = Pick<SellerContext, 'db' | 'tenant' | 'actor' | 'ports' | 'clock' | 'logger'>;

/** Cancels the courier booking of an order that has one; the provider must agree first. */
async function cancelShipment(ctx: StatusCtx, order: OrderRow) {
  if (!order.shipmentRef) return;
  await ctx.ports.shipping.cancel(order.shipmentRef);
}

/**
 * The buyer's down payment the store received, if any: cancelling the order owes it back, so the
 * seller must say how it is returned (`refundNote`) rather than cancel without a trace of it.
 */
function refundOwed(order: OrderRow, refundNote: string | null) {
  const received = order.downPaymentPaidAt && order.downPayment ? order.downPayment : 0;
  if (received && !refundNote) {
    throw conflict(
      `The buyer's down payment of ${formatRupiah(received)} was received; say how it is refunded to cancel this order`,
      'refundNote',
    );
  }
  return received ? { downPaymentRefund: received, refundNote } : {};
}

/**
 * "Update Status Order": the moves a seller makes by hand. Cancel (before shipping) cancels the
 * courier booking, returns the stock and the voucher uses; returned puts the items back in stock
 * unless the seller says they came back unsellable (`restock: false`).
 */
export async function updateStatus(ctx: StatusCtx, input: z.output<typeof orderStatusInput>) {
  const order = await findOrder(ctx, input.invoice);
  const now = ctx.clock.now();
  const note = input.note ?? null;
  const actor = ctx.actor.userId;
  switch (input.status) {
    case 'canceled': {
      if (!canTransition(order.status, 'canceled')) break;
      // Asked before the courier booking is undone: a refused cancel changes nothing.
      const refund = refundOwed(order, input.refundNote ?? null);
      await cancelShipment(ctx, order);
      return changeOrder(ctx, order, {
        to: 'canceled',
        type: 'canceled',
        data: { canceledAt: now, cancelReason: note },
        details: { note, ...refund },
        also: async (tx) => {
          await restock(tx, order, 'sale_canceled', actor);
          await releaseVouchers(tx, order);
        },
      });
    }
    case 'returned':
      return changeOrder(ctx, order, {
        to: 'returned',
        type: 'returned',
        data: { returnedAt: now },
        details: { note, restock: input.restock },
        also: input.restock ? (tx) => restock(tx, order, 'returned', actor) : undefined,
      });
    case 'shipped':
      return changeOrder(ctx, order, {
        to: 'shipped',
        type: 'shipped',
        data: { shippedAt: now },
        details: { note },
      });
    case 'delivered':
      return changeOrder(ctx, order, {
        to: 'delivered',
        type: 'delivered',
        data: deliveredColumns(order, now),
        details: { note },
      });
    case 'processing':
      if (waitsForPayment(order)) {
        throw conflict('This order waits for its payment; confirm the payment first', 'status');
      }
      return changeOrder(ctx, order, { to: 'processing', type: 'processing', details: { note } });
  }
  throw conflict(`An order that is ${statusLabel(order.status)} cannot become canceled`, 'status');
}
