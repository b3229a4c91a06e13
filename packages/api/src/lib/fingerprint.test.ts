import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint.ts';

describe('fingerprint', () => {
  it('is the same for the same request whatever its key order, and differs for any other value', () => {
    const a = { receiver: { name: 'Faisol', phone: '6283131412312' }, items: [{ sku: 'A', qty: 1 }] };
    const b = { items: [{ qty: 1, sku: 'A' }], receiver: { phone: '6283131412312', name: 'Faisol' } };
    expect(fingerprint(a)).toBe(fingerprint(b));
    expect(fingerprint(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint({ ...a, items: [{ sku: 'A', qty: 2 }] })).not.toBe(fingerprint(a));
    // Order inside arrays is meaning (cart lines), so it counts.
    expect(fingerprint([1, 2])).not.toBe(fingerprint([2, 1]));
  });
});
