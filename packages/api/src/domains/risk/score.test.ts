import { describe, expect, it } from 'vitest';
import { jakartaHour, type RiskFeatures, scoreRisk } from './score.ts';

const wellAddressed = 'Jl. Melati No. 12 RT 03/RW 05, dekat masjid Al-Ikhlas';

const buyer = (over: Partial<RiskFeatures> = {}): RiskFeatures => ({
  past: { delivered: 0, returned: 0, canceled: 0 },
  pastOrders: 0,
  district: { ended: 0, returned: 0 },
  storeMedianTotal: 100_000,
  total: 100_000,
  hourJakarta: 14,
  address: wellAddressed,
  whatsapp: 'valid',
  recent: { lastHour: 0, lastDay: 0 },
  ...over,
});

/** A small deterministic generator (mulberry32) for the property checks below. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function anyFeatures(next: () => number): RiskFeatures {
  const int = (max: number) => Math.floor(next() * (max + 1));
  const ended = int(50);
  return {
    past: { delivered: int(6), returned: int(4), canceled: int(4) },
    pastOrders: int(12),
    district: { ended, returned: int(ended) },
    storeMedianTotal: next() < 0.2 ? null : 1 + int(500_000),
    total: int(5_000_000),
    hourJakarta: int(23),
    address: ['', 'Jl. A', wellAddressed, 'Perumahan Griya Asri Blok C2 no 7 RT 1 RW 2'][int(3)] ?? '',
    whatsapp: (['valid', 'invalid', 'unknown'] as const)[int(2)] ?? 'unknown',
    recent: { lastHour: int(3), lastDay: int(6) },
  };
}

describe('COD risk score', () => {
  it('scores a buyer with two returns above a buyer whose orders were delivered, and names the returns', () => {
    const returner = scoreRisk(buyer({ past: { delivered: 0, returned: 2, canceled: 0 }, pastOrders: 2 }));
    const loyal = scoreRisk(buyer({ past: { delivered: 3, returned: 0, canceled: 0 }, pastOrders: 3 }));
    expect(returner.score).toBeGreaterThan(loyal.score);
    expect(returner.reasons[0]).toMatchObject({
      code: 'past_returns',
      id: '2 pesanan sebelumnya dari nomor ini diretur (RTS)',
      en: '2 earlier order(s) from this number were returned (RTS)',
    });
    expect(loyal.reasons.map((r) => r.code)).toContain('good_history');
  });

  it('counts a district’s returns only once the store has shipped enough parcels there', () => {
    const few = scoreRisk(buyer({ district: { ended: 4, returned: 4 } }));
    const many = scoreRisk(buyer({ district: { ended: 40, returned: 20 } }));
    expect(few.reasons.map((r) => r.code)).not.toContain('district_returns');
    expect(many.reasons.find((r) => r.code === 'district_returns')?.id).toBe(
      '50% paket toko ini ke kecamatan tujuan diretur',
    );
    expect(many.score).toBeGreaterThan(few.score);
  });

  it('reads the address: length, RT/RW and a landmark word', () => {
    const codes = (address: string) => scoreRisk(buyer({ address })).reasons.map((r) => r.code);
    expect(codes('Jl. A 1')).toEqual(expect.arrayContaining(['short_address', 'no_rt_rw', 'no_landmark']));
    expect(codes(wellAddressed)).not.toEqual(expect.arrayContaining(['short_address']));
    expect(codes('Jalan Kenanga nomor 4 RT 02 RW 07 kelurahan Sukamaju')).toContain('no_landmark');
    expect(codes('Jalan Kenanga nomor 4 003/007 gang buntu samping warung')).not.toContain('no_rt_rw');
  });

  it('flags an invalid WhatsApp number, late-night orders, high values and bursts from one phone', () => {
    const codes = (over: Partial<RiskFeatures>) => scoreRisk(buyer(over)).reasons.map((r) => r.code);
    expect(codes({ whatsapp: 'invalid' })).toContain('whatsapp_invalid');
    expect(codes({ whatsapp: 'unknown' })).not.toContain('whatsapp_invalid');
    expect(codes({ hourJakarta: 2 })).toContain('night_time');
    expect(codes({ total: 450_000 })).toContain('high_value');
    expect(codes({ storeMedianTotal: null, total: 9_000_000 })).not.toContain('high_value');
    expect(codes({ recent: { lastHour: 2, lastDay: 2 } })).toContain('velocity');
  });

  it('knows the hour in Jakarta', () => {
    expect(jakartaHour(new Date('2026-12-06T18:30:00Z'))).toBe(1);
    expect(jakartaHour(new Date('2026-12-06T03:00:00Z'))).toBe(10);
  });

  it('always answers 0–1 with at most four reasons, strongest first, each one applying', () => {
    const next = random(18);
    for (let i = 0; i < 2_000; i += 1) {
      const features = anyFeatures(next);
      const { score, reasons } = scoreRisk(features);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
      expect(reasons.length).toBeLessThanOrEqual(4);
      for (const [a, b] of reasons.slice(1).map((r, k) => [reasons[k], r] as const)) {
        expect(Math.abs(a?.weight ?? 0)).toBeGreaterThanOrEqual(Math.abs(b.weight));
      }
      expect(reasons.every((r) => r.weight !== 0 && r.id.length > 0 && r.en.length > 0)).toBe(true);
    }
  });

  it('never lowers the score for one more return, nor raises it for one more delivery', () => {
    const next = random(7);
    for (let i = 0; i < 1_000; i += 1) {
      const f = anyFeatures(next);
      const more = { ...f, past: { ...f.past, returned: f.past.returned + 1 } };
      expect(scoreRisk(more).score).toBeGreaterThanOrEqual(scoreRisk(f).score);
      const delivered = { ...f, past: { ...f.past, delivered: f.past.delivered + 1 } };
      expect(scoreRisk(delivered).score).toBeLessThanOrEqual(scoreRisk(f).score);
    }
  });
});
