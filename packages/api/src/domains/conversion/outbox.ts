import { randomUUID } from 'node:crypto';
import type { ConversionPlatformName, ConversionTriggerName, OrderPaymentMethod } from '@bosonline/contracts';
import type { Prisma } from '@bosonline/db';
import type { AppDeps } from '../../context.ts';
import type { Tx } from '../inventory/ledger.ts';
import {
  type FormConversionFacts,
  keepAdContextReadingSettings,
  type OrderConversionFacts,
  orderConversionFacts,
} from './conversion.sql.ts';
import {
  type ChangeFacts,
  conversionAllowed,
  mayTriggerPurchase,
  type PurchaseChoice,
  purchaseTriggerOf,
  triggersOf,
} from './eligibility.ts';
import { enqueueSend } from './send.ts';

// The conversion outbox, the outgoing webhooks' pattern (webhook/outbox.ts): the transaction that
// changes an order also writes one pending delivery per platform when the change is the form's
// Purchase event, so a Purchase is never lost to a crash between the change and the send, and
// never written for a change that rolled back. The unique (order, platform, event) keeps it to one.

/** The platforms a form sends to: those with both a pixel id and an access token. */
function platformsOf(pixels: Prisma.JsonValue, tokens: { metaToken: boolean; tiktokToken: boolean }) {
  const ids = (pixels ?? {}) as { metaPixelId?: string | null; tiktokPixelId?: string | null };
  const platforms: ConversionPlatformName[] = [];
  if (ids.metaPixelId && tokens.metaToken) platforms.push('meta');
  if (ids.tiktokPixelId && tokens.tiktokToken) platforms.push('tiktok');
  return platforms;
}

/** What a landed change must write, if it is the Purchase (else none). */
function purchaseDeliveries(
  change: ChangeFacts & { orderId: string; storeId: string; notBefore?: Date },
  facts: FormConversionFacts & { formId: string; paymentMethod: string; createdAt: Date; eventId: string },
  pixels: Prisma.JsonValue,
): Prisma.ConversionDeliveryCreateManyInput[] {
  if (!conversionAllowed(change.to)) return [];
  const trigger = purchaseTriggerOf(facts as PurchaseChoice, facts.paymentMethod as OrderPaymentMethod);
  if (!triggersOf(change).includes(trigger)) return [];
  return platformsOf(pixels, facts).map((platform) => ({
    id: randomUUID(),
    storeId: change.storeId,
    formId: facts.formId,
    orderId: change.orderId,
    platform,
    eventName: 'Purchase',
    eventId: facts.eventId,
    trigger: trigger as ConversionTriggerName,
    eventTime: facts.createdAt,
    notBefore: change.notBefore ?? null,
  }));
}

/**
 * In `applyOrderChange`'s transaction: writes the Purchase deliveries this change makes. Costs
 * nothing for changes that cannot be a Purchase (only creation, payment and delivery can), one
 * read for those that can. Answers the deliveries to send after commit.
 */
export async function recordConversions(
  tx: Tx,
  change: ChangeFacts & { orderId: string; storeId: string },
): Promise<string[]> {
  if (!mayTriggerPurchase(change)) return [];
  const [facts] = await tx.$queryRaw<OrderConversionFacts[]>(orderConversionFacts(change.orderId));
  if (!facts) return [];
  // An order placed before the form had a pixel has no browser event: its own id is stable.
  const rows = purchaseDeliveries(
    change,
    { ...facts, eventId: facts.eventId ?? change.orderId },
    facts.pixels,
  );
  return writeDeliveries(tx, rows);
}

/**
 * At checkout, on a form with a pixel: keeps the browser's event id, IP and user agent beside the
 * new order and, when the form counts the order itself as the Purchase, writes its deliveries.
 */
export async function recordCheckoutConversions(
  tx: Tx,
  order: {
    id: string;
    storeId: string;
    formId: string;
    status: ChangeFacts['to'];
    paymentMethod: string;
    createdAt: Date;
  },
  browser: { eventId: string; clientIp: string | null; userAgent: string | null; sourceUrl: string | null },
  pixels: Prisma.JsonValue,
  notBefore?: Date,
): Promise<string[]> {
  const [settings] = await tx.$queryRaw<FormConversionFacts[]>(
    keepAdContextReadingSettings({
      ...browser,
      orderId: order.id,
      formId: order.formId,
      createdAt: order.createdAt,
    }),
  );
  if (!settings) return [];
  const rows = purchaseDeliveries(
    { from: null, to: order.status, orderId: order.id, storeId: order.storeId, notBefore },
    {
      ...settings,
      formId: order.formId,
      paymentMethod: order.paymentMethod,
      createdAt: order.createdAt,
      eventId: browser.eventId,
    },
    pixels,
  );
  return writeDeliveries(tx, rows);
}

async function writeDeliveries(tx: Tx, rows: Prisma.ConversionDeliveryCreateManyInput[]) {
  if (rows.length === 0) return [];
  // A Purchase already written for this order and platform (paid, then delivered) stays the one.
  const written = await tx.conversionDelivery.createManyAndReturn({
    data: rows,
    skipDuplicates: true,
    select: { id: true },
  });
  return written.map((row) => row.id);
}

/** After commit: queue the sends (a failure is fine, the sweep finds the rows). */
export async function kickConversions(
  deps: Pick<AppDeps, 'jobs' | 'clock'> & Partial<Pick<AppDeps, 'logger'>>,
  deliveryIds: string[],
  notBefore?: Date,
): Promise<void> {
  const delayMs = notBefore ? Math.max(0, notBefore.getTime() - deps.clock.now().getTime()) : 0;
  for (const id of deliveryIds) {
    await enqueueSend(deps, id, delayMs).catch((error: unknown) =>
      deps.logger?.warn({ err: error, deliveryId: id }, 'conversion not queued; its sweep will find it'),
    );
  }
}
