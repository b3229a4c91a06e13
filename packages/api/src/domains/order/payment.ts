import { type confirmPaymentInput, formatRupiah, pickBankAccountMessage } from '@bosonline/contracts';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';
import { conflict, invalidField } from '../../lib/errors.ts';
import { changeOrder } from './change.ts';
import { findOrder } from './load.ts';

type PaymentCtx = Pick<SellerContext, 'db' | 'tenant' | 'actor' | 'ports' | 'clock' | 'logger'>;

/**
 * "Confirm Payment": the seller saw the transfer arrive. It names the amount and the store
 * account it landed on, optionally a receipt image (uploaded through Upload Image). Less or more
 * than the total is refused unless forced with a note saying why; the order moves to `paid`.
 */
export async function confirmPayment(ctx: PaymentCtx, input: z.output<typeof confirmPaymentInput>) {
  const order = await findOrder(ctx, input.invoice);
  if (order.paymentMethod === 'cod') {
    throw conflict('Cash on delivery is collected by the courier; there is no transfer to confirm');
  }
  if (order.status !== 'unpaid') throw conflict(`This order is already ${order.status.replaceAll('_', ' ')}`);
  const account = await ctx.db.bankAccount.findFirst({
    where: { id: input.bankAccountId, storeId: ctx.tenant.storeId },
    select: { id: true },
  });
  if (!account) throw invalidField('bankAccountId', pickBankAccountMessage);
  // Any amount other than the total is a seller's judgement call, not a typo: it needs `force` and
  // a note, whether less (a short transfer) or more (one that also covers something else).
  if (input.amount !== order.total) {
    const under = input.amount < order.total;
    if (!input.force) {
      throw invalidField(
        'amount',
        `${formatRupiah(input.amount)} is ${under ? 'less' : 'more'} than the total of ${formatRupiah(order.total)}; confirm anyway with a note`,
      );
    }
    if (!input.note) {
      throw invalidField('note', `Say why ${under ? 'an underpayment' : 'an overpayment'} is accepted`);
    }
  }
  const proof = input.proofImageId
    ? await ctx.db.productImage.findFirst({
        where: { id: input.proofImageId, storeId: ctx.tenant.storeId },
        select: { key: true },
      })
    : null;
  if (input.proofImageId && !proof) throw invalidField('proofImageId', 'Upload the receipt first');
  await changeOrder(ctx, order, {
    to: 'paid',
    type: 'payment_confirmed',
    data: {
      paidAt: ctx.clock.now(),
      paidAmount: input.amount,
      paidBankAccountId: account.id,
      paymentProofUrl: proof ? ctx.ports.storage.publicUrl(proof.key) : null,
      paymentNote: input.note,
      paymentConfirmedById: ctx.actor.userId,
    },
    details: {
      amount: input.amount,
      underpaid: input.amount < order.total,
      overpaid: input.amount > order.total,
      note: input.note,
    },
  });
}
