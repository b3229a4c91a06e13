import { z } from 'zod';
import { defaultRiskThreshold, riskLevels, riskReasonCodes } from './risk-levels.ts';

// COD risk: a 0–1 score computed at checkout from the store's own history, the reasons behind it,
// and the seller's policy per form for orders above the threshold (hold until the buyer confirms
// on WhatsApp). The scoring itself lives in the API (domains/risk/score.ts); these are the shapes.

export * from './risk-levels.ts';

export const riskReasonOutput = z.object({
  code: z.enum(riskReasonCodes),
  /** What this reason added to the score (negative for a good history). */
  weight: z.number(),
  id: z.string(),
  en: z.string(),
});
export type RiskReason = z.infer<typeof riskReasonOutput>;

/** `risk` on an order: the score, its level and its top reasons (strongest first). */
export const orderRiskOutput = z
  .object({
    score: z.number(),
    level: z.enum(riskLevels),
    reasons: z.array(riskReasonOutput),
  })
  .nullable();
export type OrderRisk = z.infer<typeof orderRiskOutput>;

export const riskActions = ['none', 'hold_confirm'] as const;
export type RiskAction = (typeof riskActions)[number];

/** The seller's policy per form: above `threshold`, `action`; a held order waits `confirmHours`. */
export const riskPolicyObject = z.object({
  threshold: z
    .number({ error: 'Threshold must be a number between 0 and 1' })
    .min(0.05, 'Threshold must be at least 0.05')
    .max(1, 'Threshold must be at most 1')
    .default(defaultRiskThreshold),
  action: z.enum(riskActions, { error: 'Action must be none or hold_confirm' }).default('none'),
  confirmHours: z
    .number({ error: 'Confirmation window must be a number of hours' })
    .int('Confirmation window must be whole hours')
    .min(1, 'Confirmation window must be at least 1 hour')
    .max(72, 'Confirmation window must be at most 72 hours')
    .default(12),
});
export const riskPolicySchema = riskPolicyObject.prefault({});
export type RiskPolicy = z.output<typeof riskPolicySchema>;

/** A held order's confirm / cancel link carries this signed, expiring token. */
export const heldOrderInput = z.object({
  token: z.string({ error: 'Token is required' }).trim().min(1, 'Token is required').max(2_000),
});
export const heldOrderOutput = z.object({
  invoice: z.string(),
  status: z.string(),
  /** Whether this call changed the order (false: it had already been confirmed or canceled). */
  changed: z.boolean(),
});
