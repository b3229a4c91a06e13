// Region search over the full 91 599 regions: the latency of GET /region?q= (the checkout
// widget's "Kecamatan / kota" picker asks it on every pause in typing), one request at a time.
// `tsx region.ts` runs on PGlite; with DATABASE_URL on PostgreSQL.

import { NoCache } from '@bosonline/api';
import { createTestDatabase } from '@bosonline/db/testing';
import { writeResults } from './lib/report.ts';
import { startBenchServer } from './lib/server.ts';

const rounds = Number(process.env.BENCH_ROUNDS ?? 200);

// What buyers type: a district, a city (with and without its kind), district + city, a typo,
// a two-letter start, a common word ("selatan" is in hundreds of names).
const queries: Array<[string, string]> = [
  ['district', 'q=buduran&level=district&limit=8'],
  ['city, widget picker', 'q=surabaya&level=district&limit=8'],
  ['city, any level', 'q=surabaya'],
  ['"kota bandung"', 'q=kota%20bandung&level=district&limit=8'],
  ['"jakarta selatan"', 'q=jakarta%20selatan&level=district&limit=8'],
  ['district + city', 'q=buduran%20sidoarjo&level=district&limit=8'],
  ['typo "budran"', 'q=budran&level=district&limit=8'],
  ['two letters "bu"', 'q=bu&level=district&limit=8'],
  ['common word "selatan"', 'q=selatan'],
  ['village level', 'q=sidokepung&level=subdistrict'],
];

const database = await createTestDatabase();
// Fresh bulk loads have no planner statistics (PGlite runs no autovacuum at all).
await database.prisma.$executeRawUnsafe('ANALYZE');
// The search itself is what is measured here: answers are cached in the app (bench/cache.ts
// measures that), so this server has no cache.
const server = await startBenchServer(database, undefined, { cache: new NoCache() });

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (ms: number) => Math.round(ms * 10) / 10;

const results = [];
for (const [name, query] of queries) {
  const url = `${server.url}/region?${query}`;
  let first = '';
  for (let i = 0; i < 10; i++) await (await fetch(url)).text(); // warm caches and the JIT
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    const res = await fetch(url);
    const body = (await res.json()) as { data: Array<{ label: string; match: string }> };
    times.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status}`);
    first ||= body.data[0] ? `${body.data[0].label} (${body.data[0].match})` : '(none)';
  }
  times.sort((a, b) => a - b);
  const row = {
    name,
    path: `/region?${query}`,
    p50Ms: round(percentile(times, 50)),
    p99Ms: round(percentile(times, 99)),
    first,
  };
  results.push(row);
  console.log(`${name}: p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms — ${first}`);
}
await server.close();
await database.close();
const db = process.env.DATABASE_URL ? 'postgres' : 'pglite';
console.log(`wrote ${writeResults(`region-${db}.json`, { rounds, queries: results })}`);
