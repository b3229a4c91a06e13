import type { CodFindingKind } from '@bosonline/contracts';

/** The badge colour of each kind of COD ledger finding, the same on the seller's and the console's pages. */
export const findingColor: Record<CodFindingKind, string> = {
  short_paid: 'orange',
  overpaid: 'blue',
  paid_twice: 'grape',
  not_remitted: 'red',
  unknown_awb: 'gray',
};
