import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryCache } from './memory.ts';
import { CacheCursorError, type CachePort, globToRegExp } from './port.ts';
import { RedisCache } from './redis.ts';

// One behaviour, two adapters: the in-process LRU always, Redis when REDIS_URL is set (CI's
// PostgreSQL run), each Redis cache on a namespace of its own.

let now = Date.now();
const opened: CachePort[] = [];
function open(kind: 'memory' | 'redis'): CachePort {
  const cache =
    kind === 'memory'
      ? new MemoryCache({ now: () => now })
      : new RedisCache(process.env.REDIS_URL as string, pino({ level: 'silent' }), {
          namespace: `test:${randomUUID()}:`,
        });
  opened.push(cache);
  return cache;
}
afterAll(async () => {
  for (const cache of opened) {
    await cache.flush();
    await cache.close();
  }
});

const kinds = process.env.REDIS_URL ? (['memory', 'redis'] as const) : (['memory'] as const);

describe.each(kinds)('cache port (%s)', (kind) => {
  it('gets what was set, counts hits and misses, deletes', async () => {
    const cache = open(kind);
    expect(await cache.get('bos:a')).toBeUndefined();
    await cache.set('bos:a', { n: 1, list: ['x'] }, 60);
    expect(await cache.get('bos:a')).toEqual({ n: 1, list: ['x'] });
    expect(await cache.peek('bos:a')).toEqual({ value: { n: 1, list: ['x'] }, ttlSeconds: 60 });
    expect(await cache.delete(['bos:a', 'bos:missing'])).toBe(1);
    expect(await cache.peek('bos:a')).toBeUndefined();
    const stats = await cache.stats();
    expect([stats.backend, stats.hits, stats.misses, stats.keys]).toEqual([kind, 1, 1, 0]);
  });

  it('pages keys with a cursor until every matching key was seen once', async () => {
    const cache = open(kind);
    const keys = Array.from({ length: 230 }, (_, i) => `bos:store:s1:form:${String(i).padStart(3, '0')}`);
    for (const key of keys) await cache.set(key, i(key), 60);
    await cache.set('bos:region:search:any:20:kopi', [], 60);
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await cache.scan({ match: 'bos:store:s1:*', cursor, count: 50 });
      for (const key of page.keys) seen.add(key);
      cursor = page.cursor;
      pages += 1;
    } while (cursor);
    expect([...seen].sort()).toEqual(keys);
    expect(pages).toBeGreaterThan(1);
    const stats = await cache.stats();
    expect(stats.keys).toBe(231);
    expect(stats.memoryBytes).toBeGreaterThan(0);
  });

  it('refuses a cursor of another form than its own', async () => {
    const cache = open(kind);
    await cache.set('bos:a', 1, 60);
    const scan = (cursor: string) => cache.scan({ cursor });
    // Any text is a position among the in-process cache's sorted keys; Redis has numbers only.
    if (kind === 'memory') expect((await scan('https://r.fk')).keys).toEqual([]);
    else {
      for (const cursor of ['https://r.fk', '-1', '18446744073709551616']) {
        await expect(scan(cursor), cursor).rejects.toBeInstanceOf(CacheCursorError);
      }
      expect((await scan('0')).keys).toEqual(['bos:a']);
    }
  });

  it('deletes by pattern in batches, touching nothing outside it, and flushes only bos:*', async () => {
    const cache = open(kind);
    for (let n = 0; n < 1200; n += 1) await cache.set(`bos:store:s2:form:${n}`, n, 60);
    await cache.set('bos:store:s3:facts', {}, 60);
    expect(await cache.deletePattern('bos:store:s2:*')).toBe(1200);
    expect((await cache.scan({})).keys).toEqual(['bos:store:s3:facts']);
    expect(await cache.flush()).toBe(1);
    expect((await cache.stats()).keys).toBe(0);
  });
});

describe('memory cache', () => {
  it('expires entries by their TTL on the clock it is given', async () => {
    const cache = open('memory');
    await cache.set('bos:short', 1, 10);
    now += 9_000;
    expect(await cache.get('bos:short')).toBe(1);
    now += 2_000;
    expect(await cache.get('bos:short')).toBeUndefined();
  });

  it('drops the least recently used entries past its byte budget', async () => {
    const cache = new MemoryCache({ maxBytes: 10_000 });
    for (let n = 0; n < 100; n += 1) await cache.set(`bos:k:${n}`, 'x'.repeat(100), 60);
    const stats = await cache.stats();
    expect(stats.memoryBytes).toBeLessThanOrEqual(10_000);
    expect(await cache.get('bos:k:99')).toBe('x'.repeat(100));
    expect(await cache.get('bos:k:0')).toBeUndefined();
  });
});

describe('globToRegExp', () => {
  it('matches as Redis MATCH does', () => {
    const cases: Array<[string, string, boolean]> = [
      ['bos:*', 'bos:store:1:form:2', true],
      ['bos:*', 'bosonline:jobs:1', false],
      ['bos:store:?:facts', 'bos:store:1:facts', true],
      ['bos:store:?:facts', 'bos:store:12:facts', false],
      ['bos:[ab]x', 'bos:bx', true],
      ['bos:[^ab]x', 'bos:bx', false],
      ['bos:[a-c]x', 'bos:cx', true],
      ['bos:\\*', 'bos:*', true],
      ['bos:\\*', 'bos:x', false],
      ['bos:a.b', 'bos:aXb', false],
    ];
    for (const [glob, key, expected] of cases)
      expect(globToRegExp(glob).test(key), `${glob} ~ ${key}`).toBe(expected);
  });
});

function i(key: string) {
  return Number(key.slice(-3));
}
