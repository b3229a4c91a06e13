import type { CheckoutVoucherView, checkoutVouchersInput } from '@bosonline/contracts';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import { checkoutOffers } from '../voucher/service.ts';
import { publishedForm } from './public.ts';

/**
 * "List Voucher Checkout" for a form: the vouchers of the form's store that apply to this basket,
 * as `voucher.listForCheckout` computes them; none when the form does not take vouchers. Spends
 * the voucher look-up budget too, so codes cannot be harvested through forms either.
 */
export async function listVouchers(
  ctx: Pick<Context, 'db' | 'clock' | 'rateLimits' | 'req'>,
  input: z.output<typeof checkoutVouchersInput>,
): Promise<CheckoutVoucherView[]> {
  await ctx.rateLimits.consume('voucherCheckoutPerIp', ctx.req.ip ?? 'unknown');
  const { formId, ...basket } = input;
  const form = await publishedForm(ctx, formId, []);
  if (!form.settings.allowVouchers) return [];
  return checkoutOffers(ctx, { ...basket, storeId: form.storeId });
}
