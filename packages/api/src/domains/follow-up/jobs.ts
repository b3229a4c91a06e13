import type { AppDeps } from '../../context.ts';
import { followUpJob } from './plan.ts';
import { sendDueFollowUps, sendScheduledFollowUp } from './scheduled.ts';

/** Scheduled follow-ups: one job per planned message, and a sweep every 10 minutes for lost ones. */
export function defineFollowUpJobs(deps: AppDeps): void {
  deps.jobs.define<{ followUpId: string }>(followUpJob, (payload) =>
    sendScheduledFollowUp(deps, payload.followUpId),
  );
  deps.jobs.define(
    'follow-up.sweep',
    async () => {
      await sendDueFollowUps(deps);
    },
    { everyMs: 10 * 60_000 },
  );
}
