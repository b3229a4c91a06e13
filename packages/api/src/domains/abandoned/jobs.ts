import type { AppDeps } from '../../context.ts';
import { remindAbandonedCheckouts } from './reminder.ts';

/** The abandoned-checkout reminder: a pass every 10 minutes. */
export function defineAbandonedJobs(deps: AppDeps): void {
  deps.jobs.define(
    'abandoned.remind',
    async () => {
      await remindAbandonedCheckouts(deps);
    },
    { everyMs: 10 * 60_000 },
  );
}
