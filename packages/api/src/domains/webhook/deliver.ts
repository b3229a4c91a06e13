import type { AppDeps } from '../../context.ts';
import type { WebhookResponse } from '../../ports/webhook/port.ts';
import { signatureHeaderName, signatureOf } from './signature.ts';

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

export function enqueueAttempt(
  deps: Pick<AppDeps, 'jobs'>,
  deliveryId: string,
  attempt: number,
  delayMs = 0,
) {
  return deps.jobs.enqueue<DeliverPayload>(
    deliverJob,
    { deliveryId, attempt },
    { jobId: deliverJobId(deliveryId, attempt), delayMs: Math.max(0, delayMs) },
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
  const delivery = await deps.db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    include: { event: true, subscription: true },
  });
  if (delivery?.status !== 'pending' || delivery.attempts !== attempt - 1) return null;
  if (delivery.nextAttemptAt && delivery.nextAttemptAt > now) return null;
  const giveUpAt = delivery.giveUpAt ?? new Date(now.getTime() + retryWindowMs);
  const claimed = await deps.db.webhookDelivery.updateMany({
    where: { id: deliveryId, status: 'pending', attempts: attempt - 1 },
    data: { attempts: attempt, nextAttemptAt: new Date(now.getTime() + leaseMs), giveUpAt },
  });
  if (claimed.count === 0) return null;

  const { event, subscription } = delivery;
  const body = JSON.stringify(event.payload);
  const response: WebhookResponse = subscription.active
    ? await deps.ports.webhooks.post(
        subscription.url,
        {
          'content-type': 'application/json',
          'user-agent': 'bosOnline-Webhooks/1',
          'x-bos-event': event.type,
          // Receivers dedupe by this: a retry after a lost answer carries the same event id.
          'x-bos-event-id': event.id,
          'x-bos-delivery-id': delivery.id,
          'x-bos-attempt': String(attempt),
          [signatureHeaderName.toLowerCase()]: signatureOf(
            subscription.secret,
            Math.floor(now.getTime() / 1000),
            body,
          ),
        },
        body,
      )
    : { statusCode: null, error: 'The webhook is disabled', durationMs: 0 };

  const ok = isSuccess(response.statusCode);
  const finished = deps.clock.now();
  const next = ok || !subscription.active ? null : nextAttemptAt(finished, attempt, giveUpAt);
  const error = ok ? null : (response.error ?? `The endpoint answered ${response.statusCode}`).slice(0, 500);
  await deps.db.$transaction([
    deps.db.webhookAttempt.create({
      data: {
        deliveryId,
        attempt,
        statusCode: response.statusCode,
        error,
        durationMs: response.durationMs,
        createdAt: finished,
      },
    }),
    deps.db.webhookDelivery.updateMany({
      where: { id: deliveryId, attempts: attempt },
      data: {
        status: ok ? 'delivered' : next ? 'pending' : 'failed',
        nextAttemptAt: next,
        lastStatusCode: response.statusCode,
        lastError: error,
        deliveredAt: ok ? finished : null,
      },
    }),
  ]);
  if (next) await enqueueAttempt(deps, deliveryId, attempt + 1, next.getTime() - finished.getTime());
  return response;
}
