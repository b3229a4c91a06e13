// Catalogue at scale: product list latency for one store holding 50 000 products / 200 000
// variants among 1 000 stores, and streamed exports of 100 000 variants (time, peak memory).

import { exportFile } from '@bosonline/api';
import { createTestDatabase } from '@bosonline/db/testing';
import { big, buildCatalog, exporter, small, stores } from './lib/catalog-data.ts';
import { load, writeResults } from './lib/report.ts';
import { startBenchServer } from './lib/server.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);

const database = await createTestDatabase();
const db = database.prisma;
const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${line}`);

const totals = await buildCatalog(db, log);
// Fresh bulk loads have no planner statistics (PGlite runs no autovacuum at all).
await db.$executeRawUnsafe('ANALYZE');

// --- product list latency over HTTP (REST door, the way the dashboard's table calls it)
const server = await startBenchServer(database);
const base = server.url;
const headers = await server.login('seller1@bench.id', 'bench12345');
const firstPage = (await (await fetch(`${base}/store/product?limit=20`, { headers })).json()) as {
  data: { next_cursor: string };
};
const scenarios: Array<[string, string]> = [
  ['newest first, 20 per page', '/store/product?limit=20'],
  ['second page (cursor)', `/store/product?limit=20&cursor=${firstPage.data.next_cursor}`],
  ['sorted by name', '/store/product?limit=20&sort=name_asc'],
  ['search "madu" (name contains)', '/store/product?limit=20&q=madu'],
  ['search by SKU prefix', '/store/product?limit=20&q=P1-0420'],
  ['inventory list, low stock', '/store/product/inventory?limit=20&stock=low&low_threshold=30'],
];
// Warm the JIT and the database caches first, so the first scenario is not charged for them.
await load('warm-up', `${base}/store/product?limit=20`, { seconds: 3, headers });
const listRuns = [];
// One connection: the latency a single seller paging the table sees, without queueing.
const single = await load('newest first, one connection', `${base}/store/product?limit=20`, {
  seconds,
  headers,
  connections: 1,
});
if (single.non2xx || single.errors) throw new Error(`${single.name}: failures`);
listRuns.push({ ...single, path: '/store/product?limit=20' });
log(`${single.name}: p50 ${single.p50Ms} ms, p99 ${single.p99Ms} ms`);

for (const [name, path] of scenarios) {
  const run = await load(name, `${base}${path}`, { seconds, headers });
  if (run.non2xx || run.errors)
    throw new Error(`${name}: ${run.non2xx} non-2xx answers, ${run.errors} errors`);
  listRuns.push({ ...run, path });
  log(`${name}: p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, ${run.requestsPerSecond} req/s`);
}
await server.close();

// --- streamed export of 100 000 variants (store 2), in-process: wall time and peak memory
async function measureExport(format: 'csv' | 'xlsx') {
  globalThis.gc?.();
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 20);
  const t0 = performance.now();
  const storeId = (await db.store.findFirstOrThrow({ where: { name: 'Toko 2' } })).id;
  const tenant = { storeId, role: 'owner' as const, memberId: storeId };
  const stream = exportFile(db, { tenant, params: undefined }, 'variants', format, 'bench').body;
  let bytes = 0;
  for await (const chunk of stream) bytes += (chunk as Buffer).length;
  const ms = performance.now() - t0;
  clearInterval(sampler);
  const mb = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;
  return {
    format,
    rows: exporter.products * exporter.variantsEach,
    seconds: Math.round(ms / 100) / 10,
    rowsPerSecond: Math.round((exporter.products * exporter.variantsEach) / (ms / 1000)),
    fileMB: mb(bytes),
    peakRssAboveBaselineMB: mb(peakRss - baseline.rss),
    peakHeapAboveBaselineMB: mb(peakHeap - baseline.heapUsed),
  };
}
const exports = [await measureExport('csv'), await measureExport('xlsx')];
for (const e of exports)
  log(`export ${e.format}: ${e.seconds}s, ${e.fileMB} MB, peak RSS +${e.peakRssAboveBaselineMB} MB`);

const out = writeResults(`catalog-${database.kind}.json`, {
  dataset: { stores, bigStore: big, exportStore: exporter, otherStores: small, totals },
  productList: { connections: 10, seconds, runs: listRuns },
  exports,
});
console.log(`written to bench/${out}`);
await database.close();
process.exit(0);
