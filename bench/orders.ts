// Order management at scale: 1 000 000 orders across 1 000 stores, the biggest holding 200 000.
// Measures Order List (status tab + date range + phone search), Recap Order List and the Store
// recaps for the biggest store over HTTP, and records the query plans behind them. The orders are
// written with plain SQL, so the rollup triggers keep StoreDailyRollup as they go (load time
// includes them).

import { createTestDatabase } from '@bosonline/db/testing';
import { buildStores } from './lib/catalog-data.ts';
import { load, writeResults } from './lib/report.ts';
import { startBenchServer } from './lib/server.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const stores = 1_000;
const orders = 1_000_000;
const biggest = 200_000;

const database = await createTestDatabase();
const db = database.prisma;
const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${line}`);

await buildStores(db, stores, log);
await db.$executeRaw`
  INSERT INTO "Product" ("id", "storeId", "sku", "name", "searchName", "weightGrams", "updatedAt")
  SELECT bench_uuid('p' || i), bench_uuid('store' || i), 'P' || i, 'Kopi Arabica', 'kopi arabica', 250, now()
  FROM generate_series(1, ${stores}) AS i`;
await db.$executeRaw`
  INSERT INTO "Variant" ("id", "storeId", "productId", "sku", "name", "price", "updatedAt")
  SELECT bench_uuid('v' || i), bench_uuid('store' || i), bench_uuid('p' || i), 'P' || i || '-1', '250 gr', 45000, now()
  FROM generate_series(1, ${stores}) AS i`;

// Order n belongs to store 1 for n ≤ 200 000, else to one of stores 2..1000. Spread over the last
// 180 days; statuses, methods, couriers, names and phones vary with n.
const statuses = `(ARRAY['delivered','delivered','delivered','shipped','ready_to_ship','processing','paid','unpaid','canceled','returned'])[1 + n % 10]::"OrderStatus"`;
const chunk = 100_000;
for (let from = 1; from <= orders; from += chunk) {
  const to = Math.min(orders, from + chunk - 1);
  await db.$executeRawUnsafe(`
    INSERT INTO "Order" ("id", "storeId", "invoice", "status", "paymentMethod", "buyerName", "buyerPhone",
      "regionId", "address", "senderWarehouseId", "courierCode", "serviceCode", "weightGrams", "itemCount", "itemsTotal",
      "shippingCost", "codFee", "total", "awb", "paidAt", "shippedAt", "createdAt", "updatedAt")
    SELECT bench_uuid('o' || n), bench_uuid('store' || s), 'INV' || n, ${statuses},
      (CASE WHEN n % 3 = 0 THEN 'bank_transfer' ELSE 'cod' END)::"PaymentMethod",
      (ARRAY['Putri','Budi','Siti','Agus','Dewi','Rudi','Ayu','Joko'])[1 + n % 8] || ' ' ||
        (ARRAY['Santoso','Wulandari','Pratama','Hidayat','Saputra'])[1 + (n / 8) % 5],
      '628' || lpad(((n::bigint * 7919) % 900000000 + 100000000)::text, 9, '0'),
      (SELECT "regionId" FROM "RegionAlias" WHERE "id" = 76518), 'Jl. Bench ' || n, bench_uuid('wh' || s),
      (ARRAY['idx','jne','sicepat'])[1 + n % 3], 'REG', 250, 1, 45000, 9000, 1350, 55350,
      CASE WHEN n % 10 < 5 THEN 'AWB' || n END,
      t + interval '2 hours', CASE WHEN n % 10 < 4 THEN t + interval '1 day' END, t, t
    FROM generate_series(${from}, ${to}) AS n,
      LATERAL (SELECT CASE WHEN n <= ${biggest} THEN 1 ELSE 2 + n % ${stores - 1} END AS s,
                      now() - make_interval(secs => (n::bigint * 15552) % 15552000) AS t) AS x`);
  await db.$executeRawUnsafe(`
    INSERT INTO "OrderItem" ("id", "orderId", "storeId", "variantId", "warehouseId", "sku", "productName",
      "variantName", "price", "quantity", "weightGrams")
    SELECT bench_uuid('i' || n), bench_uuid('o' || n), bench_uuid('store' || s), bench_uuid('v' || s),
      bench_uuid('wh' || s), 'P' || s || '-1', 'Kopi Arabica', '250 gr', 45000, 1, 250
    FROM generate_series(${from}, ${to}) AS n,
      LATERAL (SELECT CASE WHEN n <= ${biggest} THEN 1 ELSE 2 + n % ${stores - 1} END AS s) AS x`);
  log(`${to} orders`);
}
// What autovacuum would have done by now: statistics, and the visibility map index-only scans need.
await db.$executeRawUnsafe('VACUUM ANALYZE');
log('vacuumed and analyzed');

const server = await startBenchServer(database);
const headers = await server.login('seller1@bench.id', 'bench12345');
const day = (daysAgo: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(
    new Date(Date.now() - daysAgo * 86_400_000),
  );
const range = `from=${day(30)}&to=${day(0)}`;
// The start of a phone of store 1 (order 4242's), typed the local way: 0813359….
const stored = `628${((4242 * 7919) % 900_000_000) + 100_000_000}`;
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
