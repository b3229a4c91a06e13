import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { type DeliveryStatus, deliveryStatuses } from './port.ts';

// The WhatsApp Cloud API's status callbacks, as Meta documents them: one shape for the real
// provider and for the sandbox's imitation, so both go through the same code.

/** `X-Hub-Signature-256` of a body: `sha256=` + hex HMAC-SHA256 of the raw bytes with the app secret. */
export function signStatusWebhook(rawBody: string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody, 'utf8').digest('hex')}`;
}

/** Constant-time check of `X-Hub-Signature-256` against the raw body. */
export function verifyStatusWebhook(rawBody: string, header: string | null | undefined, appSecret: string) {
  if (!header) return false;
  const expected = Buffer.from(signStatusWebhook(rawBody, appSecret), 'utf8');
  const given = Buffer.from(header.trim(), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const statusSchema = z.object({
  id: z.string().min(1).max(512),
  status: z.string(),
  timestamp: z.union([z.string().regex(/^\d{1,12}$/), z.number().int().nonnegative()]),
  recipient_id: z.string().optional(),
  errors: z.array(z.object({ code: z.number().optional(), title: z.string().optional() })).optional(),
});

export const statusWebhookSchema = z.object({
  object: z.string(),
  entry: z.array(
    z.object({
      id: z.string().optional(),
      changes: z.array(
        z.object({
          field: z.string(),
          value: z.object({ statuses: z.array(statusSchema).optional() }).passthrough(),
        }),
      ),
    }),
  ),
});

export interface DeliveryUpdate {
  messageId: string;
  status: DeliveryStatus;
  at: Date;
  recipient: string | null;
  error: { code: number | null; title: string } | null;
}

/**
 * The delivery updates a callback carries. Statuses we do not track (`deleted`, `warning`…) and
 * other fields (incoming messages) are skipped; a body not of this shape is `null` (a 400).
 */
export function parseStatusWebhook(body: unknown): DeliveryUpdate[] | null {
  const parsed = statusWebhookSchema.safeParse(body);
  if (!parsed.success) return null;
  const updates: DeliveryUpdate[] = [];
  for (const entry of parsed.data.entry) {
    for (const change of entry.changes) {
      for (const s of change.value.statuses ?? []) {
        if (!(deliveryStatuses as readonly string[]).includes(s.status)) continue;
        const first = s.errors?.[0];
        updates.push({
          messageId: s.id,
          status: s.status as DeliveryStatus,
          at: new Date(Number(s.timestamp) * 1000),
          recipient: s.recipient_id ?? null,
          error: first ? { code: first.code ?? null, title: first.title ?? 'failed' } : null,
        });
      }
    }
  }
  return updates;
}

/** A callback body the way the Cloud API sends one status (the sandbox and tests build them here). */
export function statusWebhookBody(update: {
  messageId: string;
  status: DeliveryStatus;
  at: Date;
  recipient: string;
  phoneNumberId?: string;
  error?: { code: number; title: string };
}) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: 'sandbox-waba',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { phone_number_id: update.phoneNumberId ?? 'sandbox' },
              statuses: [
                {
                  id: update.messageId,
                  status: update.status,
                  timestamp: String(Math.floor(update.at.getTime() / 1000)),
                  recipient_id: update.recipient,
                  ...(update.error ? { errors: [update.error] } : {}),
                },
              ],
            },
          },
        ],
      },
    ],
  };
}
