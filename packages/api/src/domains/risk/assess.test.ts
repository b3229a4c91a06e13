import { riskPolicySchema } from '@bosonline/contracts';
import { describe, expect, it } from 'vitest';
import { riskHoldOf } from './assess.ts';

const risk = (score: number) => ({ score, reasons: [] });
const hold = riskPolicySchema.parse({ threshold: 0.6, action: 'hold_confirm' });

describe('which orders wait for the buyer’s confirmation', () => {
  it('holds a COD order at or above the threshold when the form asks for it', () => {
    expect(riskHoldOf(hold, risk(0.6), { paymentMethod: 'cod', byStaff: false, total: 100_000 })).toEqual({
      kind: 'confirm',
    });
    expect(riskHoldOf(hold, risk(0.59), { paymentMethod: 'cod', byStaff: false, total: 100_000 })).toBeNull();
  });

  it('never holds a transfer, an order entered by the store’s CS, or any order of a form without the policy', () => {
    expect(
      riskHoldOf(hold, risk(1), { paymentMethod: 'bank_transfer', byStaff: false, total: 100_000 }),
    ).toBeNull();
    expect(riskHoldOf(hold, risk(1), { paymentMethod: 'cod', byStaff: true, total: 100_000 })).toBeNull();
    const none = riskPolicySchema.parse(undefined);
    expect(none).toEqual({ threshold: 0.6, action: 'none', confirmHours: 12, downPaymentPercent: 30 });
    expect(riskHoldOf(none, risk(1), { paymentMethod: 'cod', byStaff: false, total: 100_000 })).toBeNull();
  });

  it('asks a down payment of the policy’s percent of the total, rounded up to whole rupiah', () => {
    const down = riskPolicySchema.parse({ threshold: 0.6, action: 'down_payment', downPaymentPercent: 25 });
    expect(riskHoldOf(down, risk(0.7), { paymentMethod: 'cod', byStaff: false, total: 100_001 })).toEqual({
      kind: 'down_payment',
      amount: 25_001,
    });
    expect(riskHoldOf(down, risk(0.5), { paymentMethod: 'cod', byStaff: false, total: 100_000 })).toBeNull();
    expect(
      riskPolicySchema.safeParse({ action: 'down_payment', downPaymentPercent: 95 }).error?.issues[0]
        ?.message,
    ).toBe('Down payment must be at most 90% of the total');
  });
});
