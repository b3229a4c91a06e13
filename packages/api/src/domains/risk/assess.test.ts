import { riskPolicySchema } from '@bosonline/contracts';
import { describe, expect, it } from 'vitest';
import { holdsForConfirmation } from './assess.ts';

const risk = (score: number) => ({ score, reasons: [] });
const hold = riskPolicySchema.parse({ threshold: 0.6, action: 'hold_confirm' });

describe('which orders wait for the buyer’s confirmation', () => {
  it('holds a COD order at or above the threshold when the form asks for it', () => {
    expect(holdsForConfirmation(hold, risk(0.6), { paymentMethod: 'cod', byStaff: false })).toBe(true);
    expect(holdsForConfirmation(hold, risk(0.59), { paymentMethod: 'cod', byStaff: false })).toBe(false);
  });

  it('never holds a transfer, an order entered by the store’s CS, or any order of a form without the policy', () => {
    expect(holdsForConfirmation(hold, risk(1), { paymentMethod: 'bank_transfer', byStaff: false })).toBe(
      false,
    );
    expect(holdsForConfirmation(hold, risk(1), { paymentMethod: 'cod', byStaff: true })).toBe(false);
    const none = riskPolicySchema.parse(undefined);
    expect(none).toEqual({ threshold: 0.6, action: 'none', confirmHours: 12 });
    expect(holdsForConfirmation(none, risk(1), { paymentMethod: 'cod', byStaff: false })).toBe(false);
  });
});
