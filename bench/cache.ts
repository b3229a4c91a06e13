// Load checkout Form (`GET /order/{id}/form`) and the hosted page (`/f/{slug}`) under load, served
// from the cache against the same server with no cache, on the same database in the same run: the
// cache-hit path must give at least 5× the uncached requests per second. With REDIS_URL, the Redis
// adapter is measured too. `tsx cache.ts` runs on PGlite; with DATABASE_URL on PostgreSQL.

import { randomUUID } from 'node:crypto';
import { type CachePort, MemoryCache, NoCache, RedisCache } from '@bosonline/api';
import { createLogger } from '@bosonline/server';
import { demoDatabase } from './lib/demo.ts';
import { type LoadResult, load, writeResults } from './lib/report.ts';
import { startBenchServer } from './lib/server.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CLIENTS ?? 20);
const itemCount = 20;

const { database, db, store, warehouseId } = await demoDatabase();

// A form as sellers make them: 20 variants with images and stock, three couriers.
const product = await db.product.create({
  data: { storeId: store.id, sku: 'CACHE', name: 'Kaos Bench', searchName: 'kaos bench', weightGrams: 200 },
});
await db.variant.createMany({
  data: Array.from({ length: itemCount }, (_, i) => ({
    storeId: store.id,
    productId: product.id,
    sku: `CACHE-${String(i).padStart(2, '0')}`,
    name: `Ukuran ${i}`,
    options: { Ukuran: `${i}` },
    price: 75_000 + i * 1_000,
    compareAtPrice: 99_000,
  })),
});
const variants = await db.variant.findMany({ where: { productId: product.id }, select: { id: true } });
await db.stock.createMany({
  data: variants.map((v, i) => ({
    variantId: v.id,
    warehouseId,
    storeId: store.id,
    quantity: i % 4 === 0 ? 0 : 50,
  })),
});
await db.productImage.create({
  data: {
    storeId: store.id,
    productId: product.id,
    key: `products/${product.id}/cover.webp`,
    mimeType: 'image/webp',
    width: 800,
    height: 800,
    bytes: 10_000,
  },
});
const form = await db.form.create({
  data: {
    storeId: store.id,
    name: 'Kaos Bench',
    slug: 'kaos-bench',
    paymentMethods: ['cod', 'bank_transfer'],
    couriers: [
      { code: 'idx', services: ['00'] },
      { code: 'jne', services: ['REG'] },
      { code: 'sicepat', services: ['REG'] },
    ],
    codFee: { type: 'percent', value: 3 },
    items: { create: variants.map((v, position) => ({ variantId: v.id, position })) },
  },
});
if (database.kind === 'postgres') await db.$executeRawUnsafe('ANALYZE');

const caches: Array<[string, () => CachePort]> = [
  ['uncached', () => new NoCache()],
  ['memory cache', () => new MemoryCache()],
];
if (process.env.REDIS_URL) {
  const url = process.env.REDIS_URL;
  caches.push([
    'redis cache',
    () => new RedisCache(url, createLogger('silent'), { namespace: `bench:${randomUUID()}:` }),
  ]);
}

const paths: Array<[string, string]> = [
  ['load form', `/order/${form.id}/form`],
  ['hosted page', `/f/${form.slug}`],
];

const rows: Array<LoadResult & { cache: string; path: string }> = [];
for (const [cacheName, makeCache] of caches) {
  const server = await startBenchServer(database, undefined, { cache: makeCache() });
  for (const [name, path] of paths) {
    const url = `${server.url}${path}`;
    const check = await fetch(url);
    if (check.status !== 200) throw new Error(`${name}: HTTP ${check.status}`);
    await check.text();
    await load('warm-up', url, { connections, seconds: 2 });
    const result = await load(`${name}, ${cacheName}`, url, { connections, seconds });
    if (result.errors || result.non2xx)
      throw new Error(`${result.name}: ${result.errors} errors, ${result.non2xx} non-2xx`);
    rows.push({ ...result, cache: cacheName, path });
    console.log(
      `${result.name}: ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms`,
    );
  }
  if (cacheName !== 'uncached') await server.deps.ports.cache.flush();
  await server.close();
}

// The target: the cache-hit path at least 5× the uncached requests per second.
const speedups = paths.flatMap(([name]) => {
  const base = rows.find((r) => r.name === `${name}, uncached`) as LoadResult;
  return rows
    .filter((r) => r.name.startsWith(`${name}, `) && r.cache !== 'uncached')
    .map((r) => {
      const times = Math.round((r.requestsPerSecond / base.requestsPerSecond) * 10) / 10;
      console.log(`${r.name}: ${times}× uncached (target ≥ 5×)`);
      return { name: r.name, timesUncached: times, target: 5, met: times >= 5 };
    });
});

const file = writeResults(`cache-${database.kind}.json`, {
  what: `GET load form and hosted page of one form (${itemCount} variants), ${connections} connections for ${seconds} s each`,
  rows,
  speedups,
});
console.log(`results: ${file}`);
await database.close();
