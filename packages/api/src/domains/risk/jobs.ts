import type { AppDeps } from '../../context.ts';
import { expireHeldOrder, expireOverdueHolds, holdTimeoutJob } from './hold.ts';

/** Held COD orders: one timeout job per order at its deadline, and a sweep every 5 minutes. */
export function defineRiskJobs(deps: AppDeps): void {
  deps.jobs.define<{ orderId: string }>(holdTimeoutJob, async (payload) => {
    await expireHeldOrder(deps, payload.orderId);
  });
  deps.jobs.define(
    'risk.hold-sweep',
    async () => {
      await expireOverdueHolds(deps);
    },
    { everyMs: 5 * 60_000 },
  );
}
