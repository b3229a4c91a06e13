import type { ConversionMessages } from './conversions.id.ts';

// Server-side ad conversions in the form builder, in English: the same entries as conversions.id.ts.

export const conversionsEn: ConversionMessages = {
  title: 'Ad conversions from the server',
  intro:
    'Send the Purchase to Meta and TikTok from the server, with the same event id as the browser pixel, so ads optimise for orders that really happen. Enter the pixel ids under Ad pixels above.',
  metaToken: 'Meta access token (Conversions API)',
  tiktokToken: 'TikTok access token (Events API)',
  tokenHint: 'Write-only: it cannot be shown again. Stored encrypted.',
  tokenSet: 'Saved',
  tokenNotSet: 'Not set',
  tokenPlaceholderSet: 'Type to replace',
  removeToken: 'Remove token',
  noPixel: 'No pixel id yet: nothing is sent to this platform.',
  codPurchaseOn: 'For COD orders, the Purchase counts when',
  prepaidPurchaseOn: 'For transfer and payment gateway orders, the Purchase counts when',
  triggers: {
    created: 'The order is placed',
    paid: 'The order is paid',
    delivered: 'The buyer receives the order',
  },
  codHint:
    'Recommended: when the buyer receives it. Canceled and returned orders are never sent; those delivered more than 7 days after ordering are skipped for Meta.',
  save: 'Save conversions',
  saved: 'Conversion settings saved.',
  removed: 'Token removed.',
  log: 'Conversion delivery log',
  logEmpty: 'No conversions sent from this form yet.',
  more: 'Load more',
  attempts: (n: number) => `${n} ${n === 1 ? 'attempt' : 'attempts'}`,
  lastChange: (at: string) => `last tried ${at}`,
  orderLog: 'Ad conversions',
  orderLogEmpty: 'Nothing sent to the ad platforms for this order (yet).',
  answer: "Platform's answer",
  status: { pending: 'Pending', sent: 'Sent', failed: 'Failed', skipped: 'Skipped' },
  platform: { meta: 'Meta', tiktok: 'TikTok' },
};
