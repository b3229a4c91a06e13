import type { cacheKeysInput } from '@bosonline/contracts';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import { invalidField, notFound } from '../../lib/errors.ts';
import { CacheCursorError } from '../../ports/cache/port.ts';
import { cacheKeys } from './keys.ts';

// AdminBosOnline › Cache, for superadmins (trpc.ts `adminCan('cache.manage')`). Listings page with the
// cache's SCAN cursor; pattern deletes go through SCAN + UNLINK in batches (ports/cache/redis.ts).

type AdminCtx = Pick<Context, 'db' | 'ports'>;

export async function keys(ctx: AdminCtx, input: z.output<typeof cacheKeysInput>) {
  try {
    return await ctx.ports.cache.scan({ match: input.match, cursor: input.cursor, count: input.limit });
  } catch (error) {
    if (error instanceof CacheCursorError) throw invalidField('cursor', error.message);
    throw error;
  }
}

export async function stats(ctx: AdminCtx) {
  const s = await ctx.ports.cache.stats();
  const reads = s.hits + s.misses;
  return { ...s, hitRate: reads === 0 ? 0 : Math.round((s.hits / reads) * 10_000) / 10_000 };
}

export async function flush(ctx: AdminCtx) {
  return { deleted: await ctx.ports.cache.flush() };
}

export async function entry(ctx: AdminCtx, key: string) {
  const found = await ctx.ports.cache.peek(key);
  if (!found) throw notFound('Cache key');
  return { key, ...found };
}

export async function deleteKey(ctx: AdminCtx, key: string) {
  const deleted = await ctx.ports.cache.delete([key]);
  if (!deleted) throw notFound('Cache key');
  return { deleted };
}

export async function deletePattern(ctx: AdminCtx, pattern: string) {
  return { deleted: await ctx.ports.cache.deletePattern(pattern) };
}

/** The stores an id means: the store itself, or every store a seller's user belongs to. */
async function storesOf(ctx: AdminCtx, id: string): Promise<string[]> {
  const store = await ctx.db.store.findUnique({ where: { id }, select: { id: true } });
  if (store) return [store.id];
  const user = await ctx.db.user.findUnique({
    where: { id },
    select: { memberships: { select: { storeId: true }, orderBy: { createdAt: 'asc' } } },
  });
  if (!user) throw notFound('User or store');
  return [...new Set(user.memberships.map((m) => m.storeId))];
}

/** Every key of one store, to the end of the listing. */
async function storeKeys(ctx: AdminCtx, storeId: string): Promise<string[]> {
  const found: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await ctx.ports.cache.scan({ match: `${cacheKeys.store(storeId)}*`, cursor, count: 500 });
    found.push(...page.keys);
    cursor = page.cursor;
  } while (cursor);
  return [...new Set(found)].sort();
}

/** "Specific Cache User": everything cached for a user's stores (or one store). */
export async function userKeys(ctx: AdminCtx, id: string) {
  const stores = await storesOf(ctx, id);
  return {
    stores: await Promise.all(
      stores.map(async (storeId) => ({ storeId, keys: await storeKeys(ctx, storeId) })),
    ),
  };
}

/** Drops everything cached for a user's stores (or one store). */
export async function forgetUser(ctx: AdminCtx, id: string) {
  let deleted = 0;
  for (const storeId of await storesOf(ctx, id)) {
    deleted += await ctx.ports.cache.deletePattern(`${cacheKeys.store(storeId)}*`);
  }
  return { deleted };
}
