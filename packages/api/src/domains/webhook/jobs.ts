import type { AppDeps } from '../../context.ts';
import { attemptDelivery, type DeliverPayload, deliverJob, enqueueAttempt } from './deliver.ts';

// Deliveries are jobs; the sweep is what makes the outbox reliable. Every pending delivery that is
// due (new ones, retries whose job was lost with an in-process queue at a restart, attempts whose
// process died mid-send) gets its next attempt queued. The attempt's job id and the row's guarded
// claim keep a delivery from being sent twice however often the sweep or a kick runs.

export const sweepJob = 'webhook.sweep';
/** How often the sweep looks for due deliveries when nothing wakes it sooner. */
export const sweepEveryMs = 15_000;
const sweepBatch = 500;

interface SweepPayload {
  /** The periodic sweep queues the next one; a kick after a change does not. */
  repeat: boolean;
}

type JobDeps = Pick<AppDeps, 'db' | 'clock' | 'ports' | 'jobs' | 'logger'>;

/** Queues the next attempt of every delivery that is due now; answers how many. */
export async function sweepDeliveries(deps: JobDeps): Promise<number> {
  const now = deps.clock.now();
  let queued = 0;
  let after: string | undefined;
  for (;;) {
    const due = await deps.db.webhookDelivery.findMany({
      where: {
        status: 'pending',
        OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }],
        ...(after ? { id: { gt: after } } : {}),
      },
      select: { id: true, attempts: true },
      orderBy: { id: 'asc' },
      take: sweepBatch,
    });
    // Queued together: each job id is its own (delivery, attempt), so order does not matter, and a
    // backlog is not queued one Redis round trip at a time.
    await Promise.all(
      due.map((delivery) =>
        enqueueAttempt(deps, delivery.id, delivery.attempts + 1, 0, `sweep-${now.getTime()}`),
      ),
    );
    queued += due.length;
    if (due.length < sweepBatch) return queued;
    after = due.at(-1)?.id;
  }
}

/**
 * Wakes the sender now (after a change wrote deliveries), instead of at the next periodic sweep.
 * Callers may ignore its failure: the rows are committed and the periodic sweep finds them.
 */
export function kickDeliveries(deps: Pick<AppDeps, 'jobs'>, at: Date): Promise<void> {
  // One kick a second however many changes ask: an id of its own per second (a fixed id would be
  // swallowed for as long as BullMQ keeps the first finished kick).
  const second = Math.floor(at.getTime() / 1000);
  return deps.jobs.enqueue<SweepPayload>(sweepJob, { repeat: false }, { jobId: `${sweepJob}:now:${second}` });
}

function scheduleSweep(deps: JobDeps) {
  const at = Math.floor(deps.clock.now().getTime() / sweepEveryMs) + 1;
  return deps.jobs.enqueue<SweepPayload>(
    sweepJob,
    { repeat: true },
    // One periodic sweep per slot, however many processes schedule it.
    { jobId: `${sweepJob}:${at}`, delayMs: at * sweepEveryMs - deps.clock.now().getTime() },
  );
}

export function defineWebhookJobs(deps: AppDeps): void {
  deps.jobs.define<DeliverPayload>(deliverJob, async (payload) => {
    await attemptDelivery(deps, payload);
  });
  deps.jobs.define<SweepPayload>(sweepJob, async ({ repeat }) => {
    try {
      await sweepDeliveries(deps);
    } finally {
      if (repeat) await scheduleSweep(deps);
    }
  });
  // The first sweep runs at start and finds what a previous process left undelivered.
  void deps.jobs
    .enqueue<SweepPayload>(sweepJob, { repeat: true }, { jobId: `${sweepJob}:start` })
    .catch((error: unknown) => deps.logger.error({ err: error }, 'could not schedule the webhook sweep'));
}
