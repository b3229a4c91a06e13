import { z } from 'zod';
import { defaultRiskThreshold, riskLevels, riskReasonCodes } from './risk-levels.ts';

// COD risk: a 0–1 score computed at checkout from the store's own history, the reasons behind it,
// and the seller's policy per form for orders above the threshold (hold until the buyer confirms
// on WhatsApp, or until a transfer down payment arrives). The scoring itself lives in the API (domains/risk/score.ts); these are the shapes.

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

/**
 * What the policy does above its threshold: nothing, hold the order until the buyer confirms on
 * WhatsApp, or hold it until the buyer transfers a down payment (`downPaymentPercent` of the total)
 * that the seller confirms; the courier then collects only the rest.
 */
export const riskActions = ['none', 'hold_confirm', 'down_payment'] as const;
export type RiskAction = (typeof riskActions)[number];

export const defaultDownPaymentPercent = 30;

/** The seller's policy per form: above `threshold`, `action`; a held order waits `confirmHours`. */
export const riskPolicyObject = z.object({
  threshold: z
    .number({ error: 'Threshold must be a number between 0 and 1' })
    .min(0.05, 'Threshold must be at least 0.05')
    .max(1, 'Threshold must be at most 1')
    .default(defaultRiskThreshold),
  action: z.enum(riskActions, { error: 'Action must be none, hold_confirm or down_payment' }).default('none'),
  confirmHours: z
    .number({ error: 'Confirmation window must be a number of hours' })
    .int('Confirmation window must be whole hours')
    .min(1, 'Confirmation window must be at least 1 hour')
    .max(72, 'Confirmation window must be at most 72 hours')
    .default(12),
  /** Only read with `down_payment`: the share of the total the buyer transfers first. */
  downPaymentPercent: z
    .number({ error: 'Down payment must be a whole percent of the total' })
    .int('Down payment must be a whole percent of the total')
    .min(10, 'Down payment must be at least 10% of the total')
    .max(90, 'Down payment must be at most 90% of the total')
    .default(defaultDownPaymentPercent),
});
export const riskPolicySchema = riskPolicyObject.prefault({});
export type RiskPolicy = z.output<typeof riskPolicySchema>;

/** The down payment asked of an order: whole rupiah, rounded up so the courier never collects more. */
export function downPaymentOf(total: number, percent: number): number {
  return Math.ceil((total * percent) / 100);
}

/** What the courier collects once a down payment is received: the rest of the total. */
export function codAfterDownPayment(total: number, downPayment: number): number {
  return total - downPayment;
}

/**
 * What the courier collects on delivery: a COD order's total less a down payment the seller
 * confirmed (none for transfer and gateway orders). The booking, the delivery and the COD ledger
 * read this one rule.
 */
export function codAmountOf(order: {
  paymentMethod: string;
  total: number;
  downPayment: number | null;
  downPaymentPaidAt: Date | null;
}): number {
  if (order.paymentMethod !== 'cod') return 0;
  return order.downPaymentPaidAt && order.downPayment
    ? codAfterDownPayment(order.total, order.downPayment)
    : order.total;
}

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
