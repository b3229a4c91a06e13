import { describe, expect, it } from 'vitest';
import { codBreakdown } from './breakdown.ts';

// The demo form's order of the README: 90 000 of coffee, 9 000 shipping, a 3% COD fee (2 700) and
// 0.2% insurance at its Rp500 minimum: the buyer pays 102 200.
const order = {
  paymentMethod: 'cod',
  status: 'delivered',
  total: 102_200,
  shippingCost: 9_000,
  codFee: 2_700,
  insuranceFee: 500,
};

describe('codBreakdown', () => {
  it('a delivered parcel: the courier collects the total and keeps shipping, insurance and its COD fee', () => {
    expect(codBreakdown(order)).toEqual({
      expectedCod: 102_200,
      courierFee: 9_000,
      codFee: 2_700,
      insurance: 500,
      rtsCharge: 0,
      net: 90_000,
    });
  });

  it('a parcel still on its way shows what it will bring', () => {
    expect(codBreakdown({ ...order, status: 'shipped' }).net).toBe(90_000);
  });

  it('a returned parcel collects nothing and costs the return trip at the shipping cost', () => {
    expect(codBreakdown({ ...order, status: 'returned' })).toEqual({
      expectedCod: 0,
      courierFee: 0,
      codFee: 0,
      insurance: 0,
      rtsCharge: 9_000,
      net: -9_000,
    });
  });

  it('a canceled order and a transfer order owe and bring nothing', () => {
    expect(codBreakdown({ ...order, status: 'canceled' }).net).toBe(0);
    expect(codBreakdown({ ...order, paymentMethod: 'bank_transfer' }).expectedCod).toBe(0);
  });

  it('is linear: the breakdown of summed orders is the sum of their breakdowns', () => {
    const other = { ...order, total: 50_000, shippingCost: 12_000, codFee: 1_500, insuranceFee: 0 };
    const summed = codBreakdown({
      ...order,
      total: order.total + other.total,
      shippingCost: order.shippingCost + other.shippingCost,
      codFee: order.codFee + other.codFee,
      insuranceFee: order.insuranceFee + other.insuranceFee,
    });
    expect(summed.net).toBe(codBreakdown(order).net + codBreakdown(other).net);
  });
});
