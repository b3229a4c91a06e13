import {
  courierCatalogOutput,
  exportLinkOutput,
  formBatchOutput,
  formCreateInput,
  formExportInput,
  formIdsInput,
  formListInput,
  formListOutput,
  formOutput,
  formStatusInput,
  formUpdatedCountOutput,
  formUpdateInput,
  idInput,
  messageSchema,
  successPageOutput,
  successPageUpdateInput,
} from '@bosonline/contracts';
import { router, sellerProcedure, sellerWrites } from '../../trpc.ts';
import { forgetStoreForms } from '../cache/forget.ts';
import { exportLink } from '../downloads/link.ts';
import { courierCatalog } from '../shipping/catalog.ts';
import { list } from './list.ts';
import * as form from './service.ts';

const manage = sellerWrites('form.manage', forgetStoreForms);

export const formRouter = router({
  list: sellerProcedure
    .input(formListInput)
    .output(formListOutput)
    .query(({ ctx, input }) => list(ctx, input)),
  /** The couriers and services the provider offers, for the builder's pickers. */
  courierCatalog: sellerProcedure.output(courierCatalogOutput).query(({ ctx }) => courierCatalog(ctx)),
  detail: sellerProcedure
    .input(idInput)
    .output(formOutput)
    .query(({ ctx, input }) => form.detail(ctx, input.id)),
  create: manage
    .input(formCreateInput)
    .output(formOutput)
    .mutation(({ ctx, input }) => form.create(ctx, input)),
  update: manage
    .input(formUpdateInput)
    .output(formOutput)
    .mutation(({ ctx, input }) => form.update(ctx, input)),
  setStatus: manage
    .input(formStatusInput)
    .output(formUpdatedCountOutput)
    .mutation(({ ctx, input }) => form.setStatus(ctx, input.ids, input.status)),
  successPage: sellerProcedure
    .input(idInput)
    .output(successPageOutput)
    .query(({ ctx, input }) => form.successPage(ctx, input.id)),
  updateSuccessPage: manage
    .input(successPageUpdateInput)
    .output(successPageOutput)
    .mutation(({ ctx, input }) => form.updateSuccessPage(ctx, input)),
  delete: manage
    .input(idInput)
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await form.remove(ctx, input.id);
      return { message: 'Form has been deleted' };
    }),
  duplicate: manage
    .input(idInput)
    .output(formOutput)
    .mutation(({ ctx, input }) => form.duplicate(ctx, input.id)),
  duplicateBatch: manage
    .input(formIdsInput)
    .output(formBatchOutput)
    .mutation(({ ctx, input }) => form.duplicateBatch(ctx, input.ids)),
  exportLink: sellerProcedure
    .input(formExportInput)
    .output(exportLinkOutput)
    .query(({ ctx, input }) => exportLink(ctx, { kind: 'forms', format: input.format })),
});
