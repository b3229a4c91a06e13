import type { AppDeps } from '../../context.ts';
import { pollQuietShipments } from './tracking-poll.ts';

/** The tracking poll: every hour, shipped orders the provider has been quiet about for a day. */
export function defineShippingJobs(deps: AppDeps): void {
  deps.jobs.define(
    'shipping.tracking-poll',
    async () => {
      await pollQuietShipments(deps);
    },
    { everyMs: 60 * 60_000 },
  );
}
