import { type ForgetCtx, forgetFormsSelling } from '../cache/forget.ts';
import { type AvailabilityFlips, type Tx, trackAvailability } from './ledger.ts';

type TransactionOptions = { timeout?: number; maxWait?: number };

/**
 * `db.$transaction` for work that may move stock (a sale, a release, a cancel or return, a stock
 * take): once it has committed, the published forms selling a variant whose "in stock" it flipped
 * are forgotten (cache/forget.ts). Whichever write moved the stock, through `moveStock`, the form
 * follows; a rolled-back transaction forgets nothing.
 */
export async function stockTransaction<T>(
  ctx: ForgetCtx,
  work: (tx: Tx) => Promise<T>,
  options?: TransactionOptions,
): Promise<T> {
  let flipped: AvailabilityFlips = new Map();
  const result = await ctx.db.$transaction(async (tx) => {
    flipped = trackAvailability(tx);
    return work(tx);
  }, options);
  for (const [storeId, variantIds] of flipped) await forgetFormsSelling(ctx, storeId, [...variantIds]);
  return result;
}
