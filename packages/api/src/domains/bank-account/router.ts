import {
  bankAccountInput,
  bankAccountListInput,
  bankAccountListOutput,
  bankAccountOutput,
  bankAccountStatusInput,
  bankAccountUpdateInput,
  bankListOutput,
  idInput,
  messageSchema,
} from '@bosonline/contracts';
import { authedProcedure, router, sellerProcedure, sellerWrites } from '../../trpc.ts';
import { forgetStoreFacts } from '../cache/forget.ts';
import * as bankAccount from './service.ts';

// Buyers paying by transfer are shown the active accounts (cached checkout facts).
const manage = sellerWrites('bankAccount.manage', forgetStoreFacts);

export const bankAccountRouter = router({
  banks: authedProcedure.output(bankListOutput).query(({ ctx }) => bankAccount.listBanks(ctx)),
  list: sellerProcedure
    .input(bankAccountListInput)
    .output(bankAccountListOutput)
    .query(({ ctx, input }) => bankAccount.list(ctx, input)),
  detail: sellerProcedure
    .input(idInput)
    .output(bankAccountOutput)
    .query(({ ctx, input }) => bankAccount.detail(ctx, input.id)),
  create: manage
    .input(bankAccountInput)
    .output(bankAccountOutput)
    .mutation(({ ctx, input }) => bankAccount.create(ctx, input)),
  update: manage
    .input(bankAccountUpdateInput)
    .output(bankAccountOutput)
    .mutation(({ ctx, input }) => bankAccount.update(ctx, input)),
  setStatus: manage
    .input(bankAccountStatusInput)
    .output(bankAccountOutput)
    .mutation(({ ctx, input }) => bankAccount.setActive(ctx, input.id, input.active)),
  delete: manage
    .input(idInput)
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await bankAccount.remove(ctx, input.id);
      return { message: 'Bank account has been deleted' };
    }),
});
