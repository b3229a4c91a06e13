import { formatRupiah } from '@bosonline/contracts';
import type { Order, PaymentCharge } from '@bosonline/db';
import type { AppDeps } from '../../context.ts';
import { recordBosPay } from '../bospay/ledger.ts';
import type { Tx } from '../inventory/ledger.ts';
import { notify } from '../notification/notify.ts';
import { applyOrderChange } from '../order/change.ts';
import type { CallbackPayment } from './callback-body.ts';

/** What a verified payment did; the callback log keeps it, and replays answer it again. */
export type Settlement = 'paid' | 'recorded' | 'refund_due' | 'already_processed';

/** The charge was settled by another callback meanwhile: roll this one back. */
class AlreadySettled extends Error {}

type SettleCtx = Pick<AppDeps, 'db' | 'clock' | 'ports' | 'logger'>;
type SettledOrder = Pick<Order, 'id' | 'storeId' | 'status' | 'invoice'>;

/**
 * Applies a verified payment of the full amount to its order, once:
 * - an unpaid order becomes `paid` (event `payment_received`);
 * - an order paid meanwhile another way (a seller's Confirm Payment) keeps its status and gets the
 *   event;
 * - a canceled order (expired, or canceled by the seller) is NOT revived: the buyer's money did
 *   leave their bank, so refusing the notification would not give it back. The charge is marked
 *   `refund_due`, the timeline says so (`payment_after_cancel`) and the seller is notified to
 *   refund the buyer (or restore the order by hand).
 * In every case the money lands in the seller's BosPay balance, less the channel's fee. The
 * charge's guarded `pending` → settled update, in the same transaction as the order change, is
 * what makes a second callback (a retry, or a replay with another request id) change nothing.
 */
export async function settle(
  ctx: SettleCtx,
  charge: PaymentCharge,
  payment: CallbackPayment,
  order: SettledOrder,
): Promise<Settlement> {
  const now = ctx.clock.now();
  const late = order.status === 'canceled';
  const details = {
    provider: charge.provider,
    channel: charge.channel,
    amount: payment.amount,
    externalId: charge.externalId,
    paymentRef: payment.paymentRef,
    ...(late ? { refund: 'due' } : {}),
  };
  const work = async (tx: Tx) => {
    const { count } = await tx.paymentCharge.updateMany({
      where: { id: charge.id, status: 'pending' },
      data: { status: late ? 'refund_due' : 'paid', paidAmount: payment.amount, paidAt: now },
    });
    if (count === 0) throw new AlreadySettled();
    await recordBosPay(tx, [
      {
        storeId: order.storeId,
        kind: 'gateway_payment',
        amount: payment.amount,
        orderId: order.id,
        invoice: order.invoice,
        note: `${charge.channel} ${payment.paymentRef ?? ''}`.trim(),
      },
      {
        storeId: order.storeId,
        kind: 'gateway_fee',
        amount: -charge.fee,
        orderId: order.id,
        invoice: order.invoice,
        note: charge.channel,
      },
    ]);
    if (late) {
      await notify(tx, order.storeId, {
        type: 'payment.refund_due',
        title: `Pembayaran masuk untuk pesanan batal ${order.invoice}`,
        body: `${formatRupiah(payment.amount)} dibayar lewat ${charge.channel} setelah pesanan dibatalkan. Kembalikan dana ke pembeli atau proses ulang pesanan.`,
        link: `/store/order/${order.invoice}`,
      });
    }
  };
  const system = { db: ctx.db, ports: ctx.ports, logger: ctx.logger, actor: null };
  try {
    if (order.status === 'unpaid') {
      const landed = await applyOrderChange(system, order, {
        to: 'paid',
        type: 'payment_received',
        data: { paidAt: now, paidAmount: payment.amount },
        details,
        also: work,
      });
      if (landed) return 'paid';
      // The order moved meanwhile (canceled by the expiry job or the seller): decide again.
      const fresh = await ctx.db.order.findUniqueOrThrow({
        where: { id: order.id },
        select: { id: true, storeId: true, status: true, invoice: true },
      });
      return settle(ctx, charge, payment, fresh);
    }
    const landed = await applyOrderChange(system, order, {
      type: late ? 'payment_after_cancel' : 'payment_received',
      details,
      also: work,
    });
    if (!landed) return 'already_processed';
    return late ? 'refund_due' : 'recorded';
  } catch (error) {
    if (error instanceof AlreadySettled) return 'already_processed';
    throw error;
  }
}
