import {
  abandonedFollowUpOutput,
  abandonedListInput,
  abandonedListOutput,
  idInput,
} from '@bosonline/contracts';
import { router, sellerCan, sellerProcedure } from '../../trpc.ts';
import * as abandoned from './service.ts';

/** Abandoned checkouts of the store; following up is CS work, so every role may. */
export const abandonedRouter = router({
  list: sellerProcedure
    .input(abandonedListInput)
    .output(abandonedListOutput)
    .query(({ ctx, input }) => abandoned.list(ctx, input)),
  followUp: sellerCan('order.followUp')
    .input(idInput)
    .output(abandonedFollowUpOutput)
    .mutation(({ ctx, input }) => abandoned.followUp(ctx, input.id)),
});
