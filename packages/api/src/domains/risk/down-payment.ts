import {
  codAfterDownPayment,
  type confirmDownPaymentInput,
  formatRupiah,
  pickBankAccountMessage,
} from '@bosonline/contracts';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';
import { conflict, invalidField } from '../../lib/errors.ts';
import { isProviderUnavailable } from '../../ports/index.ts';
import { applyOrderChange } from '../order/change.ts';
import { findOrder } from '../order/load.ts';
import { bookStoredOrder, recordBooking } from '../shipping/booking.ts';

// "Confirm Down Payment": a risky COD order held under the form's `down_payment` policy waits in
// `awaiting_confirmation` until the seller sees the buyer's transfer arrive. Confirming records it
// as the transfer facts of Confirm Payment are recorded (account, receipt, note, who), and books the
// order with the courier for the rest of the total (shipping/booking.ts reads codAmountOf). The
// guarded change claims the order once: a second click, the buyer's cancel or the timeout lose.

type DownPaymentCtx = Pick<SellerContext, 'db' | 'tenant' | 'actor' | 'ports' | 'clock' | 'logger'>;

export async function confirmDownPayment(
  ctx: DownPaymentCtx,
  input: z.output<typeof confirmDownPaymentInput>,
): Promise<void> {
  const order = await findOrder(ctx, input.invoice);
  if (order.downPayment === null) throw conflict('This order has no down payment to confirm', 'invoice');
  if (order.downPaymentPaidAt) throw conflict('The down payment is already confirmed', 'invoice');
  if (order.status !== 'awaiting_confirmation') {
    throw conflict(`This order is already ${order.status.replaceAll('_', ' ')}`, 'invoice');
  }
  const [account, proof] = await Promise.all([
    ctx.db.bankAccount.findFirst({
      where: { id: input.bankAccountId, storeId: ctx.tenant.storeId },
      select: { id: true },
    }),
    input.proofImageId
      ? ctx.db.productImage.findFirst({
          where: { id: input.proofImageId, storeId: ctx.tenant.storeId },
          select: { key: true },
        })
      : null,
  ]);
  if (!account) throw invalidField('bankAccountId', pickBankAccountMessage);
  if (input.proofImageId && !proof) throw invalidField('proofImageId', 'Upload the receipt first');
  const paidAt = ctx.clock.now();
  const claimed = await applyOrderChange(ctx, order, {
    to: 'booking',
    type: 'down_payment_confirmed',
    data: {
      downPaymentPaidAt: paidAt,
      confirmDueAt: null,
      paidBankAccountId: account.id,
      paymentProofUrl: proof ? ctx.ports.storage.publicUrl(proof.key) : null,
      paymentNote: input.note,
      paymentConfirmedById: ctx.actor.userId,
    },
    expect: { downPayment: { not: null }, downPaymentPaidAt: null },
    details: {
      amount: order.downPayment,
      codAmount: codAfterDownPayment(order.total, order.downPayment),
      note: input.note,
      summary: `Down payment ${formatRupiah(order.downPayment)} received`,
    },
  });
  if (!claimed) {
    const now = await ctx.db.order.findUniqueOrThrow({ where: { id: order.id } });
    if (now.downPaymentPaidAt) throw conflict('The down payment is already confirmed', 'invoice');
    throw conflict(`This order is already ${now.status.replaceAll('_', ' ')}`, 'invoice');
  }
  const booking = { ...order, status: 'booking' as const, confirmDueAt: null, downPaymentPaidAt: paidAt };
  try {
    await recordBooking(ctx, booking, await bookStoredOrder(ctx, booking));
  } catch (error) {
    // The down payment is recorded either way; the stranded-booking recovery books it later.
    if (!isProviderUnavailable(error)) throw error;
    ctx.logger.warn(
      { invoice: order.invoice },
      'down payment confirmed: courier down, the recovery books it',
    );
  }
}
