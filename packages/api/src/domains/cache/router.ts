import {
  cacheDeletedOutput,
  cacheEntryOutput,
  cacheKeyInput,
  cacheKeysInput,
  cacheKeysOutput,
  cachePatternInput,
  cacheStatsOutput,
  cacheUserInput,
  cacheUserOutput,
} from '@bosonline/contracts';
import { router, superadminProcedure } from '../../trpc.ts';
import * as cache from './admin.ts';

/** `admin.cache`: the spec's AdminBosOnline › Cache group, superadmins only. */
export const cacheAdminRouter = router({
  keys: superadminProcedure
    .input(cacheKeysInput)
    .output(cacheKeysOutput)
    .query(({ ctx, input }) => cache.keys(ctx, input)),
  stats: superadminProcedure.output(cacheStatsOutput).query(({ ctx }) => cache.stats(ctx)),
  flush: superadminProcedure.output(cacheDeletedOutput).mutation(({ ctx }) => cache.flush(ctx)),
  get: superadminProcedure
    .input(cacheKeyInput)
    .output(cacheEntryOutput)
    .query(({ ctx, input }) => cache.entry(ctx, input.key)),
  delete: superadminProcedure
    .input(cacheKeyInput)
    .output(cacheDeletedOutput)
    .mutation(({ ctx, input }) => cache.deleteKey(ctx, input.key)),
  deletePattern: superadminProcedure
    .input(cachePatternInput)
    .output(cacheDeletedOutput)
    .mutation(({ ctx, input }) => cache.deletePattern(ctx, input.pattern)),
  user: superadminProcedure
    .input(cacheUserInput)
    .output(cacheUserOutput)
    .query(({ ctx, input }) => cache.userKeys(ctx, input.id)),
  forgetUser: superadminProcedure
    .input(cacheUserInput)
    .output(cacheDeletedOutput)
    .mutation(({ ctx, input }) => cache.forgetUser(ctx, input.id)),
});
