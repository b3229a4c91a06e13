import {
  idInput,
  messageSchema,
  warehouseInput,
  warehouseListOutput,
  warehouseOutput,
  warehouseUpdateInput,
} from '@bosonline/contracts';
import { router, sellerProcedure, sellerWrites } from '../../trpc.ts';
import { forgetStore } from '../cache/forget.ts';
import * as warehouse from './service.ts';

// The default warehouse is the sender of orders and where forms' "in stock" is counted.
const manage = sellerWrites('warehouse.manage', forgetStore);

export const warehouseRouter = router({
  list: sellerProcedure.output(warehouseListOutput).query(({ ctx }) => warehouse.list(ctx)),
  detail: sellerProcedure
    .input(idInput)
    .output(warehouseOutput)
    .query(({ ctx, input }) => warehouse.detail(ctx, input.id)),
  create: manage
    .input(warehouseInput)
    .output(warehouseOutput)
    .mutation(({ ctx, input }) => warehouse.create(ctx, input)),
  update: manage
    .input(warehouseUpdateInput)
    .output(warehouseOutput)
    .mutation(({ ctx, input }) => warehouse.update(ctx, input)),
  setDefault: manage
    .input(idInput)
    .output(warehouseOutput)
    .mutation(({ ctx, input }) => warehouse.setDefault(ctx, input.id)),
  delete: manage
    .input(idInput)
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await warehouse.remove(ctx, input.id);
      return { message: 'Warehouse has been deleted' };
    }),
});
