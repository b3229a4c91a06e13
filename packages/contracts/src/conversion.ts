import { z } from 'zod';
import { pageInputSchema, pageOf, uuidSchema } from './common.ts';

// Server-side ad conversions (Meta Conversions API, TikTok Events API) of a form's orders. The
// pixel ids are the form's own (`pixels` of the form builder); these are the rest.

export const conversionPlatforms = ['meta', 'tiktok'] as const;
export type ConversionPlatformName = (typeof conversionPlatforms)[number];

/** The order event that counts as a Purchase. */
export const conversionTriggers = ['created', 'paid', 'delivered'] as const;
export type ConversionTriggerName = (typeof conversionTriggers)[number];
/** Transfer and gateway orders are paid before they ship: their Purchase is the order or the payment. */
export const prepaidConversionTriggers = ['created', 'paid'] as const;

export const conversionDeliveryStatuses = ['pending', 'sent', 'failed', 'skipped'] as const;

/**
 * An access token: a new value replaces the stored one, null removes it, absent keeps it. Tokens
 * are write-only: reads only say whether one is set.
 */
const accessTokenInput = z
  .string()
  .trim()
  .min(20, 'Access token must be 20 to 1000 characters')
  .max(1000, 'Access token must be 20 to 1000 characters')
  .regex(/^[\x21-\x7e]+$/, 'Access token must not contain spaces')
  .nullable()
  .optional();

export const conversionSettingsUpdateInput = z.object({
  /** The form's UUID. */
  id: uuidSchema,
  metaAccessToken: accessTokenInput,
  tiktokAccessToken: accessTokenInput,
  codPurchaseOn: z.enum(conversionTriggers, { error: 'Must be one of created, paid, delivered' }).optional(),
  prepaidPurchaseOn: z.enum(prepaidConversionTriggers, { error: 'Must be one of created, paid' }).optional(),
});
export type ConversionSettingsUpdate = z.output<typeof conversionSettingsUpdateInput>;

const tokenState = z.enum(['set', 'not_set']);

export const conversionSettingsOutput = z.object({
  formId: z.string(),
  /** The form's pixels (edited with the form); a platform sends only with both id and token. */
  metaPixelId: z.string().nullable(),
  tiktokPixelId: z.string().nullable(),
  metaAccessToken: tokenState,
  tiktokAccessToken: tokenState,
  codPurchaseOn: z.enum(conversionTriggers),
  prepaidPurchaseOn: z.enum(prepaidConversionTriggers),
});
export type ConversionSettingsView = z.infer<typeof conversionSettingsOutput>;

/** A form's delivery log, or one order's (by invoice). */
export const conversionDeliveriesInput = pageInputSchema.extend({
  id: uuidSchema.optional(),
  invoice: z.string().trim().min(1).max(40).optional(),
});

export const conversionDeliveryOutput = z.object({
  id: z.string(),
  formId: z.string(),
  invoice: z.string(),
  platform: z.enum(conversionPlatforms),
  eventName: z.string(),
  eventId: z.string(),
  trigger: z.enum(conversionTriggers),
  eventTime: z.date(),
  status: z.enum(conversionDeliveryStatuses),
  attempts: z.number(),
  /** The platform's HTTP status (null: no answer, or never sent). */
  statusCode: z.number().nullable(),
  /** The platform's answer (an excerpt), or why the event was skipped. */
  response: z.string().nullable(),
  sentAt: z.date().nullable(),
  createdAt: z.date(),
  /** When it last changed: the last attempt, or the decision to skip it. */
  updatedAt: z.date(),
});
export type ConversionDeliveryView = z.infer<typeof conversionDeliveryOutput>;
export const conversionDeliveriesOutput = pageOf(conversionDeliveryOutput);
