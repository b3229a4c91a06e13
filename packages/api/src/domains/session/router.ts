import {
  messageSchema,
  revokedCountOutput,
  sessionHistoryInput,
  sessionHistoryOutput,
  sessionIdInput,
  sessionListInput,
  sessionListOutput,
} from '@bosonline/contracts';
import { authedProcedure, router } from '../../trpc.ts';
import * as sessions from './service.ts';

export const sessionRouter = router({
  listActive: authedProcedure
    .input(sessionListInput)
    .output(sessionListOutput)
    .query(({ ctx, input }) => sessions.listActive(ctx, input)),
  history: authedProcedure
    .input(sessionHistoryInput)
    .output(sessionHistoryOutput)
    .query(({ ctx, input }) => sessions.history(ctx, input)),
  revoke: authedProcedure
    .input(sessionIdInput)
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await sessions.revoke(ctx, input.id);
      return { message: 'Session has been logged out' };
    }),
  revokeOthers: authedProcedure.output(revokedCountOutput).mutation(async ({ ctx }) => ({
    revoked: await sessions.revokeOthers(ctx),
  })),
});
