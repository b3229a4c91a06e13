import { type AppDeps, recoverStrandedBookings } from '@bosonline/api';

// What the server does without being asked: the job queue (payment windows, follow-ups, webhook
// deliveries…), and booking COD orders that a crash left without a courier (once at start, then
// every minute). Several processes may run it at once: each order is claimed with a guarded
// update, and the provider books once per key.

export interface BackgroundWork {
  /** Waits for a pass in progress, so the database is not closed under it. */
  stop(): Promise<void>;
}

export function startBackgroundWork(deps: AppDeps, everyMs = 60_000): BackgroundWork {
  let running: Promise<unknown> = Promise.resolve();
  const pass = () => {
    running = recoverStrandedBookings(deps).catch((error: unknown) => {
      deps.logger.error({ err: error }, 'booking recovery pass failed');
    });
  };
  pass();
  const timer = setInterval(pass, everyMs);
  timer.unref();
  const jobs = deps.jobs.start();
  return {
    async stop() {
      clearInterval(timer);
      await jobs;
      await Promise.all([running, deps.jobs.stop()]);
    },
  };
}
