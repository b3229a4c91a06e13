// The platform admin's figures and order list at scale: 1 000 000 orders across 1 000 stores (the
// order benches' history, lib/order-data.ts). Measures Header Summary, Revenue over 90 days, Get
// Top Seller and the admin Order List (newest first, one seller's stores, a phone search) over
// HTTP with one connection, and records the query plans behind the dashboard's sums.

import { hashPassword } from '@bosonline/api';
import { createTestDatabase } from '@bosonline/db/testing';
import { buildOrders, orders, phoneOf, stores } from './lib/order-data.ts';
import { load, writeResults } from './lib/report.ts';
import { startBenchServer } from './lib/server.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);

const database = await createTestDatabase();
const db = database.prisma;
const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${line}`);

await buildOrders(db, log);
await db.adminUser.create({
  data: {
    name: 'Bench Admin',
    email: 'admin@bench.id',
    passwordHash: await hashPassword('bench12345'),
    role: 'superadmin',
  },
});

const server = await startBenchServer(database);
const res = await fetch(`${server.url}/admin/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'admin@bench.id', password: 'bench12345' }),
});
const token = ((await res.json()) as { data: { access_token: string } }).data.access_token;
const headers = { authorization: `Bearer ${token}` };

const day = (daysAgo: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(
    new Date(Date.now() - daysAgo * 86_400_000),
  );
const last = (days: number) => `from=${day(days)}&to=${day(0)}`;
// Store 5's owner (a seller with ~1 000 orders), and the start of a phone typed the local way.
const [seller] = await db.$queryRaw<Array<{ id: string }>>`SELECT bench_uuid('user5')::text AS "id"`;
const typed = `0${phoneOf(4242).slice(2, 10)}`;
const scenarios: Array<[string, string]> = [
  ['header summary: today vs yesterday, whole history', '/admin/dashboard/summary'],
  ['header summary: last 30 days', `/admin/dashboard/summary?${last(30)}`],
  ['revenue: 90 days per day', `/admin/dashboard/revenue?${last(90)}`],
  ['revenue: 90 days per week, COD', `/admin/dashboard/revenue?${last(90)}&period=week&payment_method=cod`],
  ['top sellers: 30 days', `/admin/dashboard/top-sellers?${last(30)}&limit=10`],
  ['top sellers: 90 days', `/admin/dashboard/top-sellers?${last(90)}&limit=10`],
  ['order list: every store, newest first', '/admin/orders?limit=20'],
  ['order list: one seller', `/admin/orders?seller_id=${seller?.id}&limit=20`],
  ['order list: phone search, every store', `/admin/orders?q=${typed}&limit=20`],
];
await load('warm-up', `${server.url}/admin/orders?limit=20`, { seconds: 3, headers });
const runs = [];
for (const [name, path] of scenarios) {
  const run = await load(name, `${server.url}${path}`, { seconds, headers, connections: 1 });
  if (run.non2xx || run.errors)
    throw new Error(`${name}: ${run.non2xx} non-2xx answers, ${run.errors} errors`);
  runs.push({ ...run, path });
  log(`${name}: p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, ${run.requestsPerSecond} req/s`);
}
await server.close();

const plan = async (sql: string) =>
  (await db.$queryRawUnsafe<Array<{ 'QUERY PLAN': string }>>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`))
    .map((r) => r['QUERY PLAN'])
    .join('\n');
const plans = {
  revenue90Days: await plan(`SELECT to_char(r."day", 'YYYY-MM-DD'), sum(r."orders"), sum(r."revenue")
    FROM "StoreDailyRollup" r WHERE r."day" >= '${day(90)}'::date AND r."day" <= '${day(0)}'::date
      AND r."orders" <> 0 AND r."status" <> 'canceled' GROUP BY 1`),
  topSellers30Days:
    await plan(`SELECT s."ownerId", sum(r."orders"), sum(r."revenue") FROM "StoreDailyRollup" r
    JOIN "Store" s ON s."id" = r."storeId"
    WHERE r."day" >= '${day(30)}'::date AND r."orders" <> 0 AND r."status" <> 'canceled'
    GROUP BY 1 ORDER BY 3 DESC LIMIT 10`),
};
const [rollup] = await db.$queryRaw<Array<{ rollupRows: number }>>`
  SELECT count(*)::int AS "rollupRows" FROM "StoreDailyRollup"`;
const file = writeResults('admin.json', {
  database: database.kind,
  orders,
  stores,
  rollupRows: rollup?.rollupRows,
  seconds,
  connections: 1,
  runs,
  targets: { p99Ms: 300 },
  plans,
});
console.table(runs.map(({ path: _path, ...r }) => r));
console.log(`written to bench/${file}`);
await database.close();
process.exit(0);
