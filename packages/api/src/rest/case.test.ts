import { describe, expect, it } from 'vitest';
import { toCamelKeys, toSnakeKeys } from './case.ts';

describe('REST key conversion', () => {
  it('renames identifier keys both ways and leaves data keys as written', () => {
    const wire = {
      buyer_name: 'Rina',
      options: { Warna: 'Merah', ukuranBaju: 'L' },
      items: [{ variant_id: 'v1' }],
    };
    expect(toCamelKeys(wire)).toEqual({
      buyerName: 'Rina',
      options: { Warna: 'Merah', ukuranBaju: 'L' },
      items: [{ variantId: 'v1' }],
    });
    const at = new Date('2026-12-07T01:02:03.000Z');
    expect(
      toSnakeKeys({ createdAt: at, totalStock: 3, skipped: undefined, rows: [{ minPrice: null }] }),
    ).toEqual({
      created_at: '2026-12-07T01:02:03.000Z',
      total_stock: 3,
      rows: [{ min_price: null }],
    });
  });

  it('gives the same answer the second time (remembered renames)', () => {
    const first = toSnakeKeys({ receiverPhone: '0812', receiverPhoneNote: 'x' });
    expect(toSnakeKeys({ receiverPhone: '0812', receiverPhoneNote: 'x' })).toEqual(first);
    expect(first).toEqual({ receiver_phone: '0812', receiver_phone_note: 'x' });
  });

  it('keeps a "__proto__" key an own property instead of a prototype', () => {
    const converted = toCamelKeys(JSON.parse('{"__proto__": {"is_admin": true}, "store_id": "s"}')) as Record<
      string,
      unknown
    >;
    expect(Object.getPrototypeOf(converted)).toBe(Object.prototype);
    expect((converted as { isAdmin?: unknown }).isAdmin).toBeUndefined();
    expect(converted.storeId).toBe('s');
    expect(Object.keys(converted)).toContain('__proto__');
  });
});
