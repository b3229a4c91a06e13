import type { Context } from '../../context.ts';
import { cacheKeys, cacheTtl } from '../cache/keys.ts';
import type { StoreRiskBaseline } from './risk.sql.ts';

// The store's side of the COD risk score (district return rates and the median total over its
// latest 2 000 orders) moves slowly, yet reading it was most of the checkout's database work (a
// 2 000-order window per order). So the checkout keeps it in the shared cache for a minute, read
// by the risk statement itself when absent (no round trip more), and forgotten as soon as an order
// ends (cache/forget.ts `forgetRiskBaseline`), which is what changes a district's rate. What a
// minute of new orders changes of a 2 000-order window is left to the TTL, as is an end landing
// while a checkout is reading the baseline it then keeps. The buyer's own history
// (earlier orders, returns, velocity) is always read live.

type BaselineCtx = Pick<Context, 'ports'> & Partial<Pick<Context, 'logger'>>;

/**
 * The cached baseline; undefined when absent, not of this release's shape (an entry an older
 * process wrote to a shared Redis), or when the cache fails: the statement then reads it.
 */
export async function cachedRiskBaseline(
  ctx: BaselineCtx,
  storeId: string,
): Promise<StoreRiskBaseline | undefined> {
  const value = await ctx.ports.cache
    .get<unknown>(cacheKeys.riskBaseline(storeId))
    .catch((error: unknown) => {
      ctx.logger?.warn({ err: error }, 'risk baseline: cache read failed; reading it instead');
      return undefined;
    });
  return asRiskBaseline(value);
}

/** The value when it has a baseline's shape (districts of two counts, a median and its count). */
export function asRiskBaseline(value: unknown): StoreRiskBaseline | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { districts, medianTotal, medianOrders } = value as Record<string, unknown>;
  const tallies =
    typeof districts === 'object' &&
    districts !== null &&
    !Array.isArray(districts) &&
    Object.values(districts).every(
      (t) => Array.isArray(t) && t.length === 2 && t.every((n) => Number.isInteger(n)),
    );
  const median = medianTotal === null || typeof medianTotal === 'number';
  return tallies && median && Number.isInteger(medianOrders) ? (value as StoreRiskBaseline) : undefined;
}

/** Keeps a baseline just read; a cache that is down only costs the next checkout the read. */
export async function keepRiskBaseline(
  ctx: BaselineCtx,
  storeId: string,
  baseline: StoreRiskBaseline,
): Promise<void> {
  await ctx.ports.cache
    .set(cacheKeys.riskBaseline(storeId), baseline, cacheTtl.riskBaseline)
    .catch((error: unknown) => ctx.logger?.warn({ err: error }, 'risk baseline: cache write failed'));
}

/** A district's parcels that ended, and how many of them came back. */
export function districtTally(
  baseline: StoreRiskBaseline,
  districtId: number | null,
): { ended: number; returned: number } {
  const tally = districtId === null ? undefined : baseline.districts[String(districtId)];
  return tally ? { ended: tally[0], returned: tally[1] } : { ended: 0, returned: 0 };
}
