import type { AppDeps } from '../../context.ts';
import { expireEndedHolds, expireHold, holdExpireJob } from './hold.ts';

/** Holds of `suspicious` orders: one job per order at its end, and a sweep every 5 minutes. */
export function defineShieldJobs(deps: AppDeps): void {
  deps.jobs.define<{ orderId: string }>(holdExpireJob, async (payload) => {
    await expireHold(deps, payload.orderId);
  });
  deps.jobs.define(
    'shield.hold-sweep',
    async () => {
      await expireEndedHolds(deps);
    },
    { everyMs: 5 * 60_000 },
  );
}
