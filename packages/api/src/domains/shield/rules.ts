import type { ShieldBlockKind, ShieldReason, ShieldRules } from '@bosonline/contracts';

// The Order Shield's rules as plain functions of what the checkout knows: no database, no clock,
// so each rule is tested by hand (rules.test.ts) and the checkout's one call stays small.

/** What the shield looks at of one order. */
export interface BuyerFacts {
  name: string;
  address: string;
  note: string | null;
  /**
   * The store's orders from this phone / IP within the last hour (before this one), counted up to
   * the rule's limit (`velocityCaps`): enough to know whether the limit is reached, not how far past.
   */
  phoneOrders: number;
  ipOrders: number;
  /** null: the rule is off, or the number could not be checked (provider down or without look-up). */
  whatsappValid: boolean | null;
  /** Which of the buyer's phone, IP and device id are on the store's block lists. */
  blocked: ShieldBlockKind[];
}

const blockedText: Record<ShieldBlockKind, ShieldReason> = {
  phone: { code: 'blocked_phone', text: 'Nomor HP ada di daftar blokir toko' },
  ip: { code: 'blocked_ip', text: 'Alamat IP ada di daftar blokir toko' },
  device: { code: 'blocked_device', text: 'Perangkat ada di daftar blokir toko' },
};

/** The blocked words found as whole words (case-insensitive) in the name, address or note. */
export function blockedWordsIn(words: string[], ...texts: Array<string | null>): string[] {
  const found = new Set<string>();
  const haystack = texts.filter(Boolean).join('\n').toLowerCase();
  for (const word of words) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Letters and digits around the word make it part of another word ("tes" is not in "testimoni").
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(haystack)) found.add(word);
  }
  return [...found];
}

/**
 * How many of a buyer's orders in the last hour the velocity rules can need to count: each rule's
 * limit, 0 when it (or the shield) is off. The count past the limit changes no verdict.
 */
export function velocityCaps(rules: ShieldRules): { phone: number; ip: number } {
  if (!rules.enabled) return { phone: 0, ip: 0 };
  return { phone: rules.maxOrdersPerPhonePerHour, ip: rules.maxOrdersPerIpPerHour };
}

/**
 * Every rule the order breaks, in a fixed order. All rules are always evaluated (no early exit),
 * so which one caught a buyer never shows in how long the checkout took.
 */
export function shieldReasons(rules: ShieldRules, facts: BuyerFacts): ShieldReason[] {
  const reasons: ShieldReason[] = [];
  for (const kind of facts.blocked) reasons.push(blockedText[kind]);
  if (!rules.enabled) return reasons;
  const nameLength = facts.name.trim().length;
  if (nameLength < rules.minNameLength) {
    reasons.push({
      code: 'name_too_short',
      text: `Nama pembeli ${nameLength} huruf, minimal ${rules.minNameLength}`,
    });
  }
  const addressLength = facts.address.trim().length;
  if (addressLength < rules.minAddressLength) {
    reasons.push({
      code: 'address_too_short',
      text: `Alamat ${addressLength} karakter, minimal ${rules.minAddressLength}`,
    });
  }
  if (rules.maxOrdersPerPhonePerHour > 0 && facts.phoneOrders >= rules.maxOrdersPerPhonePerHour) {
    reasons.push({
      code: 'phone_velocity',
      text: `Lebih dari ${rules.maxOrdersPerPhonePerHour} pesanan dari nomor ini dalam 1 jam`,
    });
  }
  if (rules.maxOrdersPerIpPerHour > 0 && facts.ipOrders >= rules.maxOrdersPerIpPerHour) {
    reasons.push({
      code: 'ip_velocity',
      text: `Lebih dari ${rules.maxOrdersPerIpPerHour} pesanan dari IP ini dalam 1 jam`,
    });
  }
  if (rules.holdInvalidWhatsapp && facts.whatsappValid === false) {
    reasons.push({ code: 'whatsapp_invalid', text: 'Nomor HP tidak terdaftar di WhatsApp' });
  }
  const words = blockedWordsIn(rules.blockedWords, facts.name, facts.address, facts.note);
  if (words.length) {
    reasons.push({ code: 'blocked_word', text: `Kata terlarang: ${words.join(', ')}` });
  }
  return reasons;
}
