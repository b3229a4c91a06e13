import type { AppDeps } from '../../context.ts';
import type { DeliveryStatus } from '../../ports/messaging/port.ts';
import {
  type DeliveryUpdate,
  parseStatusWebhook,
  verifyStatusWebhook,
} from '../../ports/messaging/status-webhook.ts';

/**
 * How far along each status is. Callbacks arrive late, twice, or out of order (a `read` before its
 * `delivered`): a status is stored only when it is further along than the one stored, so a replay
 * or a straggler changes nothing. `failed` is final, like `read`.
 */
const rank: Record<DeliveryStatus, number> = { sent: 1, delivered: 2, read: 3, failed: 3 };
const behind = (status: DeliveryStatus) =>
  (Object.keys(rank) as DeliveryStatus[]).filter((s) => rank[s] < rank[status]);

/** WhatsApp's code for "this number cannot receive messages" (not on WhatsApp, or blocked us). */
const undeliverableCode = 131026;

/** Stores what the updates say on the follow-ups that sent those messages; returns how many changed. */
export async function applyDeliveryUpdates(deps: Pick<AppDeps, 'db' | 'clock'>, updates: DeliveryUpdate[]) {
  let changed = 0;
  for (const update of updates) {
    const { count } = await deps.db.orderFollowUp.updateMany({
      where: {
        messageId: update.messageId,
        OR: [{ deliveryStatus: null }, { deliveryStatus: { in: behind(update.status) } }],
      },
      data: {
        deliveryStatus: update.status,
        deliveryStatusAt: update.at,
        deliveryError: update.status === 'failed' ? (update.error?.title ?? 'failed') : null,
      },
    });
    changed += count;
    // The Cloud API cannot be asked whether a number has WhatsApp; a bounce says so, for the WA check.
    if (update.status === 'failed' && update.error?.code === undeliverableCode && update.recipient) {
      const now = deps.clock.now();
      await deps.db.whatsappCheck.upsert({
        where: { phone: update.recipient },
        create: { phone: update.recipient, valid: false, checkedAt: now },
        update: { valid: false, checkedAt: now },
      });
    }
  }
  return changed;
}

export interface WebhookAnswer {
  status: 200 | 400 | 401;
  body: { message: string; changed?: number };
}

/**
 * A status callback, from WhatsApp over HTTP or from the sandbox: signature first (401 and nothing
 * read otherwise), then the body (400 if it is not a status callback), then the updates. Messages
 * we did not send as follow-ups (invitations, reset codes) are acknowledged and ignored.
 */
export async function receiveStatusWebhook(
  deps: Pick<AppDeps, 'db' | 'clock' | 'ports'>,
  rawBody: string,
  signature: string | null | undefined,
): Promise<WebhookAnswer> {
  if (!verifyStatusWebhook(rawBody, signature, deps.ports.messaging.webhook.appSecret)) {
    return { status: 401, body: { message: 'Invalid X-Hub-Signature-256' } };
  }
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return { status: 400, body: { message: 'Body is not valid JSON' } };
  }
  const updates = parseStatusWebhook(json);
  if (!updates) return { status: 400, body: { message: 'Body is not a WhatsApp webhook notification' } };
  const changed = await applyDeliveryUpdates(deps, updates);
  return { status: 200, body: { message: 'OK', changed } };
}
