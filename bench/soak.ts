// Soak: one real server process (`cli start`, as production runs it) under mixed traffic for
// SOAK_SECONDS (default 600): buyers load the form and order (COD and bank transfer), the seller
// pages the order list and corrects customers of unpaid orders. The server's RSS is sampled every
// SOAK_SAMPLE_SECONDS; after the first minute (warm-up: JIT, pools, caches filling) it must stay
// flat. Traffic is open-loop at fixed rates (SOAK_RATE scales them all), so a slower server shows
// as latency and dropped requests, not as less load. Result: results/soak-<db>.json.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '@bosonline/db/testing';
import { loadConfig, openConfiguredDatabase, seedDemo } from '@bosonline/server';
import { startServerProcess } from '@bosonline/server/testing/server-process';
import { writeResults } from './lib/report.ts';

const seconds = Number(process.env.SOAK_SECONDS ?? 600);
const sampleSeconds = Number(process.env.SOAK_SAMPLE_SECONDS ?? 5);
const scale = Number(process.env.SOAK_RATE ?? 1);
/** Requests per second of each kind. */
const rates = {
  formLoad: 30 * scale,
  checkout: 15 * scale,
  orderList: 8 * scale,
  customerEdit: 3 * scale,
};
/** Past this many requests waiting for answers, new ones are dropped (and counted). */
const maxInFlight = 64;
const warmUpSeconds = Math.min(60, seconds / 4);
const formId = 'd9cc7807-36c2-4eb1-b910-ece18a1bbb6e';
const skus = ['BAT-AA-001-01', 'BAT-AA-001-02'];
const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0)}s] ${line}`);

// A database holding the demo store, stock for every order of the run, then the server over it.
const postgres = Boolean(process.env.DATABASE_URL);
const redisUrl = process.env.SOAK_REDIS_URL;
const dataDir = postgres ? undefined : mkdtempSync(join(tmpdir(), 'bos-soak-'));
let databaseUrl: string | undefined;
let dropDatabase = async () => {};
{
  const database = postgres
    ? await createTestDatabase()
    : await openConfiguredDatabase(loadConfig({ DATA_DIR: dataDir as string }));
  await database.migrate();
  await seedDemo(database.prisma);
  await database.prisma.stock.updateMany({
    where: { variant: { sku: { in: skus } } },
    data: { quantity: 100_000_000 },
  });
  if (postgres) {
    databaseUrl = (database as { url?: string }).url;
    dropDatabase = () => database.close();
  } else {
    await database.close();
  }
}
const server = await startServerProcess({
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: dataDir as string }),
  ACCESS_TOKEN_TTL: '86400',
  NODE_ENV: 'production',
  // Jobs (and cache, limits) in Redis instead of this process's memory, as a scaled-out deployment.
  ...(redisUrl ? { REDIS_URL: redisUrl, REDIS_PREFIX: `soak-${process.pid}:` } : {}),
  // e.g. --heapsnapshot-signal=SIGUSR2 to look into a growing RSS.
  ...(process.env.SOAK_NODE_OPTIONS ? { NODE_OPTIONS: process.env.SOAK_NODE_OPTIONS } : {}),
});
const pid = server.child.pid as number;
log(`server ${server.url} (pid ${pid}) on ${postgres ? 'PostgreSQL' : 'PGlite'}`);

const login = await fetch(`${server.url}/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ login: 'demo@bosonline.id', password: 'demo12345' }),
});
const { access_token: token } = ((await login.json()) as { data: { access_token: string } }).data;
const seller = { authorization: `Bearer ${token}` };

/** Buyers come from many addresses (the balancer's X-Forwarded-For), as the per-IP limits expect. */
let n = 0;
const buyer = () => ({ 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` });
/** Unpaid bank-transfer orders the seller may still correct, newest last. */
const editable: string[] = [];

type Kind = keyof typeof rates;
const actions: Record<Kind, () => Promise<Response>> = {
  formLoad: () => fetch(`${server.url}/order/${formId}/form`, { headers: buyer() }),
  checkout: () => {
    n += 1;
    const cod = n % 2 === 0;
    return fetch(`${server.url}/order/${formId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `soak-${n}-${started}`, ...buyer() },
      body: JSON.stringify({
        receiver: {
          receiver_name: `Pembeli ${n}`,
          receiver_phone: `0813${String(n).padStart(8, '0')}`,
          receiver_addr_id: 15022,
          receiver_address: 'Jl. Soak 1',
        },
        items: {
          service_code: '00',
          courier_code: 'idx',
          payment_method: cod ? { type: 'cod', bank: null } : { type: 'bank_transfer', bank: 'BCA' },
          wa_validation: false,
          order_items: [{ item_sku: skus[n % skus.length], item_qty: 1 }],
        },
      }),
    });
  },
  orderList: async () => {
    const res = await fetch(`${server.url}/store/order?status=unpaid&limit=20`, { headers: seller });
    if (res.ok) {
      const body = (await res.clone().json()) as { data: { items: Array<{ invoice: string }> } };
      editable.splice(0, editable.length, ...body.data.items.map((o) => o.invoice).reverse());
    }
    return res;
  },
  customerEdit: () => {
    const invoice = editable.pop() ?? 'INV57123';
    return fetch(`${server.url}/store/order/${invoice}/detail/customer`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...seller },
      body: JSON.stringify({
        customer_name: `Pelanggan ${n}`,
        customer_phone: '081765123451',
        customer_email: 'soak@example.com',
        addr_id: 76518,
        city: 'Sidoarjo',
        district: 'Buduran',
        customer_address: 'Desa Banjarkemantren',
      }),
    });
  },
};

const stats = Object.fromEntries(
  (Object.keys(rates) as Kind[]).map((kind) => [
    kind,
    { sent: 0, ok: 0, dropped: 0, statuses: {} as Record<string, number>, latencies: [] as number[] },
  ]),
) as Record<
  Kind,
  { sent: number; ok: number; dropped: number; statuses: Record<string, number>; latencies: number[] }
>;
/** The first few distinct failures, with what the server said. */
const errors: Array<{ kind: Kind; at: number; status: number | string; body: string }> = [];
let inFlight = 0;
/** Answered, but not with 200 (or not at all). */
let failures = 0;

async function fire(kind: Kind) {
  const s = stats[kind];
  if (inFlight >= maxInFlight) {
    s.dropped += 1;
    return;
  }
  inFlight += 1;
  s.sent += 1;
  const t0 = performance.now();
  let status: number | string;
  let body = '';
  try {
    const res = await actions[kind]();
    status = res.status;
    body = await res.text();
  } catch (error) {
    status = (error as Error).message;
  }
  inFlight -= 1;
  s.latencies.push(performance.now() - t0);
  s.statuses[status] = (s.statuses[status] ?? 0) + 1;
  if (status === 200) s.ok += 1;
  else failures += 1;
  if (status !== 200 && errors.length < 20)
    errors.push({
      kind,
      at: Math.round((performance.now() - started) / 1000),
      status,
      body: body.slice(0, 300),
    });
}

const rssMb = () => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? Math.round(Number(line[1]) / 102.4) / 10 : Number.NaN;
};
const samples: Array<{ t: number; rssMb: number; requests: number; failed: number }> = [];
const total = () => Object.values(stats).reduce((sum, s) => sum + s.sent, 0);
const failed = () => failures;

// Each kind gets its share every 100 ms (fractions carried over), whatever the answers do.
const soakStart = performance.now();
const owed = Object.fromEntries(Object.keys(rates).map((k) => [k, 0])) as Record<Kind, number>;
const pacer = setInterval(() => {
  for (const kind of Object.keys(rates) as Kind[]) {
    owed[kind] += rates[kind] / 10;
    for (; owed[kind] >= 1; owed[kind] -= 1) void fire(kind);
  }
}, 100);
const sample = () => {
  const t = Math.round((performance.now() - soakStart) / 1000);
  samples.push({ t, rssMb: rssMb(), requests: total(), failed: failed() });
  const last = samples.at(-1);
  if (last && (t % 30 < sampleSeconds || t >= seconds))
    log(
      `t=${t}s rss ${last.rssMb} MB, ${last.requests} requests, ${last.failed} failed, ${inFlight} in flight`,
    );
};
sample();
const sampler = setInterval(sample, sampleSeconds * 1000);
await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
clearInterval(pacer);
clearInterval(sampler);
sample();
// Let the last answers come in before the server stops.
while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 50));
await server.stop();
await dropDatabase();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
/** Least-squares slope of RSS over time, in MB per minute. */
function slope(points: typeof samples): number {
  const ts = points.map((p) => p.t / 60);
  const ys = points.map((p) => p.rssMb);
  const tm = mean(ts);
  const ym = mean(ys);
  const num = ts.reduce((sum, t, i) => sum + (t - tm) * ((ys[i] as number) - ym), 0);
  const den = ts.reduce((sum, t) => sum + (t - tm) ** 2, 0);
  return den === 0 ? 0 : num / den;
}
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
};
const afterWarmUp = samples.filter((s) => s.t >= warmUpSeconds);
const window = Math.min(60, seconds / 4);
const summary = {
  seconds,
  ratesPerSecond: rates,
  rssMb: {
    firstMinuteAvg: round(mean(samples.filter((s) => s.t <= window).map((s) => s.rssMb))),
    lastMinuteAvg: round(mean(samples.filter((s) => s.t >= seconds - window).map((s) => s.rssMb))),
    max: Math.max(...samples.map((s) => s.rssMb)),
    slopeAfterWarmUpMbPerMin: round(slope(afterWarmUp), 2),
  },
  requests: total(),
  failed: failed(),
  byKind: Object.fromEntries(
    Object.entries(stats).map(([kind, s]) => [
      kind,
      {
        sent: s.sent,
        ok: s.ok,
        dropped: s.dropped,
        statuses: s.statuses,
        p50Ms: percentile(s.latencies, 50),
        p99Ms: percentile(s.latencies, 99),
      },
    ]),
  ),
  errors,
};
log(JSON.stringify({ rssMb: summary.rssMb, requests: summary.requests, failed: summary.failed }));
const path = writeResults(`soak-${postgres ? 'postgres' : 'pglite'}${redisUrl ? '-redis' : ''}.json`, {
  ...summary,
  samples,
});
log(`written ${path}`);
if (summary.failed > 0) process.exitCode = 1;
