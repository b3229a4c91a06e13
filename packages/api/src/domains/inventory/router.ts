import {
  inventoryListInput,
  inventoryListOutput,
  inventoryUpdateInput,
  inventoryUpdateOutput,
  movementListInput,
  movementListOutput,
} from '@bosonline/contracts';
import { router, sellerProcedure, sellerWrites } from '../../trpc.ts';
import { forgetStoreForms } from '../cache/forget.ts';
import * as inventory from './service.ts';

export const inventoryRouter = router({
  list: sellerProcedure
    .input(inventoryListInput)
    .output(inventoryListOutput)
    .query(({ ctx, input }) => inventory.list(ctx, input)),
  // Forms show "in stock" per item.
  update: sellerWrites('inventory.manage', forgetStoreForms)
    .input(inventoryUpdateInput)
    .output(inventoryUpdateOutput)
    .mutation(({ ctx, input }) => inventory.update(ctx, input)),
  movements: sellerProcedure
    .input(movementListInput)
    .output(movementListOutput)
    .query(({ ctx, input }) => inventory.movements(ctx, input)),
});
