import {
  inventoryListInput,
  inventoryListOutput,
  inventoryUpdateInput,
  inventoryUpdateOutput,
  movementListInput,
  movementListOutput,
} from '@bosonline/contracts';
import { router, sellerCan, sellerProcedure } from '../../trpc.ts';
import * as inventory from './service.ts';

export const inventoryRouter = router({
  list: sellerProcedure
    .input(inventoryListInput)
    .output(inventoryListOutput)
    .query(({ ctx, input }) => inventory.list(ctx, input)),
  // Forms follow the stock it moves through its stockTransaction (inventory/transaction.ts).
  update: sellerCan('inventory.manage')
    .input(inventoryUpdateInput)
    .output(inventoryUpdateOutput)
    .mutation(({ ctx, input }) => inventory.update(ctx, input)),
  movements: sellerProcedure
    .input(movementListInput)
    .output(movementListOutput)
    .query(({ ctx, input }) => inventory.movements(ctx, input)),
});
