import type { AppDeps } from '../../context.ts';
import { expireJob, expireOrder, expireOverdueOrders } from './expiry.ts';

/** Payment windows: one job per unpaid order at its deadline, and a sweep every 5 minutes. */
export function defineOrderJobs(deps: AppDeps): void {
  deps.jobs.define<{ orderId: string }>(expireJob, async (payload) => {
    await expireOrder(deps, payload.orderId);
  });
  deps.jobs.define(
    'order.expire-sweep',
    async () => {
      await expireOverdueOrders(deps);
    },
    { everyMs: 5 * 60_000 },
  );
}
