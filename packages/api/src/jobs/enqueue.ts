import type { AppDeps } from '../context.ts';
import type { JobOptions } from './queue.ts';

/**
 * Queues a job whose work a periodic sweep also finds from the database (an order's expiry, a
 * scheduled follow-up). The caller's own work is already saved, so a queue outage is logged
 * rather than failing it: the sweep does the job a little later instead.
 */
export async function enqueueSweptJob<T>(
  deps: Pick<AppDeps, 'jobs' | 'logger'>,
  name: string,
  payload: T,
  options: JobOptions,
): Promise<void> {
  try {
    await deps.jobs.enqueue(name, payload, options);
  } catch (error) {
    deps.logger.warn(
      { err: error, job: name, jobId: options.jobId },
      'job not queued; its sweep will find it',
    );
  }
}

/** Milliseconds from now until `at` by the app clock (0 when already past). */
export function delayUntil(deps: Pick<AppDeps, 'clock'>, at: Date): number {
  return Math.max(0, at.getTime() - deps.clock.now().getTime());
}
