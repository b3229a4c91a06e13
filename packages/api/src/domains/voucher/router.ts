import {
  checkoutVoucherListOutput,
  idInput,
  messageSchema,
  voucherCheckoutInput,
  voucherInput,
  voucherListInput,
  voucherListOutput,
  voucherOutput,
  voucherStatusInput,
  voucherUpdateInput,
} from '@bosonline/contracts';
import { publicProcedure, router, sellerCan, sellerProcedure } from '../../trpc.ts';
import * as voucher from './service.ts';

const manage = sellerCan('voucher.manage');

export const voucherRouter = router({
  list: sellerProcedure
    .input(voucherListInput)
    .output(voucherListOutput)
    .query(({ ctx, input }) => voucher.list(ctx, input)),
  detail: sellerProcedure
    .input(idInput)
    .output(voucherOutput)
    .query(({ ctx, input }) => voucher.detail(ctx, input.id)),
  create: manage
    .input(voucherInput)
    .output(voucherOutput)
    .mutation(({ ctx, input }) => voucher.create(ctx, input)),
  update: manage
    .input(voucherUpdateInput)
    .output(voucherOutput)
    .mutation(({ ctx, input }) => voucher.update(ctx, input)),
  setStatus: manage
    .input(voucherStatusInput)
    .output(voucherOutput)
    .mutation(({ ctx, input }) => voucher.setStatus(ctx, input.id, input.status)),
  delete: manage
    .input(idInput)
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await voucher.remove(ctx, input.id);
      return { message: 'Voucher has been deleted' };
    }),
  /** Buyers are not logged in: the store comes from the input, never from a token. */
  listForCheckout: publicProcedure
    .input(voucherCheckoutInput)
    .output(checkoutVoucherListOutput)
    .query(({ ctx, input }) => voucher.listForCheckout(ctx, input)),
});
