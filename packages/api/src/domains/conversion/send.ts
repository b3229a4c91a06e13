import type { ConversionPlatformName } from '@bosonline/contracts';
import type { AppDeps } from '../../context.ts';
import { open } from '../../lib/secret-box.ts';
import type { ConversionAnswer, ConversionEvent } from '../../ports/conversions/port.ts';
import { conversionAllowed, metaWindowMs } from './eligibility.ts';
import { buyerOf } from './user-data.ts';

// Sends one Purchase to one platform. Retries are the job runner's (a 5xx, a 429 or no answer
// throws, and the runner tries again with backoff); every attempt leaves the platform's answer
// on the delivery row, which is the log the seller reads.

export const sendJob = 'conversion.send';
/** Tries in all: about 1 + 2 + 4 + 8 + 16 minutes of backoff before the event is given up. */
export const maxAttempts = 6;
export const firstRetryMs = 60_000;
/** An attempt holds its row this long; a process that dies mid-send frees it for the sweep then. */
const leaseMs = 2 * 60_000;

export interface SendPayload {
  deliveryId: string;
}

type SendDeps = Pick<AppDeps, 'db' | 'clock' | 'ports' | 'conversionsKey'>;

export function enqueueSend(deps: Pick<AppDeps, 'jobs'>, deliveryId: string, delayMs = 0, by?: string) {
  return deps.jobs.enqueue<SendPayload>(
    sendJob,
    { deliveryId },
    {
      jobId: by ? `${sendJob}:${deliveryId}:${by}` : `${sendJob}:${deliveryId}`,
      delayMs,
      attempts: maxAttempts,
      backoffMs: firstRetryMs,
    },
  );
}

/** A failed attempt the runner should retry. */
export class ConversionRetry extends Error {}

/**
 * One attempt. Answers what happened to the row: sent, skipped, failed, or retry (thrown as
 * ConversionRetry so the runner tries again); null when there was nothing to do (already done,
 * or another job holds the attempt).
 */
export async function sendConversion(deps: SendDeps, { deliveryId }: SendPayload) {
  const now = deps.clock.now();
  const delivery = await deps.db.conversionDelivery.findUnique({
    where: { id: deliveryId },
    include: {
      order: {
        include: {
          items: { select: { sku: true, quantity: true, price: true } },
          adContext: true,
          form: { select: { pixels: true, conversionSetting: true } },
        },
      },
    },
  });
  if (delivery?.status !== 'pending') return null;
  // Not yet due: held while a COD order's booking may still undo it, waiting for its retry, or
  // claimed by another job that is sending it now (the claim's lease).
  if (delivery.notBefore && delivery.notBefore > now) return null;
  const { order } = delivery;
  const settle = (
    status: 'sent' | 'skipped' | 'failed' | 'pending',
    answer: Partial<ConversionAnswer> & { body: string },
    attempts = delivery.attempts,
  ) =>
    deps.db.conversionDelivery.updateMany({
      where: { id: deliveryId, status: 'pending', attempts },
      data: {
        status,
        statusCode: answer.statusCode ?? null,
        response: answer.body,
        sentAt: status === 'sent' ? deps.clock.now() : null,
        notBefore: status === 'pending' ? new Date(now.getTime() + firstRetryMs * 2 ** (attempts - 1)) : null,
      },
    });

  if (!conversionAllowed(order.status)) {
    await settle('skipped', { body: `Not sent: the order is ${order.status}` });
    return 'skipped';
  }
  if (delivery.platform === 'meta' && now.getTime() - delivery.eventTime.getTime() > metaWindowMs) {
    await settle('skipped', { body: "Not sent: older than Meta's 7-day window for server events" });
    return 'skipped';
  }
  const platform = delivery.platform as ConversionPlatformName;
  const pixels = (order.form?.pixels ?? {}) as { metaPixelId?: string | null; tiktokPixelId?: string | null };
  const pixelId = platform === 'meta' ? pixels.metaPixelId : pixels.tiktokPixelId;
  const sealed =
    platform === 'meta'
      ? order.form?.conversionSetting?.metaAccessToken
      : order.form?.conversionSetting?.tiktokAccessToken;
  if (!pixelId || !sealed) {
    await settle('skipped', { body: 'Not sent: the form no longer has this pixel id and access token' });
    return 'skipped';
  }
  const accessToken = open(deps.conversionsKey, sealed);
  if (!accessToken) {
    await settle('failed', {
      body: "The access token cannot be read with this server's key (CONVERSIONS_KEY changed?): enter it again",
    });
    return 'failed';
  }

  // The claim: one attempt per count, so a sweep and a retry never send the same attempt twice.
  const attempt = delivery.attempts + 1;
  const { count } = await deps.db.conversionDelivery.updateMany({
    where: {
      id: deliveryId,
      status: 'pending',
      attempts: delivery.attempts,
      OR: [{ notBefore: null }, { notBefore: { lte: now } }],
    },
    data: { attempts: attempt, notBefore: new Date(now.getTime() + leaseMs) },
  });
  if (count === 0) return null;

  const region = await cityOf(deps, order.regionId);
  const event: ConversionEvent = {
    name: delivery.eventName,
    id: delivery.eventId,
    time: delivery.eventTime,
    orderId: order.invoice,
    value: order.total,
    currency: 'IDR',
    contents: order.items.map((item) => ({ id: item.sku, quantity: item.quantity, price: item.price })),
    sourceUrl: order.adContext?.sourceUrl ?? null,
    user: buyerOf({
      ...order,
      city: region.city,
      zip: region.zip,
      clientIp: order.adContext?.clientIp ?? null,
      userAgent: order.adContext?.userAgent ?? null,
    }),
  };
  const answer = await deps.ports.conversions[platform].send({ pixelId, accessToken }, event);
  if (answer.ok) {
    await settle('sent', answer, attempt);
    return 'sent';
  }
  if (answer.retry && attempt < maxAttempts) {
    await settle('pending', answer, attempt);
    throw new ConversionRetry(`${platform} answered ${answer.statusCode ?? 'nothing'}; retrying`);
  }
  await settle('failed', answer, attempt);
  return 'failed';
}

/** The order's city (name of its `city` ancestor) and postal code, as far as the region tree knows. */
async function cityOf(deps: Pick<AppDeps, 'db'>, regionId: number) {
  let zip: string | null = null;
  let id: number | null = regionId;
  for (let depth = 0; id !== null && depth < 4; depth++) {
    const region: { name: string; level: string; postalCode: string | null; parentId: number | null } | null =
      await deps.db.region.findUnique({
        where: { id },
        select: { name: true, level: true, postalCode: true, parentId: true },
      });
    if (!region) break;
    zip ??= region.postalCode;
    if (region.level === 'city') return { city: region.name, zip };
    id = region.parentId;
  }
  return { city: null, zip };
}
