import { describe, expect, it } from 'vitest';
import { v } from '../url-search.ts';
import { hasFilters, orderSearch } from './search.ts';

describe('order list URL', () => {
  it('reads the filters a shared link carries', () => {
    expect(
      v.parse(orderSearch, {
        status: 'paid',
        q: ' INV57123 ',
        from: '2026-11-01',
        to: '2026-11-30',
        paymentMethod: 'cod',
      }),
    ).toEqual({ status: 'paid', q: 'INV57123', from: '2026-11-01', to: '2026-11-30', paymentMethod: 'cod' });
  });

  it('drops a hand-edited value the server would refuse instead of breaking the page', () => {
    expect(
      v.parse(orderSearch, { status: 'lost', from: '1 Nov', paymentMethod: 'cash', q: 'x'.repeat(101) }),
    ).toEqual({});
  });

  it('the status tab alone is not a filter to clear', () => {
    expect(hasFilters({ status: 'paid' })).toBe(false);
    expect(hasFilters({ q: '0812' })).toBe(true);
  });
});
