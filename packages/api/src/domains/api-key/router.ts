import { apiKeyCreatedOutput, apiKeyCreateInput, apiKeyOutput, idInput } from '@bosonline/contracts';
import { z } from 'zod';
import { ownerProcedure, router } from '../../trpc.ts';
import { createApiKey, listApiKeys, revokeApiKey } from './service.ts';

/** Store API keys: the owner's alone (a key can never reach these, see apiKeyAllows). */
export const apiKeyRouter = router({
  list: ownerProcedure.output(z.array(apiKeyOutput)).query(({ ctx }) => listApiKeys(ctx)),
  create: ownerProcedure
    .input(apiKeyCreateInput)
    .output(apiKeyCreatedOutput)
    .mutation(({ ctx, input }) => createApiKey(ctx, input)),
  revoke: ownerProcedure
    .input(idInput)
    .output(apiKeyOutput)
    .mutation(({ ctx, input }) => revokeApiKey(ctx, input.id)),
});
