// The COD risk words the order list and its filters need, without zod: the dashboard's shell
// imports these (its order-list filter), and a schema beside them would pull all of zod into the
// first load. The schemas are in risk.ts.

/** What can push a score up (or, for a good history, down); each reason names one. */
export const riskReasonCodes = [
  'past_returns',
  'past_cancellations',
  'good_history',
  'district_returns',
  'high_value',
  'first_order',
  'night_time',
  'short_address',
  'no_rt_rw',
  'no_landmark',
  'whatsapp_invalid',
  'velocity',
] as const;
export type RiskReasonCode = (typeof riskReasonCodes)[number];

/** Levels the order list filters by: low below half the default threshold, high at or above it. */
export const riskLevels = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof riskLevels)[number];

export const defaultRiskThreshold = 0.6;

/** The level of a score (null: not scored, e.g. orders from before risk scoring). */
export function riskLevelOf(score: number | null): RiskLevel | null {
  if (score === null) return null;
  if (score >= defaultRiskThreshold) return 'high';
  return score >= defaultRiskThreshold / 2 ? 'medium' : 'low';
}
