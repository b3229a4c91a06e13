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
import type { Auditor } from '../../lib/audit.ts';
import { adminCan, adminWrites, router } from '../../trpc.ts';
import * as cache from './admin.ts';

// The permission table grants `cache.manage` to superadmins only.
const reads = adminCan('cache.manage');
const writes = adminWrites('cache.manage');

/** Cache drops change no row, so the audit row names what was dropped and how many keys went. */
async function audited<T>(
  ctx: { db: Parameters<Auditor['record']>[0]; audit: Auditor },
  targetId: string | null,
  drop: Promise<T>,
): Promise<T> {
  const result = await drop;
  await ctx.audit.record(ctx.db, { targetType: 'cache', targetId, after: result });
  return result;
}

/** `admin.cache`: the spec's AdminBosOnline › Cache group. */
export const cacheAdminRouter = router({
  keys: reads
    .input(cacheKeysInput)
    .output(cacheKeysOutput)
    .query(({ ctx, input }) => cache.keys(ctx, input)),
  stats: reads.output(cacheStatsOutput).query(({ ctx }) => cache.stats(ctx)),
  flush: writes.output(cacheDeletedOutput).mutation(({ ctx }) => audited(ctx, 'bos:*', cache.flush(ctx))),
  get: reads
    .input(cacheKeyInput)
    .output(cacheEntryOutput)
    .query(({ ctx, input }) => cache.entry(ctx, input.key)),
  delete: writes
    .input(cacheKeyInput)
    .output(cacheDeletedOutput)
    .mutation(({ ctx, input }) => audited(ctx, input.key, cache.deleteKey(ctx, input.key))),
  deletePattern: writes
    .input(cachePatternInput)
    .output(cacheDeletedOutput)
    .mutation(({ ctx, input }) => audited(ctx, input.pattern, cache.deletePattern(ctx, input.pattern))),
  user: reads
    .input(cacheUserInput)
    .output(cacheUserOutput)
    .query(({ ctx, input }) => cache.userKeys(ctx, input.id)),
  forgetUser: writes
    .input(cacheUserInput)
    .output(cacheDeletedOutput)
    .mutation(({ ctx, input }) => audited(ctx, input.id, cache.forgetUser(ctx, input.id))),
});
