import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { open, seal } from '../../lib/secret-box.ts';
import { conversionAllowed, purchaseTriggerOf, triggersOf } from './eligibility.ts';
import { normalCity, normalPhone, splitName } from './user-data.ts';

// The rules behind every server-side Purchase, without a server: which change is a Purchase,
// which orders never count, how buyer data is normalised before hashing, how tokens are sealed.

describe('when a Purchase is sent', () => {
  it('names the trigger of each change: created, paid, delivered', () => {
    expect(triggersOf({ from: null, to: 'booking' })).toEqual(['created']);
    expect(triggersOf({ from: 'unpaid', to: 'paid' })).toEqual(['paid']);
    // A COD order's cash is collected on delivery: both at once.
    expect(triggersOf({ from: 'shipped', to: 'delivered', paidAt: new Date() })).toEqual([
      'paid',
      'delivered',
    ]);
    expect(triggersOf({ from: 'booking', to: 'ready_to_ship' })).toEqual([]);
    expect(triggersOf({ from: 'shipped', to: 'returned' })).toEqual([]);
  });

  it('takes the form’s choice by payment method, and never counts canceled or returned orders', () => {
    const choice = { codPurchaseOn: 'delivered', prepaidPurchaseOn: 'paid' } as const;
    expect(purchaseTriggerOf(choice, 'cod')).toBe('delivered');
    expect(purchaseTriggerOf(choice, 'bank_transfer')).toBe('paid');
    expect(purchaseTriggerOf(choice, 'payment_gateway')).toBe('paid');
    expect(conversionAllowed('delivered')).toBe(true);
    expect(conversionAllowed('canceled')).toBe(false);
    expect(conversionAllowed('returned')).toBe(false);
  });
});

describe('buyer data before hashing', () => {
  it('writes phones as E.164 digits with 62', () => {
    expect(normalPhone('0812-3456-7890')).toBe('6281234567890');
    expect(normalPhone('+62 812 3456 7890')).toBe('6281234567890');
    expect(normalPhone('6281234567890')).toBe('6281234567890');
  });

  it('lower-cases names without punctuation, and cities without their kind', () => {
    expect(splitName('  Siti  Aminah ')).toEqual({ firstName: 'siti', lastName: 'aminah' });
    expect(splitName('Budi')).toEqual({ firstName: 'budi', lastName: null });
    expect(splitName("D'Angelo Putra-Wijaya")).toEqual({ firstName: 'dangelo', lastName: 'putrawijaya' });
    expect(normalCity('Kota Bandung')).toBe('bandung');
    expect(normalCity('Kabupaten Sidoarjo')).toBe('sidoarjo');
    expect(normalCity('Kota Tangerang Selatan')).toBe('tangerangselatan');
  });
});

describe('sealed access tokens', () => {
  const key = randomBytes(32);
  it('open with their key only, and not once altered', () => {
    const sealed = seal(key, 'EAAB-token');
    expect(sealed).not.toContain('EAAB');
    expect(seal(key, 'EAAB-token')).not.toBe(sealed);
    expect(open(key, sealed)).toBe('EAAB-token');
    expect(open(randomBytes(32), sealed)).toBeNull();
    const [v, iv, tag, data] = sealed.split('.');
    // The first character: the last one of unpadded base64url may carry only padding bits.
    const flipped = `${(data as string).startsWith('A') ? 'B' : 'A'}${(data as string).slice(1)}`;
    expect(open(key, [v, iv, tag, flipped].join('.'))).toBeNull();
    expect(open(key, 'not sealed')).toBeNull();
  });
});
