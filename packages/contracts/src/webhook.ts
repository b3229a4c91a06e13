import { z } from 'zod';
import { pageInputSchema, pageOf, uuidSchema } from './common.ts';

/** The order events a seller's system can subscribe to (INTEGRATIONS.md, "Outgoing webhooks"). */
export const webhookEventTypes = [
  'order.created',
  'order.status_changed',
  'order.paid',
  'order.awb_assigned',
  'order.delivered',
  'order.returned',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/** Where deliveries may go is checked by the server (https, public address); this is the shape. */
export const webhookUrlSchema = z
  .string({ error: 'URL is required' })
  .trim()
  .min(1, 'URL is required')
  .max(2000, 'URL is too long')
  .pipe(z.url({ protocol: /^https?$/, error: 'Must be an http(s) URL' }));

export const webhookEventsSchema = z
  .array(z.enum(webhookEventTypes, { error: `Must be one of ${webhookEventTypes.join(', ')}` }))
  .min(1, 'Choose at least one event')
  .transform((events) => [...new Set(events)]);

export const webhookCreateInput = z.object({
  url: webhookUrlSchema,
  events: webhookEventsSchema,
});
export const webhookUpdateInput = z.object({
  id: uuidSchema,
  url: webhookUrlSchema.optional(),
  events: webhookEventsSchema.optional(),
  active: z.boolean().optional(),
});

export const webhookOutput = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(z.string()),
  active: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type WebhookView = z.infer<typeof webhookOutput>;
export const webhookListOutput = z.array(webhookOutput);

/** Create and rotate answer the signing secret once; it is never shown again. */
export const webhookWithSecretOutput = webhookOutput.extend({ secret: z.string() });

export const webhookAttemptOutput = z.object({
  attempt: z.number(),
  statusCode: z.number().nullable(),
  error: z.string().nullable(),
  durationMs: z.number(),
  createdAt: z.date(),
});

export const webhookDeliveryOutput = z.object({
  id: z.string(),
  eventId: z.string(),
  eventType: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number(),
  lastStatusCode: z.number().nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.date().nullable(),
  deliveredAt: z.date().nullable(),
  createdAt: z.date(),
  attemptLog: z.array(webhookAttemptOutput),
});
export type WebhookDeliveryView = z.infer<typeof webhookDeliveryOutput>;

export const webhookDeliveriesInput = pageInputSchema.extend({ id: uuidSchema });
export const webhookDeliveriesOutput = pageOf(webhookDeliveryOutput);

export const webhookRedeliverInput = z.object({ id: uuidSchema, deliveryId: uuidSchema });

export const webhookPingOutput = z.object({
  deliveryId: z.string(),
  ok: z.boolean(),
  statusCode: z.number().nullable(),
  error: z.string().nullable(),
  durationMs: z.number(),
});
