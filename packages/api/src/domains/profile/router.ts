import {
  changePasswordInput,
  deleteAccountInput,
  idInput,
  invitationsOutput,
  meOutput,
  messageSchema,
  revokedCountOutput,
  updateProfileInput,
} from '@bosonline/contracts';
import { authedProcedure, router } from '../../trpc.ts';
import { forgetFactsOfUser } from '../cache/forget.ts';
import * as profile from './service.ts';

/** A person's phone and memberships are in the checkout facts of every store they are part of. */
const writes = authedProcedure.use(async ({ ctx, next }) => {
  const result = await next();
  if (result.ok) await forgetFactsOfUser(ctx, ctx.actor.userId);
  return result;
});

export const profileRouter = router({
  me: authedProcedure.output(meOutput).query(({ ctx }) => profile.me(ctx)),
  update: writes
    .input(updateProfileInput)
    .output(meOutput)
    .mutation(({ ctx, input }) => profile.update(ctx, input)),
  changePassword: authedProcedure
    .input(changePasswordInput)
    .output(revokedCountOutput)
    .mutation(async ({ ctx, input }) => ({ revoked: await profile.changePassword(ctx, input) })),
  invitations: authedProcedure.output(invitationsOutput).query(({ ctx }) => profile.invitations(ctx)),
  acceptInvitation: writes
    .input(idInput)
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await profile.acceptInvitation(ctx, input.id);
      return { message: 'Invitation has been accepted' };
    }),
  declineInvitation: writes
    .input(idInput)
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await profile.declineInvitation(ctx, input.id);
      return { message: 'Invitation has been declined' };
    }),
  deleteAccount: writes
    .input(deleteAccountInput)
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await profile.deleteAccount(ctx, input);
      return { message: 'Account has been deleted' };
    }),
});
