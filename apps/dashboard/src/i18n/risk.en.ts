import type { riskId } from './risk.id.ts';

export const riskEn: typeof riskId = {
  title: 'COD risk',
  score: 'Risk score',
  scoreOf: (score: number) => `Score ${Math.round(score * 100)}/100`,
  level: { low: 'Low risk', medium: 'Medium risk', high: 'High risk' },
  shortLevel: { low: 'Low', medium: 'Medium', high: 'High' },
  reasons: 'Top reasons',
  noReasons: 'No risk signals.',
  notScored: 'This order was placed before risk scoring existed.',
  filter: 'Risk',
  allLevels: 'Any risk',
  awaiting: (until: string) =>
    `Waiting for the buyer to confirm on WhatsApp until ${until}; canceled automatically if not confirmed.`,
  policy: {
    title: 'COD risk policy',
    intro:
      "Every order gets a 0–1 risk score from your store's history. COD orders above the threshold can be held until the buyer confirms on WhatsApp.",
    threshold: 'Score threshold',
    action: 'Action above the threshold',
    actions: {
      none: 'None (show the score only)',
      hold_confirm: 'Hold & ask for WhatsApp confirmation',
    },
    confirmHours: 'Confirmation window (hours)',
  },
};
