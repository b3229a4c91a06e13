import { apiKeyCreatedOutput, apiKeyCreateInput, apiKeyOutput, idInput } from '@bosonline/contracts';
import { z } from 'zod';
import { router, sellerCan } from '../../trpc.ts';
import { createApiKey, listApiKeys, revokeApiKey } from './service.ts';

// Store API keys: the owner's alone (permission `apiKey.manage`), reads included; a key itself can
// never reach these (no scope opens this router, see apiKeyAllows).
const owner = sellerCan('apiKey.manage');

export const apiKeyRouter = router({
  list: owner.output(z.array(apiKeyOutput)).query(({ ctx }) => listApiKeys(ctx)),
  create: owner
    .input(apiKeyCreateInput)
    .output(apiKeyCreatedOutput)
    .mutation(({ ctx, input }) => createApiKey(ctx, input)),
  revoke: owner
    .input(idInput)
    .output(apiKeyOutput)
    .mutation(({ ctx, input }) => revokeApiKey(ctx, input.id)),
});
