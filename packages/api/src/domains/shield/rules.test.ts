import { defaultShieldRules, shieldRulesSchema } from '@bosonline/contracts';
import { describe, expect, it } from 'vitest';
import { blockedWordsIn, shieldReasons, velocityCaps } from './rules.ts';

const ordinary = {
  name: 'Siti Aminah',
  address: 'Jl. Melati No. 4 RT 02/RW 05, dekat masjid',
  note: null,
  phoneOrders: 1,
  ipOrders: 4,
  whatsappValid: true,
  blocked: [],
};

describe('shield rules', () => {
  it('hold no ordinary buyer with the defaults, short names like "Li" included', () => {
    expect(shieldReasons(defaultShieldRules, ordinary)).toEqual([]);
    expect(shieldReasons(defaultShieldRules, { ...ordinary, name: 'Li', address: 'Jl. Uji 1' })).toEqual([]);
  });

  it('name every rule an order breaks, all of them evaluated', () => {
    const rules = shieldRulesSchema.parse({
      minNameLength: 3,
      minAddressLength: 20,
      maxOrdersPerPhonePerHour: 2,
      maxOrdersPerIpPerHour: 3,
      blockedWords: ['Palsu'],
    });
    const reasons = shieldReasons(rules, {
      name: 'Al',
      address: 'Jl. Palsu',
      note: null,
      phoneOrders: 2,
      ipOrders: 3,
      whatsappValid: false,
      blocked: ['device'],
    });
    expect(reasons.map((r) => r.code)).toEqual([
      'blocked_device',
      'name_too_short',
      'address_too_short',
      'phone_velocity',
      'ip_velocity',
      'whatsapp_invalid',
      'blocked_word',
    ]);
  });

  it('match blocked words as whole words only, whatever their case', () => {
    expect(blockedWordsIn(['tes', 'cod palsu'], 'Testimoni bagus', 'Ini COD Palsu!')).toEqual(['cod palsu']);
    expect(blockedWordsIn(['tes'], 'tes')).toEqual(['tes']);
  });

  it('still hold block list matches when the form turned its rules off', () => {
    const off = shieldRulesSchema.parse({ enabled: false, minNameLength: 50 });
    expect(shieldReasons(off, { ...ordinary, blocked: ['phone'] }).map((r) => r.code)).toEqual([
      'blocked_phone',
    ]);
  });

  it("count a buyer's orders of the last hour only as far as the velocity rules look", () => {
    const rules = shieldRulesSchema.parse({ maxOrdersPerPhonePerHour: 2, maxOrdersPerIpPerHour: 0 });
    expect(velocityCaps(rules)).toEqual({ phone: 2, ip: 0 });
    expect(velocityCaps({ ...rules, enabled: false, maxOrdersPerIpPerHour: 9 })).toEqual({ phone: 0, ip: 0 });
    // Counted up to the limit, the reason cannot claim a number it did not count.
    const [reason] = shieldReasons(rules, { ...ordinary, phoneOrders: 2 });
    expect(reason?.text).toBe('Lebih dari 2 pesanan dari nomor ini dalam 1 jam');
  });
});
