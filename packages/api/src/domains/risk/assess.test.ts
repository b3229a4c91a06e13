import { riskPolicySchema } from '@bosonline/contracts';
import { describe, expect, it } from 'vitest';
import { type HoldOrder, riskHoldOf } from './assess.ts';

const risk = (score: number) => ({ score, reasons: [] });
const hold = riskPolicySchema.parse({ threshold: 0.6, action: 'hold_confirm' });
/** A buyer's COD order of Rp100.000 whose number's WhatsApp is not known, unless `over` says. */
const order = (over: Partial<HoldOrder> = {}): HoldOrder => ({
  paymentMethod: 'cod',
  byStaff: false,
  total: 100_000,
  onWhatsapp: null,
  ...over,
});

describe('which orders wait for the buyer’s confirmation', () => {
  it('holds a COD order at or above the threshold when the form asks for it', () => {
    expect(riskHoldOf(hold, risk(0.6), order())).toEqual({ kind: 'confirm', by: 'whatsapp' });
    expect(riskHoldOf(hold, risk(0.59), order())).toBeNull();
  });

  it('asks the seller to confirm by phone only when the number is known not to be on WhatsApp', () => {
    expect(riskHoldOf(hold, risk(0.7), order({ onWhatsapp: false }))).toEqual({
      kind: 'confirm',
      by: 'phone',
    });
    expect(riskHoldOf(hold, risk(0.7), order({ onWhatsapp: true }))).toEqual({
      kind: 'confirm',
      by: 'whatsapp',
    });
    // Not known (a provider without a look-up, or down): the WhatsApp message, as before.
    expect(riskHoldOf(hold, risk(0.7), order({ onWhatsapp: null }))).toEqual({
      kind: 'confirm',
      by: 'whatsapp',
    });
    expect(riskHoldOf(hold, risk(0.5), order({ onWhatsapp: false }))).toBeNull();
  });

  it('never holds a transfer, an order entered by the store’s CS, or any order of a form without the policy', () => {
    expect(riskHoldOf(hold, risk(1), order({ paymentMethod: 'bank_transfer' }))).toBeNull();
    expect(riskHoldOf(hold, risk(1), order({ byStaff: true }))).toBeNull();
    const none = riskPolicySchema.parse(undefined);
    expect(none).toEqual({ threshold: 0.6, action: 'none', confirmHours: 12, downPaymentPercent: 30 });
    expect(riskHoldOf(none, risk(1), order())).toBeNull();
  });

  it('asks a down payment of the policy’s percent of the total, rounded up to whole rupiah', () => {
    const down = riskPolicySchema.parse({ threshold: 0.6, action: 'down_payment', downPaymentPercent: 25 });
    expect(riskHoldOf(down, risk(0.7), order({ total: 100_001 }))).toEqual({
      kind: 'down_payment',
      amount: 25_001,
    });
    expect(riskHoldOf(down, risk(0.5), order())).toBeNull();
    expect(
      riskPolicySchema.safeParse({ action: 'down_payment', downPaymentPercent: 95 }).error?.issues[0]
        ?.message,
    ).toBe('Down payment must be at most 90% of the total');
  });
});
