import { describe, expect, it } from 'vitest';
import { codFee, insuranceFee } from './pricing.ts';

describe('checkout fees', () => {
  it('charges COD as a percentage (rounded up) or a fixed amount', () => {
    expect(codFee({ type: 'percent', value: 3 }, 90_000)).toBe(2_700);
    expect(codFee({ type: 'percent', value: 2.5 }, 10_001)).toBe(251);
    expect(codFee({ type: 'fixed', value: 4_000 }, 90_000)).toBe(4_000);
    expect(codFee({ type: 'none', value: 9 }, 90_000)).toBe(0);
  });

  it('insures at a percentage with a minimum, without floating-point crumbs', () => {
    expect(insuranceFee({ mode: 'optional', percent: 0.2, minimum: 500 }, 90_000)).toBe(500);
    expect(insuranceFee({ mode: 'required', percent: 0.2, minimum: 0 }, 90_000)).toBe(180);
    expect(insuranceFee({ mode: 'required', percent: 0.3, minimum: 0 }, 1_000_000)).toBe(3_000);
    expect(insuranceFee({ mode: 'none', percent: 5, minimum: 500 }, 90_000)).toBe(0);
  });
});
