import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../context.ts';
import type { WebhookResponse } from '../../ports/webhook/port.ts';
import { signatureHeaderName, signatureOf } from './signature.ts';
import { claimDeliveryAttempt, recordDeliveryAttempt } from './webhook.sql.ts';

// One delivery attempt. The schedule lives in the delivery row (attempts, nextAttemptAt, giveUpAt)
// rather than in the queue's own retries, so it survives a restart of the in-process queue, the
// sweep can find what is due, and a manual redeliver continues the same row.

type DeliverDeps = Pick<AppDeps, 'db' | 'clock' | 'ports' | 'jobs'>;

export const deliverJob = 'webhook.deliver';
export interface DeliverPayload {
  deliveryId: string;
  attempt: number;
}

/** Retries go on for a day after the first attempt. */
export const retryWindowMs = 24 * 3600_000;
/** First retry a minute later, doubling: 1, 2, 4 … min; the last attempt falls on the 24 h mark. */
export const firstRetryMs = 60_000;
/** An attempt holds its row this long; a process that dies mid-send frees it for the sweep then. */
const leaseMs = 2 * 60_000;

const isSuccess = (status: number | null) => status !== null && status >= 200 && status < 300;

export function nextAttemptAt(now: Date, attempt: number, giveUpAt: Date): Date | null {
  if (now.getTime() >= giveUpAt.getTime()) return null;
  const next = now.getTime() + firstRetryMs * 2 ** (attempt - 1);
  return new Date(Math.min(next, giveUpAt.getTime()));
}

export const deliverJobId = (deliveryId: string, attempt: number) => `${deliverJob}:${deliveryId}:${attempt}`;

/**
 * Queues attempt `attempt`. `by`: who else than the attempt before asks for it (the sweep, with its
 * run's time): a job id of its own, because a finished job's id is kept (BullMQ keeps them a week)
 * and would swallow the request: a retry that ran early (clocks apart) found the row not yet due,
 * finished, and without this the sweep could never queue that attempt again. Two jobs for one
 * attempt send it once: the claim is a guarded update.
 */
export function enqueueAttempt(
  deps: Pick<AppDeps, 'jobs'>,
  deliveryId: string,
  attempt: number,
  delayMs = 0,
  by?: string,
) {
  const jobId = deliverJobId(deliveryId, attempt);
  return deps.jobs.enqueue<DeliverPayload>(
    deliverJob,
    { deliveryId, attempt },
    { jobId: by ? `${jobId}:${by}` : jobId, delayMs: Math.max(0, delayMs) },
  );
}

/**
 * Makes attempt `attempt` of a delivery, if that is the attempt the row waits for: the claim is a
 * guarded update, so two jobs for the same attempt (a retry and a sweep) send it once. Answers what
 * the endpoint said, or null when there was nothing to do.
 */
export async function attemptDelivery(
  deps: DeliverDeps,
  { deliveryId, attempt }: DeliverPayload,
): Promise<WebhookResponse | null> {
  const now = deps.clock.now();
  const claim = await claimAttempt(deps, deliveryId, attempt, now);
  if (!claim) return null;
  const body = JSON.stringify(claim.payload);
  const response: WebhookResponse = claim.active
    ? await deps.ports.webhooks.post(
        claim.url,
        {
          'content-type': 'application/json',
          'user-agent': 'bosOnline-Webhooks/1',
          'x-bos-event': claim.type,
          // Receivers dedupe by this: a retry after a lost answer carries the same event id.
          'x-bos-event-id': claim.eventId,
          'x-bos-delivery-id': deliveryId,
          'x-bos-attempt': String(attempt),
          [signatureHeaderName.toLowerCase()]: signatureOf(
            claim.secret,
            Math.floor(now.getTime() / 1000),
            body,
          ),
        },
        body,
      )
    : { statusCode: null, error: 'The webhook is disabled', durationMs: 0 };

  const ok = isSuccess(response.statusCode);
  const finished = deps.clock.now();
  const next = ok || !claim.active ? null : nextAttemptAt(finished, attempt, claim.giveUpAt);
  const error = ok ? null : (response.error ?? `The endpoint answered ${response.statusCode}`).slice(0, 500);
  await recordAttempt(deps, {
    deliveryId,
    attempt,
    statusCode: response.statusCode,
    error,
    durationMs: response.durationMs,
    finished,
    status: ok ? 'delivered' : next ? 'pending' : 'failed',
    nextAttemptAt: next,
  });
  if (next) await enqueueAttempt(deps, deliveryId, attempt + 1, next.getTime() - finished.getTime());
  return response;
}

/** A claimed attempt: what to send where. */
interface Claim {
  giveUpAt: Date;
  eventId: string;
  type: string;
  payload: unknown;
  url: string;
  secret: string;
  active: boolean;
}

// An attempt costs two statements: the claim that reads what to send, and the outcome. (Prisma's
// read, claim and two-write transaction took six round trips and most of a job's time when a
// backlog drains; bench/webhooks/outgoing.ts.)

/**
 * Claims attempt `attempt` if it is the one the row waits for and it is due: a guarded update
 * (pending, `attempt - 1` made), so two jobs for the same attempt (a retry and a sweep) send it
 * once. The claim holds the row for the lease and starts the retry window at the first attempt.
 * Answers what to send, or null when there is nothing to do.
 */
async function claimAttempt(
  deps: Pick<DeliverDeps, 'db'>,
  deliveryId: string,
  attempt: number,
  now: Date,
): Promise<Claim | null> {
  const [claim] = await deps.db.$queryRaw<Claim[]>(
    claimDeliveryAttempt({
      deliveryId,
      attempt,
      now,
      leaseUntil: new Date(now.getTime() + leaseMs),
      giveUpAt: new Date(now.getTime() + retryWindowMs),
    }),
  );
  return claim ?? null;
}

/** The attempt's log row and the delivery's new state, in one statement (so together or not at all). */
async function recordAttempt(
  deps: Pick<DeliverDeps, 'db'>,
  outcome: {
    deliveryId: string;
    attempt: number;
    statusCode: number | null;
    error: string | null;
    durationMs: number;
    finished: Date;
    status: 'pending' | 'delivered' | 'failed';
    nextAttemptAt: Date | null;
  },
): Promise<void> {
  await deps.db.$executeRaw(recordDeliveryAttempt({ ...outcome, attemptId: randomUUID() }));
}
