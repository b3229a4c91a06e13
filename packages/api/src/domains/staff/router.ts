import {
  idInput,
  messageSchema,
  staffCreatedOutput,
  staffCreateInput,
  staffListInput,
  staffListOutput,
  staffOutput,
  staffStatusInput,
  staffStatusManyInput,
  staffUpdatedCountOutput,
  staffUpdateInput,
} from '@bosonline/contracts';
import { router, sellerProcedure, sellerWrites } from '../../trpc.ts';
import { forgetStoreFacts } from '../cache/forget.ts';
import * as staff from './service.ts';

// The CS team orders rotate among is part of the store's cached checkout facts.
const manage = sellerWrites('staff.manage', forgetStoreFacts);

export const staffRouter = router({
  list: sellerProcedure
    .input(staffListInput)
    .output(staffListOutput)
    .query(({ ctx, input }) => staff.list(ctx, input)),
  create: manage
    .input(staffCreateInput)
    .output(staffCreatedOutput)
    .mutation(({ ctx, input }) => staff.create(ctx, input)),
  update: manage
    .input(staffUpdateInput)
    .output(staffOutput)
    .mutation(({ ctx, input }) => staff.update(ctx, input)),
  setStatus: manage
    .input(staffStatusInput)
    .output(staffOutput)
    .mutation(({ ctx, input }) => staff.setStatus(ctx, input.id, input.status)),
  setStatusMany: manage
    .input(staffStatusManyInput)
    .output(staffUpdatedCountOutput)
    .mutation(({ ctx, input }) => staff.setStatusMany(ctx, input.ids, input.status)),
  delete: manage
    .input(idInput)
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await staff.remove(ctx, input.id);
      return { message: 'Staff member has been removed' };
    }),
});
