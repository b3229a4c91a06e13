import type { RiskReason, RiskReasonCode } from '@bosonline/contracts';

// The COD risk score: how likely this order is to come back (RTS) or never be accepted, from facts
// of the store's own history and of the order itself. Pure, so it is tested without a database
// and the bench measures exactly what checkout runs. Additive weights rather than a fitted model:
// every point of the score is explained by a named reason a seller can read and argue with.

export interface RiskFeatures {
  /** This phone's earlier orders in this store that ended. */
  past: { delivered: number; returned: number; canceled: number };
  /** Earlier orders of this phone in this store, in any status (0: a first-time buyer). */
  pastOrders: number;
  /** The store's orders to this district that ended delivered or returned. */
  district: { ended: number; returned: number };
  /** The store's median order total lately; null while it has too few orders. */
  storeMedianTotal: number | null;
  total: number;
  /** Hour of the day in Asia/Jakarta, 0–23. */
  hourJakarta: number;
  address: string;
  whatsapp: 'valid' | 'invalid' | 'unknown';
  /** Orders of this phone in this store just before this one. */
  recent: { lastHour: number; lastDay: number };
}

export interface RiskAssessment {
  /** 0–1, three decimals. */
  score: number;
  /** The strongest reasons first (at most `maxReasons`). */
  reasons: RiskReason[];
}

const base = 0.05;
export const maxReasons = 4;
/** A district's rate counts only once the store has shipped this many parcels there. */
export const minDistrictParcels = 5;

/** Words buyers use to point a courier at the house; an address with one is easier to deliver to. */
const landmark =
  /\b(dekat|depan|samping|sebelah|belakang|seberang|gang|gg|masjid|musholla|mushola|gereja|sekolah|pasar|warung|toko|kantor|pertigaan|perempatan|tikungan)\b/i;
const rtRw = /\b(rt|rw)\s*[.:/-]?\s*\d{1,3}\b|\b\d{1,3}\s*\/\s*\d{1,3}\b/i;

type Texts = Record<RiskReasonCode, (f: RiskFeatures) => { id: string; en: string }>;

const texts: Texts = {
  past_returns: (f) => ({
    id: `${f.past.returned} pesanan sebelumnya dari nomor ini diretur (RTS)`,
    en: `${f.past.returned} earlier order(s) from this number were returned (RTS)`,
  }),
  past_cancellations: (f) => ({
    id: `${f.past.canceled} pesanan sebelumnya dari nomor ini dibatalkan`,
    en: `${f.past.canceled} earlier order(s) from this number were canceled`,
  }),
  good_history: (f) => ({
    id: `${f.past.delivered} pesanan sebelumnya dari nomor ini diterima`,
    en: `${f.past.delivered} earlier order(s) from this number were delivered`,
  }),
  district_returns: (f) => {
    const rate = Math.round((100 * f.district.returned) / Math.max(1, f.district.ended));
    return {
      id: `${rate}% paket toko ini ke kecamatan tujuan diretur`,
      en: `${rate}% of this store's parcels to the destination district were returned`,
    };
  },
  high_value: () => ({
    id: 'Nilai pesanan jauh di atas median toko',
    en: "Order value well above the store's median",
  }),
  first_order: () => ({ id: 'Pembeli baru di toko ini', en: 'First order from this buyer' }),
  night_time: () => ({ id: 'Dipesan larut malam (WIB)', en: 'Placed late at night (WIB)' }),
  short_address: () => ({ id: 'Alamat terlalu pendek', en: 'Address is very short' }),
  no_rt_rw: () => ({ id: 'Alamat tanpa RT/RW', en: 'Address has no RT/RW' }),
  no_landmark: () => ({
    id: 'Alamat tanpa patokan (mis. dekat, depan, gang, masjid)',
    en: 'Address has no landmark (e.g. dekat, depan, gang, masjid)',
  }),
  whatsapp_invalid: () => ({ id: 'Nomor tidak terdaftar di WhatsApp', en: 'Number is not on WhatsApp' }),
  velocity: (f) => ({
    id: `${f.recent.lastHour} pesanan dari nomor ini dalam 1 jam terakhir, ${f.recent.lastDay} dalam 24 jam`,
    en: `${f.recent.lastHour} order(s) from this number in the last hour, ${f.recent.lastDay} in 24 hours`,
  }),
};

/** What each reason adds for these features (0: it does not apply). */
function weights(f: RiskFeatures): Record<RiskReasonCode, number> {
  const { delivered, returned, canceled } = f.past;
  const districtRate = f.district.ended >= minDistrictParcels ? f.district.returned / f.district.ended : 0;
  const valueRatio = f.storeMedianTotal && f.storeMedianTotal > 0 ? f.total / f.storeMedianTotal : 1;
  const address = f.address.trim();
  return {
    // Returns weigh most, and more the larger their share of the buyer's parcels.
    past_returns:
      returned > 0
        ? Math.min(0.55, 0.2 + 0.1 * (returned - 1) + 0.2 * (returned / (returned + delivered)))
        : 0,
    past_cancellations: Math.min(0.15, 0.05 * canceled),
    good_history: delivered > 0 && returned === 0 ? -Math.min(0.3, 0.12 * delivered) : 0,
    district_returns: Math.min(0.3, Math.max(0, districtRate - 0.1) * 0.9),
    high_value: valueRatio >= 4 ? 0.15 : valueRatio >= 2 ? 0.08 : 0,
    first_order: f.pastOrders === 0 ? 0.1 : 0,
    night_time: f.hourJakarta >= 0 && f.hourJakarta < 5 ? 0.07 : 0,
    short_address: address.length < 25 ? 0.12 : 0,
    no_rt_rw: rtRw.test(address) ? 0 : 0.05,
    no_landmark: landmark.test(address) ? 0 : 0.04,
    whatsapp_invalid: f.whatsapp === 'invalid' ? 0.25 : 0,
    velocity: f.recent.lastHour >= 2 ? 0.25 : f.recent.lastDay >= 3 ? 0.12 : 0,
  };
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/** The score and its top reasons (by how much each moved the score, either way). */
export function scoreRisk(features: RiskFeatures): RiskAssessment {
  const contributions = Object.entries(weights(features)) as Array<[RiskReasonCode, number]>;
  const sum = contributions.reduce((total, [, weight]) => total + weight, base);
  const score = round(Math.min(1, Math.max(0, sum)), 3);
  const reasons = contributions
    .filter(([, weight]) => weight !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0].localeCompare(b[0]))
    .slice(0, maxReasons)
    .map(([code, weight]) => ({ code, weight: round(weight, 3), ...texts[code](features) }));
  return { score, reasons };
}

/** The hour in Asia/Jakarta (UTC+7, no daylight saving) of an instant. */
export function jakartaHour(at: Date): number {
  return (at.getUTCHours() + 7) % 24;
}
