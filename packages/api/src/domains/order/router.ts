import {
  confirmDownPaymentInput,
  confirmPaymentInput,
  exportLinkOutput,
  messageSchema,
  orderCourierInput,
  orderCustomerInput,
  orderCustomerMessage,
  orderDetailOutput,
  orderDownloadInput,
  orderEditPreviewInput,
  orderEditPreviewOutput,
  orderFilterInput,
  orderInvoiceInput,
  orderListInput,
  orderListOutput,
  orderOtherFeesInput,
  orderPaymentMethodInput,
  orderPrintInput,
  orderRecapOutput,
  orderStatusInput,
} from '@bosonline/contracts';
import type { SellerContext } from '../../context.ts';
import { router, sellerCan, sellerProcedure } from '../../trpc.ts';
import {
  createManualOrderProcedure,
  manualRatesProcedure,
  quoteManualOrderProcedure,
} from '../checkout/manual.procedure.ts';
import { exportLink } from '../downloads/link.ts';
import { confirmDownPayment } from '../risk/down-payment.ts';
import { confirmHeldForBuyer } from '../risk/hold.ts';
import { detail } from './detail.ts';
import * as edits from './edits.ts';
import { list } from './list.ts';
import { confirmPayment } from './payment.ts';
import { printLink } from './print-file.ts';
import { recap } from './recap.ts';
import { bookShipment } from './shipment.ts';
import { updateStatus } from './status.ts';

/** A change whose answer is the order as it now stands ("Detail Order"). */
function thenDetail<I extends { invoice: string }>(
  change: (ctx: SellerContext, input: I) => Promise<unknown>,
) {
  return async ({ ctx, input }: { ctx: SellerContext; input: I }) => {
    await change(ctx, input);
    return detail(ctx, input.invoice);
  };
}

const edit = sellerCan('order.edit');
const manage = sellerCan('order.manage');

export const orderRouter = router({
  /** "Atur Pengiriman": an order placed for a buyer, with the checkout's body and rules. */
  createManual: createManualOrderProcedure,
  /** Its total before saving, priced from the warehouse the seller picked. */
  quoteManual: quoteManualOrderProcedure,
  /** The courier services to pick from, priced from that warehouse too. */
  manualRates: manualRatesProcedure,
  list: sellerProcedure
    .input(orderListInput)
    .output(orderListOutput)
    .query(({ ctx, input }) => list(ctx, input)),
  recap: sellerProcedure
    .input(orderFilterInput)
    .output(orderRecapOutput)
    .query(({ ctx, input }) => recap(ctx, input)),
  exportLink: sellerProcedure
    .input(orderDownloadInput)
    .output(exportLinkOutput)
    .mutation(({ ctx, input }) => {
      const { format, ...filter } = input;
      return exportLink(ctx, { kind: 'orders', format, params: filter });
    }),
  printLink: sellerProcedure
    .input(orderPrintInput)
    .output(exportLinkOutput)
    .mutation(({ ctx, input }) => printLink(ctx, { userId: ctx.actor.userId }, input)),
  detail: sellerProcedure
    .input(orderInvoiceInput)
    .output(orderDetailOutput)
    .query(({ ctx, input }) => detail(ctx, input.invoice)),
  /** Read-only: what an edit would make the amounts, so the new total shows before saving. The
   * edit's own permission is checked once its kind is known. */
  previewEdit: edit
    .input(orderEditPreviewInput)
    .output(orderEditPreviewOutput)
    .query(({ ctx, input }) => edits.previewEdit(ctx, input)),
  updateCustomer: sellerCan(edits.editPermission.customer)
    .input(orderCustomerInput)
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await edits.updateCustomer(ctx, input);
      return { message: orderCustomerMessage };
    }),
  updateCourier: sellerCan(edits.editPermission.courier)
    .input(orderCourierInput)
    .output(orderDetailOutput)
    .mutation(thenDetail(edits.updateCourier)),
  updatePaymentMethod: sellerCan(edits.editPermission.paymentMethod)
    .input(orderPaymentMethodInput)
    .output(orderDetailOutput)
    .mutation(thenDetail(edits.updatePaymentMethod)),
  updateOtherFees: sellerCan(edits.editPermission.otherFees)
    .input(orderOtherFeesInput)
    .output(orderDetailOutput)
    .mutation(thenDetail(edits.updateOtherFees)),
  updateStatus: manage.input(orderStatusInput).output(orderDetailOutput).mutation(thenDetail(updateStatus)),
  confirmPayment: manage
    .input(confirmPaymentInput)
    .output(orderDetailOutput)
    .mutation(thenDetail(confirmPayment)),
  /** A held risky COD order's down payment arrived: it is booked for the rest of the total. */
  confirmDownPayment: manage
    .input(confirmDownPaymentInput)
    .output(orderDetailOutput)
    .mutation(thenDetail(confirmDownPayment)),
  /** A held risky COD order the buyer confirmed to the seller (by phone, say): it is booked. */
  confirmHeld: manage
    .input(orderInvoiceInput)
    .output(orderDetailOutput)
    .mutation(thenDetail(confirmHeldForBuyer)),
  bookShipment: manage
    .input(orderInvoiceInput)
    .output(orderDetailOutput)
    .mutation(thenDetail((ctx, input) => bookShipment(ctx, input.invoice))),
});
