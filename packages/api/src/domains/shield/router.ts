import {
  messageSchema,
  orderDetailOutput,
  shieldBanInput,
  shieldBanOutput,
  shieldBlockAddInput,
  shieldBlockIdInput,
  shieldBlockListInput,
  shieldBlockListOutput,
  shieldBlockOutput,
  shieldDecisionInput,
} from '@bosonline/contracts';
import { router, sellerCan } from '../../trpc.ts';
import { detail } from '../order/detail.ts';
import { addBlock, banBuyer, listBlocks, removeBlock } from './blocks.ts';
import { markSpam, releaseOrder } from './hold.ts';

// Deciding on held orders books couriers and cancels orders, and block lists turn buyers away:
// the same people who may change an order's status (`order.manage`: owners and admins). Reading
// the list too: it holds buyers' phone numbers and reasons from every order of the store, while
// a CS member sees only the orders shared with them (and why one of those was held, on the order).
const manage = sellerCan('order.manage');

export const shieldRouter = router({
  blocks: manage
    .input(shieldBlockListInput)
    .output(shieldBlockListOutput)
    .query(({ ctx, input }) => listBlocks(ctx, input)),
  addBlock: manage
    .input(shieldBlockAddInput)
    .output(shieldBlockOutput)
    .mutation(({ ctx, input }) => addBlock(ctx, input)),
  removeBlock: manage
    .input(shieldBlockIdInput)
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await removeBlock(ctx, input.id);
      return { message: 'Removed from the block list' };
    }),
  banBuyer: manage
    .input(shieldBanInput)
    .output(shieldBanOutput)
    .mutation(({ ctx, input }) => banBuyer(ctx, input)),
  /** "Bukan spam": the held order goes on; answers the order as it now stands. */
  release: manage
    .input(shieldDecisionInput)
    .output(orderDetailOutput)
    .mutation(async ({ ctx, input }) => {
      await releaseOrder(ctx, input.invoice);
      return detail(ctx, input.invoice);
    }),
  /** "Spam": the held order is canceled; answers the order as it now stands. */
  markSpam: manage
    .input(shieldDecisionInput)
    .output(orderDetailOutput)
    .mutation(async ({ ctx, input }) => {
      await markSpam(ctx, input.invoice);
      return detail(ctx, input.invoice);
    }),
});
