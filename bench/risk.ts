// COD risk, measured: a deterministic store history with known outcomes (buyers who accept their
// parcels, buyers who often refuse them, fake orders; districts with different return rates),
// then held-out orders scored exactly as checkout scores them (the same one-statement feature read
// against the database, the same pure score) and compared with how they really ended. Reports
// precision and recall of "risky" (score ≥ the default threshold) against "returned (RTS)", and
// the same at a few other thresholds, to bench/results/risk-<database>.json.

import { defaultRiskThreshold, loadRiskFeatures, ManualClock, scoreRisk } from '@bosonline/api';
import { createTestDatabase } from '@bosonline/db/testing';
import { buildStores } from './lib/catalog-data.ts';
import { writeResults } from './lib/report.ts';

const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${line}`);

/** mulberry32: the same history on every run and machine. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(20261207);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

// Buyer behaviours: how often their parcels come back, how they write addresses, when they order.
const behaviours = {
  reliable: { share: 0.6, rts: 0.04, cancel: 0.03, goodAddress: 0.85, night: 0.03, value: 1 },
  flaky: { share: 0.25, rts: 0.3, cancel: 0.1, goodAddress: 0.6, night: 0.08, value: 1.2 },
  fake: { share: 0.15, rts: 0.8, cancel: 0.1, goodAddress: 0.15, night: 0.35, value: 2.5 },
} as const;
type Behaviour = keyof typeof behaviours;
/** Return rates of the store's parcels per destination district (12 districts). */
const districtRts = [0.02, 0.03, 0.05, 0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.3, 0.4, 0.5];
const buyers = 1_200;
const historyDays = 120;
const day = 86_400_000;

const goodAddresses = [
  'Jl. Melati No. 12 RT 03/RW 05, dekat masjid Al-Ikhlas',
  'Perum Griya Asri Blok C2 no 7 RT 1 RW 2, depan warung Bu Sri',
  'Gang Kenari 4 RT 006 RW 002, samping sekolah dasar',
];
const poorAddresses = ['Jl. Mawar', 'rumah', 'Jl. Sudirman 5', 'komplek blok A'];

const database = await createTestDatabase();
const db = database.prisma;
await buildStores(db, 1, log);
const [ids] = await db.$queryRaw<Array<{ storeId: string; warehouseId: string }>>`
  SELECT bench_uuid('store1')::text AS "storeId", bench_uuid('wh1')::text AS "warehouseId"`;
if (!ids) throw new Error('store 1 was not built');
const { storeId, warehouseId } = ids;
// One subdistrict in each of 12 districts.
const regions = (
  await db.$queryRaw<Array<{ id: number }>>`
    SELECT DISTINCT ON ("parentId") "id" FROM "Region" WHERE "level" = 'subdistrict'
    ORDER BY "parentId", "id" LIMIT ${districtRts.length}`
).map((r) => r.id);
if (regions.length < districtRts.length) throw new Error('the region dataset has too few districts');

interface Planned {
  phone: string;
  behaviour: Behaviour;
  district: number;
  address: string;
  at: Date;
  total: number;
  outcome: 'delivered' | 'returned' | 'canceled';
}

const end = new Date(Date.UTC(2026, 10, 30, 5));
const history: Planned[] = [];
const heldOut: Planned[] = [];
for (let b = 0; b < buyers; b += 1) {
  const roll = next();
  const behaviour: Behaviour =
    roll < behaviours.reliable.share
      ? 'reliable'
      : roll < behaviours.reliable.share + behaviours.flaky.share
        ? 'flaky'
        : 'fake';
  const trait = behaviours[behaviour];
  const phone = `62813${String(10_000_000 + b)}`;
  const district = Math.floor(next() * districtRts.length);
  const address = next() < trait.goodAddress ? pick(goodAddresses) : pick(poorAddresses);
  // Fake numbers rarely come back for a second order; reliable buyers do.
  const count = behaviour === 'fake' ? 1 + Math.floor(next() * 2) : 1 + Math.floor(next() * 5);
  for (let k = 0; k < count; k += 1) {
    const last = k === count - 1;
    const hour = next() < trait.night ? Math.floor(next() * 5) : 8 + Math.floor(next() * 14);
    const dayOffset = last ? historyDays + Math.floor(next() * 10) : Math.floor(next() * historyDays);
    const at = new Date(
      end.getTime() - (historyDays + 10) * day + dayOffset * day + ((hour + 17) % 24) * 3_600_000,
    );
    const rts = Math.min(0.95, trait.rts + (districtRts[district] ?? 0) * 0.8);
    const r = next();
    const outcome = r < trait.cancel ? 'canceled' : r < trait.cancel + rts ? 'returned' : 'delivered';
    const total = Math.round((60_000 + next() * 120_000) * trait.value);
    (last ? heldOut : history).push({ phone, behaviour, district, address, at, total, outcome });
  }
}

// The history, written as the checkout writes orders (one row per order, ended as it ended).
const rows = history.map((o, n) => ({
  n,
  phone: o.phone,
  status: o.outcome,
  regionId: regions[o.district],
  address: o.address,
  total: o.total,
  at: o.at.toISOString(),
}));
for (let from = 0; from < rows.length; from += 2_000) {
  await db.$executeRaw`
    INSERT INTO "Order" ("id", "storeId", "invoice", "status", "paymentMethod", "buyerName", "buyerPhone",
      "regionId", "address", "senderWarehouseId", "courierCode", "serviceCode", "weightGrams", "itemCount",
      "itemsTotal", "shippingCost", "total", "createdAt", "updatedAt")
    SELECT gen_random_uuid(), ${storeId}::uuid, 'INV' || (x."n" + 1), x."status"::"OrderStatus", 'cod', 'Pembeli',
      x."phone", x."regionId", x."address", ${warehouseId}::uuid, 'idx', 'REG', 250, 1, x."total", 0, x."total",
      x."at"::timestamp, x."at"::timestamp
    FROM json_to_recordset(${JSON.stringify(rows.slice(from, from + 2_000))}::json)
      AS x("n" int, "phone" text, "status" text, "regionId" int, "address" text, "total" int, "at" text)`;
}
await db.$executeRawUnsafe('ANALYZE "Order"');
log(`${history.length} orders of history, ${heldOut.length} held-out orders`);

// Scored as checkout scores them, at the time each was placed (whatsApp: not looked up).
const scored: Array<{ score: number; returned: boolean; behaviour: Behaviour; ms: number }> = [];
for (const o of heldOut.filter((h) => h.outcome !== 'canceled')) {
  const clock = new ManualClock(o.at);
  const t0 = performance.now();
  const features = await loadRiskFeatures(
    { db, clock },
    {
      storeId,
      phone: o.phone,
      regionId: regions[o.district] as number,
      total: o.total,
      address: o.address,
      whatsappValid: null,
    },
  );
  const { score } = scoreRisk(features);
  scored.push({
    score,
    returned: o.outcome === 'returned',
    behaviour: o.behaviour,
    ms: performance.now() - t0,
  });
}

function at(threshold: number) {
  const tp = scored.filter((s) => s.score >= threshold && s.returned).length;
  const fp = scored.filter((s) => s.score >= threshold && !s.returned).length;
  const fn = scored.filter((s) => s.score < threshold && s.returned).length;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    threshold,
    flagged: tp + fp,
    precision: tp + fp ? round(tp / (tp + fp)) : null,
    recall: tp + fn ? round(tp / (tp + fn)) : null,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
  };
}
const returned = scored.filter((s) => s.returned).length;
const latencies = scored.map((s) => s.ms).sort((a, b) => a - b);
const quantile = (q: number) =>
  Math.round((latencies[Math.floor(q * (latencies.length - 1))] ?? 0) * 100) / 100;
const meanBy = (behaviour: Behaviour) => {
  const own = scored.filter((s) => s.behaviour === behaviour);
  return Math.round((own.reduce((sum, s) => sum + s.score, 0) / Math.max(1, own.length)) * 1000) / 1000;
};
const results = {
  history: history.length,
  heldOut: scored.length,
  baseRateRts: Math.round((returned / scored.length) * 1000) / 1000,
  defaultThreshold: at(defaultRiskThreshold),
  otherThresholds: [0.3, 0.4, 0.5, 0.7].map(at),
  meanScoreByBehaviour: { reliable: meanBy('reliable'), flaky: meanBy('flaky'), fake: meanBy('fake') },
  featureReadMs: { p50: quantile(0.5), p99: quantile(0.99) },
};
console.log(JSON.stringify(results, null, 2));
const suffix = process.env.DATABASE_URL ? 'postgres' : 'pglite';
log(`written to ${writeResults(`risk-${suffix}.json`, results)}`);
await database.close();
