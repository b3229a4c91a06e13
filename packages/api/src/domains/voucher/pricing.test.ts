import { describe, expect, it } from 'vitest';
import { discountFor, isEligible, remainingOf, stateAt, type VoucherTerms } from './pricing.ts';

const start = new Date('2025-03-01T00:00:00Z');
const end = new Date('2025-04-01T00:00:00Z');
const during = new Date('2025-03-15T00:00:00Z');

function voucher(overrides: Partial<VoucherTerms> = {}): VoucherTerms {
  return {
    kind: 'product',
    valueType: 'percentage',
    value: 10,
    maxDiscount: null,
    minPurchase: 0,
    quota: null,
    used: 0,
    perBuyerLimit: null,
    startsAt: start,
    endsAt: end,
    status: 'active',
    ...overrides,
  };
}

const basket = { subtotal: 150_000, shippingCost: 18_000 };

describe('discountFor', () => {
  it('takes a percentage of the subtotal for product vouchers, rounded down', () => {
    expect(discountFor(voucher({ value: 10 }), basket)).toBe(15_000);
    expect(discountFor(voucher({ value: 15 }), { subtotal: 99_999, shippingCost: 0 })).toBe(14_999);
  });

  it('takes a percentage of the shipping cost for shipping vouchers', () => {
    expect(discountFor(voucher({ kind: 'shipping', value: 50 }), basket)).toBe(9_000);
  });

  it('caps a percentage by maxDiscount', () => {
    expect(discountFor(voucher({ value: 50, maxDiscount: 20_000 }), basket)).toBe(20_000);
  });

  it('gives a fixed amount, never more than the amount it applies to', () => {
    expect(discountFor(voucher({ valueType: 'fixed', value: 25_000 }), basket)).toBe(25_000);
    expect(discountFor(voucher({ kind: 'shipping', valueType: 'fixed', value: 25_000 }), basket)).toBe(
      18_000,
    );
    expect(discountFor(voucher({ valueType: 'fixed', value: 5_000 }), { subtotal: 0, shippingCost: 0 })).toBe(
      0,
    );
  });

  it('gives 100% of the base at most', () => {
    expect(discountFor(voucher({ value: 100 }), basket)).toBe(150_000);
  });
});

describe('isEligible', () => {
  const at = (overrides: Partial<Parameters<typeof isEligible>[1]> = {}) => ({
    ...basket,
    now: during,
    buyerUses: null,
    ...overrides,
  });

  it('accepts a running, active voucher and reports its discount', () => {
    expect(isEligible(voucher(), at())).toEqual({ eligible: true, discount: 15_000 });
  });

  it('gives the reason a voucher does not apply', () => {
    const reason = (v: VoucherTerms, o: Partial<Parameters<typeof isEligible>[1]> = {}) => {
      const verdict = isEligible(v, at(o));
      return verdict.eligible ? 'eligible' : verdict.reason;
    };
    expect(reason(voucher({ status: 'inactive' }))).toBe('inactive');
    expect(reason(voucher(), { now: new Date(start.getTime() - 1) })).toBe('not_started');
    expect(reason(voucher(), { now: start })).toBe('eligible');
    expect(reason(voucher(), { now: end })).toBe('ended');
    expect(reason(voucher({ quota: 5, used: 5 }))).toBe('quota_used_up');
    expect(reason(voucher({ quota: 5, used: 4 }))).toBe('eligible');
    expect(reason(voucher({ minPurchase: 150_001 }))).toBe('min_purchase_not_met');
    expect(reason(voucher({ minPurchase: 150_000 }))).toBe('eligible');
    expect(reason(voucher({ perBuyerLimit: 2 }), { buyerUses: 2 })).toBe('buyer_limit_reached');
    expect(reason(voucher({ perBuyerLimit: 2 }), { buyerUses: 1 })).toBe('eligible');
    // An unknown buyer is checked again when the order is placed.
    expect(reason(voucher({ perBuyerLimit: 2 }), { buyerUses: null })).toBe('eligible');
    expect(reason(voucher({ kind: 'shipping' }), { shippingCost: 0 })).toBe('no_discount');
  });
});

describe('stateAt and remainingOf', () => {
  it('places now in the window and counts what is left of the quota', () => {
    expect(stateAt(voucher(), new Date('2025-02-01T00:00:00Z'))).toBe('upcoming');
    expect(stateAt(voucher(), during)).toBe('running');
    expect(stateAt(voucher(), new Date('2025-05-01T00:00:00Z'))).toBe('ended');
    expect(remainingOf({ quota: null, used: 7 })).toBeNull();
    expect(remainingOf({ quota: 10, used: 7 })).toBe(3);
    expect(remainingOf({ quota: 10, used: 12 })).toBe(0);
  });
});
