import { describe, expect, it } from 'vitest';
import { districtTally, isRiskBaseline } from './baseline.ts';

const baseline = {
  districts: { '115014': [8, 3] as [number, number] },
  medianTotal: 95_000,
  medianOrders: 40,
};

describe('the store risk baseline', () => {
  it("reads a district's tally, and none for a district without ended parcels or an unknown region", () => {
    expect(districtTally(baseline, 115014)).toEqual({ ended: 8, returned: 3 });
    expect(districtTally(baseline, 148251)).toEqual({ ended: 0, returned: 0 });
    expect(districtTally(baseline, null)).toEqual({ ended: 0, returned: 0 });
  });

  it('takes a cached entry only in its own shape, so an entry of another release is read again', () => {
    expect(isRiskBaseline(baseline)).toBe(true);
    expect(isRiskBaseline({ ...baseline, medianTotal: null, districts: {} })).toBe(true);
    for (const other of [
      null,
      'x',
      { districts: { '1': { ended: 1, returned: 0 } }, medianTotal: 1, medianOrders: 1 },
      { districts: [], medianTotal: 1, medianOrders: 1 },
      { districts: {}, medianTotal: '95000', medianOrders: 1 },
      { districtEnded: 1, districtReturned: 0 },
    ]) {
      expect(isRiskBaseline(other), JSON.stringify(other)).toBe(false);
    }
  });
});
