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
  downPayment: {
    title: 'Down payment',
    amount: 'Down payment',
    codAfter: 'Courier collects after the down payment',
    codAmount: 'Courier collects (COD)',
    paid: 'Received',
    unpaid: 'Not received yet',
    awaiting: (until: string) =>
      `Waiting for the down payment transfer until ${until}; canceled automatically if not received.`,
    confirm: 'Confirm down payment',
    modalTitle: (invoice: string) => `Confirm down payment ${invoice}`,
    confirmed: 'Down payment confirmed; the order is being shipped.',
  },
  confirmForBuyer: {
    button: 'Confirm for the buyer',
    question: 'Did the buyer confirm to you directly (by phone, say)? The courier is booked now.',
    done: 'Order confirmed and booked with the courier.',
  },
  awaiting: (until: string) =>
    `Waiting for the buyer to confirm on WhatsApp until ${until}; canceled automatically if not confirmed.`,
  callBuyer:
    "The buyer's number is not on WhatsApp, so no confirmation message was sent. Call the buyer to confirm this order, then confirm or cancel it. It is not canceled automatically.",
  policy: {
    title: 'COD risk policy',
    intro:
      "Every order gets a 0–1 risk score from your store's history. COD orders above the threshold can be held until the buyer confirms on WhatsApp.",
    threshold: 'Score threshold',
    action: 'Action above the threshold',
    actions: {
      none: 'None (show the score only)',
      hold_confirm: 'Hold & ask for WhatsApp confirmation',
      down_payment: 'Hold & ask for a transfer down payment',
    },
    confirmHours: 'Confirmation window (hours)',
    paymentHours: 'Down payment window (hours)',
    downPaymentPercent: 'Down payment (% of the total)',
    downPaymentHint: 'The buyer transfers this first; the courier collects the rest on delivery.',
  },
};
