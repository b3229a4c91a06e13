import {
  confirmPaymentInput,
  exportLinkOutput,
  messageSchema,
  orderCourierInput,
  orderCustomerInput,
  orderCustomerMessage,
  orderDetailOutput,
  orderDownloadInput,
  orderFilterInput,
  orderInvoiceInput,
  orderListInput,
  orderListOutput,
  orderOtherFeesInput,
  orderPaymentMethodInput,
  orderRecapOutput,
  orderStatusInput,
} from '@bosonline/contracts';
import { router, sellerCan, sellerProcedure } from '../../trpc.ts';
import { exportLink } from '../product/downloads.ts';
import { detail } from './detail.ts';
import * as edits from './edits.ts';
import { list } from './list.ts';
import { confirmPayment } from './payment.ts';
import { recap } from './recap.ts';
import { bookShipment } from './shipment.ts';
import { updateStatus } from './status.ts';

const edit = sellerCan('order.edit');
const manage = sellerCan('order.manage');

export const orderRouter = router({
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
  detail: sellerProcedure
    .input(orderInvoiceInput)
    .output(orderDetailOutput)
    .query(({ ctx, input }) => detail(ctx, input.invoice)),
  updateCustomer: edit
    .input(orderCustomerInput)
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await edits.updateCustomer(ctx, input);
      return { message: orderCustomerMessage };
    }),
  updateCourier: edit
    .input(orderCourierInput)
    .output(orderDetailOutput)
    .mutation(async ({ ctx, input }) => {
      await edits.updateCourier(ctx, input);
      return detail(ctx, input.invoice);
    }),
  updatePaymentMethod: edit
    .input(orderPaymentMethodInput)
    .output(orderDetailOutput)
    .mutation(async ({ ctx, input }) => {
      await edits.updatePaymentMethod(ctx, input);
      return detail(ctx, input.invoice);
    }),
  updateOtherFees: manage
    .input(orderOtherFeesInput)
    .output(orderDetailOutput)
    .mutation(async ({ ctx, input }) => {
      await edits.updateOtherFees(ctx, input);
      return detail(ctx, input.invoice);
    }),
  updateStatus: manage
    .input(orderStatusInput)
    .output(orderDetailOutput)
    .mutation(async ({ ctx, input }) => {
      await updateStatus(ctx, input);
      return detail(ctx, input.invoice);
    }),
  confirmPayment: manage
    .input(confirmPaymentInput)
    .output(orderDetailOutput)
    .mutation(async ({ ctx, input }) => {
      await confirmPayment(ctx, input);
      return detail(ctx, input.invoice);
    }),
  bookShipment: manage
    .input(orderInvoiceInput)
    .output(orderDetailOutput)
    .mutation(async ({ ctx, input }) => {
      await bookShipment(ctx, input.invoice);
      return detail(ctx, input.invoice);
    }),
});
