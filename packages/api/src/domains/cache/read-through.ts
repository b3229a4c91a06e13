import type { Context } from '../../context.ts';

/** The logger is optional: some callers (the checkout quote) carry none. */
type CacheCtx = Pick<Context, 'ports'> & Partial<Pick<Context, 'logger'>>;

/**
 * The value at `key`, else `load()`'s, kept for `ttlSeconds` when `keep` allows (a view built
 * while a provider was down is served but not kept). The cache is an optimisation: when it
 * fails, readers load from the database as if it were empty. With `accepts`, an entry not of the
 * shape it checks (one an older release wrote to a shared Redis) is loaded again, like a miss.
 */
export async function readThrough<T>(
  ctx: CacheCtx,
  key: string,
  ttlSeconds: number,
  load: () => Promise<T>,
  keep: (value: T) => boolean = () => true,
  accepts?: (value: unknown) => value is T,
): Promise<T> {
  const cached = await ctx.ports.cache.get<T>(key).catch((error: unknown) => {
    ctx.logger?.warn({ err: error, key }, 'cache read failed; loading instead');
    return undefined;
  });
  if (cached !== undefined && (!accepts || accepts(cached))) return cached;
  const value = await load();
  if (keep(value)) {
    await ctx.ports.cache.set(key, value, ttlSeconds).catch((error: unknown) => {
      ctx.logger?.warn({ err: error, key }, 'cache write failed');
    });
  }
  return value;
}
