import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

// BosCOD's webhook on the wire: what it posts to `POST /webhook/boscod` when a shipment moves, and
// how it signs it. The sandbox produces exactly this (signed with the same secret), so the demo's
// orders move through the same verification and handling as real ones.

export const boscodSignatureHeader = 'x-boscod-signature';

/** `sha256=<hex HMAC-SHA256(secret, raw body)>`, the value of X-Boscod-Signature. */
export function signBoscodWebhook(secret: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/** Whether the header is the body's signature; compared in constant time. */
export function verifyBoscodWebhook(secret: string, rawBody: string, header: string | null | undefined) {
  if (!header) return false;
  const expected = Buffer.from(signBoscodWebhook(secret, rawBody));
  const given = Buffer.from(header.trim());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** What happened to the shipment: the AWB came, the courier picked it up, tried, delivered, sent it back. */
export const boscodWebhookEvents = [
  'awb_assigned',
  'picked_up',
  'delivery_failed',
  'delivered',
  'returned',
] as const;
export type BoscodWebhookEvent = (typeof boscodWebhookEvents)[number];

export const boscodWebhookBody = z.object({
  /** BosCOD's id of this notification: a redelivery carries the same one. */
  id: z.string().trim().min(1).max(100),
  event: z.enum(boscodWebhookEvents),
  /** BosCOD's order number (our shipment reference). */
  order_no: z.string().trim().min(1).max(100),
  /** The external id we booked with (our idempotency key). */
  external_id: z.string().trim().max(255).nullish(),
  awb: z.string().trim().min(1).max(60).nullish(),
  occurred_at: z.iso.datetime({ offset: true }),
  description: z.string().max(500).nullish(),
  pod_photo_url: z.url().max(1000).nullish(),
});
export type BoscodWebhookBody = z.output<typeof boscodWebhookBody>;
