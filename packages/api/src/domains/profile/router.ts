import {
  changePasswordInput,
  deleteAccountInput,
  meOutput,
  messageSchema,
  revokedCountOutput,
  updateProfileInput,
} from '@bosonline/contracts';
import { authedProcedure, router } from '../../trpc.ts';
import * as profile from './service.ts';

export const profileRouter = router({
  me: authedProcedure.output(meOutput).query(({ ctx }) => profile.me(ctx)),
  update: authedProcedure
    .input(updateProfileInput)
    .output(meOutput)
    .mutation(({ ctx, input }) => profile.update(ctx, input)),
  changePassword: authedProcedure
    .input(changePasswordInput)
    .output(revokedCountOutput)
    .mutation(async ({ ctx, input }) => ({ revoked: await profile.changePassword(ctx, input) })),
  deleteAccount: authedProcedure
    .input(deleteAccountInput)
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await profile.deleteAccount(ctx, input);
      return { message: 'Account has been deleted' };
    }),
});
