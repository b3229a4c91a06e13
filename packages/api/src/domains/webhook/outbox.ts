import { randomUUID } from 'node:crypto';
import type { OrderStatus, WebhookEventType } from '@bosonline/contracts';
import type { Prisma } from '@bosonline/db';
import type { Tx } from '../inventory/ledger.ts';
import { orderPayload, payloadOrderSelect } from './payload.ts';

// The transactional outbox: the transaction that changes an order also writes the events it makes
// and one pending delivery per interested subscription. If the change rolls back, so do they; if
// it lands, the sweep finds them even when the process dies before sending (jobs.ts).

/** A change that landed, as the outbox sees it. */
export interface LandedChange {
  orderId: string;
  storeId: string;
  /** null for a new order. */
  from: OrderStatus | null;
  to: OrderStatus;
  /** The change wrote an AWB. */
  awb?: unknown;
  /** The change recorded the money as received (a COD collected at delivery, a payment). */
  paidAt?: unknown;
  at: Date;
  /** Hold the first attempt until then (e.g. while a COD order's booking may still undo it). */
  notBefore?: Date;
}

/**
 * Orders waiting for a check before they may go on: the Order Shield's `suspicious` and the COD
 * risk policy's `awaiting_confirmation`. A seller's system that learned of one might ship it, so
 * it hears nothing while the hold lasts; the order is announced (`order.created`) when the hold
 * ends in the order going on (release, the buyer's confirmation), and never if it ends canceled.
 */
const unannounced: ReadonlySet<OrderStatus> = new Set(['suspicious', 'awaiting_confirmation']);

/** Which events a landed change makes: the one rule behind every outgoing webhook. */
export function webhookEventsOf(change: LandedChange): WebhookEventType[] {
  if (
    unannounced.has(change.to) ||
    (change.from && unannounced.has(change.from) && change.to === 'canceled')
  ) {
    return [];
  }
  if (change.from === null || unannounced.has(change.from)) {
    // New to the seller's system: it never saw the status the order left, only where it is now
    // (a gateway order the buyer paid while it was held is paid already).
    const events: WebhookEventType[] = ['order.created'];
    if (change.paidAt) events.push('order.paid');
    if (typeof change.awb === 'string' && change.awb) events.push('order.awb_assigned');
    return events;
  }
  const events: WebhookEventType[] = [];
  if (change.to !== change.from) {
    events.push('order.status_changed');
    if (change.to === 'paid' || change.paidAt) events.push('order.paid');
    if (change.to === 'delivered') events.push('order.delivered');
    if (change.to === 'returned') events.push('order.returned');
  } else if (change.paidAt) {
    events.push('order.paid');
  }
  if (typeof change.awb === 'string' && change.awb) events.push('order.awb_assigned');
  return events;
}

/** A store's subscription as the outbox needs it. */
export interface ActiveSubscription {
  id: string;
  events: string[];
}

/**
 * Writes the change's events and their deliveries in `tx`. Answers whether anything is waiting to
 * be sent (so the caller can wake the sender after commit); a store without subscriptions costs
 * one indexed read, or none when the caller read its active `subscriptions` in `tx` already.
 */
export async function recordWebhookEvents(
  tx: Tx,
  change: LandedChange,
  subscriptions?: ActiveSubscription[],
): Promise<boolean> {
  const active =
    subscriptions ??
    (await tx.webhookSubscription.findMany({
      where: { storeId: change.storeId, active: true },
      select: { id: true, events: true },
    }));
  if (active.length === 0) return false;
  const wanted = webhookEventsOf(change)
    .map((type) => ({ type, to: active.filter((s) => s.events.includes(type)) }))
    .filter((event) => event.to.length > 0);
  if (wanted.length === 0) return false;
  const order = await tx.order.findUniqueOrThrow({
    where: { id: change.orderId },
    select: payloadOrderSelect,
  });
  for (const { type, to } of wanted) {
    const id = randomUUID();
    const payload = {
      id,
      type,
      created_at: change.at.toISOString(),
      store_id: change.storeId,
      // An order announced as created has no status before it as far as the receiver knows.
      data: { order: orderPayload(order, type === 'order.created' ? null : change.from) },
    } satisfies Prisma.InputJsonObject;
    await tx.webhookEvent.create({
      data: { id, storeId: change.storeId, orderId: change.orderId, type, payload, createdAt: change.at },
    });
    await tx.webhookDelivery.createMany({
      data: to.map((subscription) => ({
        storeId: change.storeId,
        subscriptionId: subscription.id,
        eventId: id,
        nextAttemptAt: change.notBefore ?? null,
      })),
    });
  }
  return true;
}
