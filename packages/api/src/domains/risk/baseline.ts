import type { StoreRiskBaseline } from './risk.sql.ts';

// The store's side of the COD risk score (district return rates and the median total over its
// latest 2 000 orders) moves slowly, yet reading it was most of the checkout's database work (a
// 2 000-order window per order). So the checkout keeps it in the shared cache for a minute
// (assess.ts, through readThrough), read by the risk statement itself when absent (no round trip
// more), and forgotten as soon as an order ends (cache/forget.ts `forgetRiskBaseline`), which is
// what changes a district's rate. What a minute of new orders changes of a 2 000-order window is
// left to the TTL, as is an end landing while a checkout is reading the baseline it then keeps.
// The buyer's own history (earlier orders, returns, velocity) is always read live.

/** Whether a cached value has a baseline's shape (districts of two counts, a median and its count). */
export function isRiskBaseline(value: unknown): value is StoreRiskBaseline {
  if (typeof value !== 'object' || value === null) return false;
  const { districts, medianTotal, medianOrders } = value as Record<string, unknown>;
  const tallies =
    typeof districts === 'object' &&
    districts !== null &&
    !Array.isArray(districts) &&
    Object.values(districts).every(
      (t) => Array.isArray(t) && t.length === 2 && t.every((n) => Number.isInteger(n)),
    );
  const median = medianTotal === null || typeof medianTotal === 'number';
  return tallies && median && Number.isInteger(medianOrders);
}

/** A district's parcels that ended, and how many of them came back. */
export function districtTally(
  baseline: StoreRiskBaseline,
  districtId: number | null,
): { ended: number; returned: number } {
  const tally = districtId === null ? undefined : baseline.districts[String(districtId)];
  return tally ? { ended: tally[0], returned: tally[1] } : { ended: 0, returned: 0 };
}
