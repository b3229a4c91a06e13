import {
  checkoutCourierListOutput,
  checkoutFormInput,
  checkoutFormOutput,
  checkoutQuoteInput,
  checkoutQuoteOutput,
  checkoutReceiptInput,
  checkoutReceiptOutput,
  checkoutVoucherListOutput,
  checkoutVouchersInput,
  estimateRatesInput,
  estimateRatesOutput,
  saveAbandonedInput,
  saveAbandonedOutput,
  validateWhatsappInput,
  validateWhatsappOutput,
} from '@bosonline/contracts';
import { router } from '../../trpc.ts';
import { saveAbandoned } from './abandoned.ts';
import { createOrderProcedure } from './create-order.procedure.ts';
import { loadForm } from './load-form.ts';
import { checkoutProcedure } from './public.ts';
import { couriers, estimateRates } from './rates.ts';
import { receipt } from './receipt.ts';
import { quoteSummary } from './summary.ts';
import { listVouchers } from './vouchers.ts';
import { validateWhatsapp } from './whatsapp.ts';

/** The public checkout: what a buyer's browser (the widget, the hosted page) calls. */
export const checkoutRouter = router({
  createOrder: createOrderProcedure,
  loadForm: checkoutProcedure
    .input(checkoutFormInput)
    .output(checkoutFormOutput)
    .query(({ ctx, input }) => loadForm(ctx, input.formId)),
  couriers: checkoutProcedure
    .input(checkoutFormInput)
    .output(checkoutCourierListOutput)
    .query(({ ctx, input }) => couriers(ctx, input.formId)),
  estimateRates: checkoutProcedure
    .input(estimateRatesInput)
    .output(estimateRatesOutput)
    .query(({ ctx, input }) => estimateRates(ctx, input)),
  validateWhatsapp: checkoutProcedure
    .input(validateWhatsappInput)
    .output(validateWhatsappOutput)
    .query(({ ctx, input }) => validateWhatsapp(ctx, input)),
  listVouchers: checkoutProcedure
    .input(checkoutVouchersInput)
    .output(checkoutVoucherListOutput)
    .query(({ ctx, input }) => listVouchers(ctx, input)),
  quote: checkoutProcedure
    .input(checkoutQuoteInput)
    .output(checkoutQuoteOutput)
    .query(({ ctx, input }) => quoteSummary(ctx, input)),
  receipt: checkoutProcedure
    .input(checkoutReceiptInput)
    .output(checkoutReceiptOutput)
    .query(({ ctx, input }) => receipt(ctx, input)),
  saveAbandoned: checkoutProcedure
    .input(saveAbandonedInput)
    .output(saveAbandonedOutput)
    .mutation(({ ctx, input }) => saveAbandoned(ctx, input)),
});
