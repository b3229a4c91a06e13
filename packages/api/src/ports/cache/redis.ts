import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import {
  CacheCursorError,
  type CacheEntry,
  type CacheKeyPage,
  type CachePort,
  type CacheStats,
  cacheKeyRoot,
} from './port.ts';

export interface RedisCacheOptions {
  /**
   * Put before every key in Redis and hidden from callers, so several deployments (or test runs)
   * can share one Redis without seeing each other's entries. Default none: keys are `bos:…`.
   */
  namespace?: string;
}

// A read and its hit/miss count in one round trip. The counters live beside the entries but
// outside `bos:*`, so listings, pattern deletes and flushes never touch them.
const getCounted = `
local value = redis.call('GET', KEYS[1])
if value then redis.call('HINCRBY', KEYS[2], 'hits', 1) else redis.call('HINCRBY', KEYS[2], 'misses', 1) end
return value`;

// UNLINK frees memory off Redis's main thread; keys per call, and SCAN's COUNT hint per step.
const batchSize = 500;

/** Escapes Redis glob characters, so a namespace is matched literally. */
const literalGlob = (text: string) => text.replace(/[*?[\]\\]/g, '\\$&');

/** The cache in Redis: shared by every process on the same REDIS_URL, so is every invalidation. */
export class RedisCache implements CachePort {
  readonly backend = 'redis' as const;
  private readonly redis: Redis & {
    getCounted(key: string, statsKey: string): Promise<string | null>;
  };
  private readonly namespace: string;
  private readonly statsKey: string;

  constructor(url: string, logger: Logger, options: RedisCacheOptions = {}) {
    this.namespace = options.namespace ?? '';
    this.statsKey = `${this.namespace}bos-stats:cache`;
    // A cache that cannot answer soon is skipped (readers load from the database instead): a command
    // waits for one reconnect at most, and never longer than commandTimeout.
    const redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 2000 });
    redis.on('error', (error) => logger.warn({ err: error }, 'redis cache connection problem'));
    redis.defineCommand('getCounted', { numberOfKeys: 2, lua: getCounted });
    this.redis = redis as typeof this.redis;
  }

  private physical(key: string) {
    return this.namespace + key;
  }

  private logical(key: string) {
    return key.slice(this.namespace.length);
  }

  async get<T>(key: string): Promise<T | undefined> {
    const text = await this.redis.getCounted(this.physical(key), this.statsKey);
    return text === null ? undefined : (JSON.parse(text) as T);
  }

  async peek(key: string): Promise<CacheEntry | undefined> {
    const [[, text], [, ttl]] = (await this.redis
      .multi()
      .get(this.physical(key))
      .ttl(this.physical(key))
      .exec()) as [[unknown, string | null], [unknown, number]];
    if (text === null) return undefined;
    return { value: JSON.parse(text), ttlSeconds: ttl >= 0 ? ttl : null };
  }

  async set(key: string, value: unknown, ttlSeconds: number): Promise<void> {
    await this.redis.set(
      this.physical(key),
      JSON.stringify(value),
      'EX',
      Math.max(1, Math.round(ttlSeconds)),
    );
  }

  async delete(keys: string[]): Promise<number> {
    let deleted = 0;
    for (let i = 0; i < keys.length; i += batchSize) {
      deleted += await this.redis.unlink(...keys.slice(i, i + batchSize).map((k) => this.physical(k)));
    }
    return deleted;
  }

  async scan(options: { match?: string; cursor?: string | null; count?: number }): Promise<CacheKeyPage> {
    const match = literalGlob(this.namespace) + (options.match ?? `${cacheKeyRoot}*`);
    const count = options.count ?? 100;
    let cursor = options.cursor ?? '0';
    // SCAN positions are unsigned 64-bit numbers; Redis answers anything else with an error.
    if (!/^\d{1,20}$/.test(cursor) || BigInt(cursor) >= 2n ** 64n) {
      throw new CacheCursorError('Cursor is not one this listing handed out');
    }
    const keys: string[] = [];
    // SCAN may answer empty steps; keep going until the page has something or the listing ended.
    do {
      const [next, found] = await this.redis.scan(cursor, 'MATCH', match, 'COUNT', Math.max(count, 100));
      cursor = next;
      keys.push(...found.map((k) => this.logical(k)));
    } while (cursor !== '0' && keys.length < count);
    return { keys, cursor: cursor === '0' ? null : cursor };
  }

  async deletePattern(pattern: string): Promise<number> {
    const match = literalGlob(this.namespace) + pattern;
    let cursor = '0';
    let deleted = 0;
    do {
      const [next, found] = await this.redis.scan(cursor, 'MATCH', match, 'COUNT', batchSize);
      cursor = next;
      if (found.length) deleted += await this.redis.unlink(...found);
    } while (cursor !== '0');
    return deleted;
  }

  async stats(): Promise<CacheStats> {
    const counters = await this.redis.hgetall(this.statsKey);
    let keys = 0;
    let memoryBytes = 0;
    let cursor = '0';
    const match = `${literalGlob(this.namespace)}${cacheKeyRoot}*`;
    do {
      const [next, found] = await this.redis.scan(cursor, 'MATCH', match, 'COUNT', batchSize);
      cursor = next;
      keys += found.length;
      if (found.length) {
        const pipeline = this.redis.pipeline();
        for (const key of found) pipeline.memory('USAGE', key);
        for (const [error, bytes] of (await pipeline.exec()) ?? []) {
          // A key that expired meanwhile answers null; a Redis that refuses MEMORY counts nothing.
          if (!error && typeof bytes === 'number') memoryBytes += bytes;
        }
      }
    } while (cursor !== '0');
    return {
      backend: this.backend,
      hits: Number(counters.hits ?? 0),
      misses: Number(counters.misses ?? 0),
      keys,
      memoryBytes,
    };
  }

  async flush(): Promise<number> {
    await this.redis.unlink(this.statsKey);
    return this.deletePattern(`${cacheKeyRoot}*`);
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
