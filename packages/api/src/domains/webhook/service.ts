import { randomUUID } from 'node:crypto';
import type {
  PageInput,
  WebhookDeliveryView,
  WebhookView,
  webhookCreateInput,
  webhookUpdateInput,
} from '@bosonline/contracts';
import type { Prisma, WebhookSubscription } from '@bosonline/db';
import type { z } from 'zod';
import type { AppDeps, SellerContext } from '../../context.ts';
import { conflict, invalidField, notFound } from '../../lib/errors.ts';
import { pageArgs, toPage } from '../../lib/pagination.ts';
import { attemptDelivery, enqueueAttempt, retryWindowMs } from './deliver.ts';
import { newWebhookSecret } from './signature.ts';

// A store's webhook subscriptions, their delivery log and the seller's hands on it (ping,
// redeliver, rotate). Sending itself is deliver.ts; which events exist is outbox.ts.

type WebhookCtx = SellerContext & Pick<AppDeps, 'jobs'>;

/** A store's subscriptions are few; this keeps a runaway script from making thousands. */
const maxPerStore = 10;

function view(row: WebhookSubscription): WebhookView {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    active: row.active,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function assertTarget(ctx: WebhookCtx, url: string) {
  const refusal = ctx.ports.webhooks.refusal(url);
  if (refusal) throw invalidField('url', refusal);
}

async function owned(ctx: WebhookCtx, id: string): Promise<WebhookSubscription> {
  const row = await ctx.db.webhookSubscription.findFirst({ where: { id, storeId: ctx.tenant.storeId } });
  if (!row) throw notFound('Webhook');
  return row;
}

export async function list(ctx: WebhookCtx) {
  const rows = await ctx.db.webhookSubscription.findMany({
    where: { storeId: ctx.tenant.storeId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map(view);
}

export async function detail(ctx: WebhookCtx, id: string) {
  return view(await owned(ctx, id));
}

export async function create(ctx: WebhookCtx, input: z.output<typeof webhookCreateInput>) {
  assertTarget(ctx, input.url);
  const count = await ctx.db.webhookSubscription.count({ where: { storeId: ctx.tenant.storeId } });
  if (count >= maxPerStore) throw conflict(`A store can have at most ${maxPerStore} webhooks`);
  const secret = newWebhookSecret();
  const row = await ctx.db.webhookSubscription.create({
    data: { storeId: ctx.tenant.storeId, url: input.url, events: input.events, secret },
  });
  return { ...view(row), secret };
}

export async function update(ctx: WebhookCtx, input: z.output<typeof webhookUpdateInput>) {
  const { id, ...changes } = input;
  await owned(ctx, id);
  if (changes.url) assertTarget(ctx, changes.url);
  return view(await ctx.db.webhookSubscription.update({ where: { id }, data: changes }));
}

export async function remove(ctx: WebhookCtx, id: string) {
  await owned(ctx, id);
  await ctx.db.webhookSubscription.delete({ where: { id } });
}

/**
 * A new secret, answered once. The old one stops at once: INTEGRATIONS.md gives no grace window, so
 * the seller updates their receiver right after (deliveries meanwhile fail there and are retried
 * for 24 h, so none is lost).
 */
export async function rotateSecret(ctx: WebhookCtx, id: string) {
  await owned(ctx, id);
  const secret = newWebhookSecret();
  const row = await ctx.db.webhookSubscription.update({ where: { id }, data: { secret } });
  return { ...view(row), secret };
}

/** Sends a `ping` event now and answers what the endpoint said; a failed ping is not retried. */
export async function ping(ctx: WebhookCtx, id: string) {
  const subscription = await owned(ctx, id);
  const at = ctx.clock.now();
  const eventId = randomUUID();
  const deliveryId = randomUUID();
  await ctx.db.$transaction([
    ctx.db.webhookEvent.create({
      data: {
        id: eventId,
        storeId: subscription.storeId,
        type: 'ping',
        createdAt: at,
        payload: {
          id: eventId,
          type: 'ping',
          created_at: at.toISOString(),
          store_id: subscription.storeId,
          data: { webhook_id: subscription.id },
        },
      },
    }),
    ctx.db.webhookDelivery.create({
      data: {
        id: deliveryId,
        storeId: subscription.storeId,
        subscriptionId: subscription.id,
        eventId,
        giveUpAt: at,
      },
    }),
  ]);
  const response = await attemptDelivery({ ...ctx, jobs: ctx.jobs }, { deliveryId, attempt: 1 });
  // Only a concurrent sweep could have taken the attempt first; it logs the same answer.
  const result = response ?? { statusCode: null, error: 'Sent in the background', durationMs: 0 };
  return {
    deliveryId,
    ok: result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300,
    ...result,
  };
}

const withLog = {
  event: { select: { type: true } },
  attemptLog: { orderBy: { attempt: 'asc' } },
} satisfies Prisma.WebhookDeliveryInclude;
type DeliveryRow = Prisma.WebhookDeliveryGetPayload<{ include: typeof withLog }>;

function deliveryView(row: DeliveryRow): WebhookDeliveryView {
  return {
    id: row.id,
    eventId: row.eventId,
    eventType: row.event.type,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt : null,
    deliveredAt: row.deliveredAt,
    createdAt: row.createdAt,
    attemptLog: row.attemptLog.map((a) => ({
      attempt: a.attempt,
      statusCode: a.statusCode,
      error: a.error,
      durationMs: a.durationMs,
      createdAt: a.createdAt,
    })),
  };
}

/** The delivery log, newest first, one keyset page at a time. */
export async function deliveries(ctx: WebhookCtx, id: string, page: PageInput) {
  await owned(ctx, id);
  const rows = await ctx.db.webhookDelivery.findMany({
    where: { subscriptionId: id, storeId: ctx.tenant.storeId },
    include: withLog,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageArgs(page),
  });
  return toPage(rows, page, deliveryView);
}

/**
 * Sends a delivered or given-up event again, as the next attempt of the same delivery (same event
 * id, so a receiver that already has it can tell), retried for another 24 h if it fails.
 */
export async function redeliver(ctx: WebhookCtx, id: string, deliveryId: string) {
  const subscription = await owned(ctx, id);
  if (!subscription.active) throw conflict('This webhook is disabled; enable it first', 'active');
  const delivery = await ctx.db.webhookDelivery.findFirst({
    where: { id: deliveryId, subscriptionId: id, storeId: ctx.tenant.storeId },
  });
  if (!delivery) throw notFound('Delivery');
  const now = ctx.clock.now();
  const { count } = await ctx.db.webhookDelivery.updateMany({
    where: { id: deliveryId, status: { in: ['delivered', 'failed'] } },
    data: {
      status: 'pending',
      nextAttemptAt: null,
      deliveredAt: null,
      giveUpAt: new Date(now.getTime() + retryWindowMs),
    },
  });
  if (count === 0) throw conflict('This delivery is still being sent');
  await enqueueAttempt(ctx, deliveryId, delivery.attempts + 1);
  const row = await ctx.db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId }, include: withLog });
  return deliveryView(row);
}
