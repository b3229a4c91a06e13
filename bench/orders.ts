// Order management at scale: 1 000 000 orders across 1 000 stores, the biggest holding 200 000.
// Measures Order List (status tab + date range + phone search), Recap Order List and the Store
// recaps for the biggest store over HTTP, and records the query plans behind them. The orders are
// written with plain SQL, so the rollup triggers keep StoreDailyRollup as they go (load time
// includes them).

import { createTestDatabase } from '@bosonline/db/testing';
import { biggest, buildOrders, orders, phoneOf, stores } from './lib/order-data.ts';
import { load, writeResults } from './lib/report.ts';
import { startBenchServer } from './lib/server.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);

const database = await createTestDatabase();
const db = database.prisma;
const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${line}`);

await buildOrders(db, log);

const server = await startBenchServer(database);
const headers = await server.login('seller1@bench.id', 'bench12345');
const day = (daysAgo: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(
    new Date(Date.now() - daysAgo * 86_400_000),
  );
const range = `from=${day(30)}&to=${day(0)}`;
// The start of a phone of store 1 (order 4242's), typed the local way: 0813359….
const stored = phoneOf(4242);
const typed = `0${stored.slice(2, 10)}`;
const prefix = `62${typed.slice(1)}`;
const scenarios: Array<[string, string]> = [
  ['list: status tab + 30 days', `/store/order?status=delivered&${range}&limit=20`],
  ['list: status tab + 30 days + phone search', `/store/order?status=delivered&${range}&q=${typed}&limit=20`],
  ['list: all, newest first', '/store/order?limit=20'],
  ['recap: status tab + 30 days', `/store/order/recap?status=delivered&${range}`],
  ['recap: 30 days, all statuses', `/store/order/recap?${range}`],
  ['recap: everything (200 000 orders)', '/store/order/recap'],
  // The Store recaps over the whole history: served from the daily rollups (StoreDailyRollup).
  ['recap store: everything', '/store/recap/store'],
  ['recap product: everything', '/store/recap/product'],
  ['recap cs: everything', '/store/recap/cs'],
  ['revenue: everything, per month', '/store/revenue?period=month'],
  ['recap: everything, paid date (raw scan)', '/store/order/recap?date_field=paid'],
];
await load('warm-up', `${server.url}/store/order?limit=20`, { seconds: 3, headers });
const runs = [];
for (const [name, path] of scenarios) {
  // One connection: the latency a seller sees paging their list, without queueing behind others.
  const run = await load(name, `${server.url}${path}`, { seconds, headers, connections: 1 });
  if (run.non2xx || run.errors)
    throw new Error(`${name}: ${run.non2xx} non-2xx answers, ${run.errors} errors`);
  runs.push({ ...run, path });
  log(`${name}: p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, ${run.requestsPerSecond} req/s`);
}
await server.close();

// The plans behind the two headline queries (as the list and recap services build them).
const plan = async (sql: string) =>
  (await db.$queryRawUnsafe<Array<{ 'QUERY PLAN': string }>>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`))
    .map((r) => r['QUERY PLAN'])
    .join('\n');
const where = `o."storeId" = bench_uuid('store1') AND o."status" = 'delivered'
  AND o."createdAt" >= now() - interval '30 days'`;
const plans = {
  wholeHistoryRecap: await plan(`SELECT to_char(r."day", 'YYYY-MM-DD'), sum(r."orders"), sum(r."revenue")
    FROM "StoreDailyRollup" r WHERE r."storeId" = bench_uuid('store1') AND r."orders" <> 0 GROUP BY 1`),
  listPhoneSearch: await plan(`SELECT o."id" FROM "Order" o WHERE ${where}
    AND (o."invoice" = '${typed}' OR o."awb" = '${typed}'
      OR (o."buyerPhone" >= '${prefix}' AND o."buyerPhone" < '${BigInt(prefix) + 1n}'))
    ORDER BY o."createdAt" DESC, o."id" DESC LIMIT 21`),
  recap:
    await plan(`SELECT to_char(o."createdAt" + interval '7 hours', 'YYYY-MM-DD'), count(*), sum(o."total")
    FROM "Order" o WHERE ${where} GROUP BY 1`),
  statusTabs: await plan(`SELECT o."status", count(*) FROM "Order" o
    WHERE o."storeId" = bench_uuid('store1') AND o."createdAt" >= now() - interval '30 days'
      AND o."status" = ANY(ARRAY['unpaid','paid','processing','booking','ready_to_ship','shipped','delivered','returned','canceled']::"OrderStatus"[])
    GROUP BY 1`),
};
const [rollup] = await db.$queryRaw<Array<{ rollupRows: number }>>`
  SELECT count(*)::int AS "rollupRows" FROM "StoreDailyRollup" WHERE "storeId" = bench_uuid('store1')`;
const file = writeResults(`orders-${database.kind}.json`, {
  orders,
  stores,
  biggestStore: biggest,
  rollupRowsOfBiggestStore: rollup?.rollupRows,
  seconds,
  connections: 1,
  runs,
  targets: { listP99Ms: 100, recapP99Ms: 300, wholeHistoryRecapP99Ms: 100 },
  plans,
});
console.table(runs.map(({ path: _path, ...r }) => r));
console.log(`written to bench/${file}`);
await database.close();
process.exit(0);
