import { createHash } from 'node:crypto';
import type { ConversionUser } from '../../ports/conversions/port.ts';

// The buyer's details normalised as both platforms ask before hashing: e-mail lower-case and
// trimmed, phone as E.164 digits (62…), names lower-case without punctuation, city without spaces.

/** Lower-case letters and digits of any script, nothing else (Meta's "no punctuation"). */
const plain = (value: string) =>
  value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .trim();

/** First and last name from one "name" field (Indonesian names often have one word only). */
export function splitName(name: string): { firstName: string | null; lastName: string | null } {
  const words = plain(name).split(/\s+/).filter(Boolean);
  if (words.length === 0) return { firstName: null, lastName: null };
  return { firstName: words[0] ?? null, lastName: words.length > 1 ? (words.at(-1) ?? null) : null };
}

/** `Kota Bandung` → `bandung`, `Kab. Bogor` → `bogor`: the city's name without its kind. */
export function normalCity(name: string | null): string | null {
  if (!name) return null;
  const city = plain(name.replace(/^(kota|kabupaten|kab\.?)\s+/i, '')).replace(/\s+/g, '');
  return city || null;
}

/** Digits only, with Indonesia's country code: `0812…`, `+62 812…` and `62812…` are one number. */
export function normalPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.startsWith('62')) return digits;
  if (digits.startsWith('0')) return `62${digits.slice(1)}`;
  return `62${digits}`;
}

export function buyerOf(order: {
  storeId: string;
  buyerName: string;
  buyerPhone: string;
  buyerEmail: string | null;
  city: string | null;
  zip: string | null;
  clientIp: string | null;
  userAgent: string | null;
}): ConversionUser {
  const phone = normalPhone(order.buyerPhone);
  const email = order.buyerEmail?.trim().toLowerCase() || null;
  return {
    email,
    phone,
    ...splitName(order.buyerName),
    city: normalCity(order.city),
    zip: order.zip?.replace(/\s+/g, '') || null,
    country: 'id',
    // Stable per buyer and store, and not the phone itself.
    externalId: createHash('sha256').update(`${order.storeId}:${phone}`).digest('hex').slice(0, 32),
    clientIp: order.clientIp,
    userAgent: order.userAgent,
  };
}
