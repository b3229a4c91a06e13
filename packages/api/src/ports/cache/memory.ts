import { LRUCache } from 'lru-cache';
import {
  type CacheEntry,
  type CacheKeyPage,
  type CachePort,
  type CacheStats,
  cacheKeyRoot,
  globToRegExp,
} from './port.ts';

export interface MemoryCacheOptions {
  /** Budget for keys and values (UTF-16 bytes); the least recently used entries go first. */
  maxBytes?: number;
  /** Milliseconds now, for TTLs (tests pass their manual clock). */
  now?: () => number;
}

/**
 * The cache in this process's memory (lru-cache), for a server without Redis. Values are kept as
 * JSON text, as Redis keeps them: a reader can never change a cached object, and sizes are known.
 */
export class MemoryCache implements CachePort {
  readonly backend = 'memory' as const;
  private readonly lru: LRUCache<string, string>;
  private hits = 0;
  private misses = 0;

  constructor(options: MemoryCacheOptions = {}) {
    const now = options.now;
    this.lru = new LRUCache<string, string>({
      maxSize: options.maxBytes ?? 64 * 1024 * 1024,
      sizeCalculation: (value, key) => Math.max(1, (value.length + key.length) * 2),
      // A clock of our own (tests move it) is asked on every check, not once per millisecond.
      ...(now ? { perf: { now }, ttlResolution: 0 } : {}),
    });
  }

  async get<T>(key: string): Promise<T | undefined> {
    const text = this.lru.get(key);
    if (text === undefined) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    return JSON.parse(text) as T;
  }

  async peek(key: string): Promise<CacheEntry | undefined> {
    const text = this.lru.peek(key);
    if (text === undefined) return undefined;
    const ttl = this.lru.getRemainingTTL(key);
    return { value: JSON.parse(text), ttlSeconds: Number.isFinite(ttl) ? Math.ceil(ttl / 1000) : null };
  }

  async set(key: string, value: unknown, ttlSeconds: number): Promise<void> {
    this.lru.set(key, JSON.stringify(value), { ttl: ttlSeconds * 1000 });
  }

  async delete(keys: string[]): Promise<number> {
    let deleted = 0;
    for (const key of keys) if (this.lru.delete(key)) deleted += 1;
    return deleted;
  }

  /** Keys in sorted order, the cursor being the last key shown: stable while entries come and go. */
  async scan(options: { match?: string; cursor?: string | null; count?: number }): Promise<CacheKeyPage> {
    const matcher = globToRegExp(options.match ?? `${cacheKeyRoot}*`);
    const after = options.cursor ?? '';
    const count = options.count ?? 100;
    const keys = this.liveKeys()
      .filter((key) => key > after && matcher.test(key))
      .sort();
    const page = keys.slice(0, count);
    return { keys: page, cursor: keys.length > count ? (page.at(-1) ?? null) : null };
  }

  async deletePattern(pattern: string): Promise<number> {
    const matcher = globToRegExp(pattern);
    return this.delete(this.liveKeys().filter((key) => matcher.test(key)));
  }

  async stats(): Promise<CacheStats> {
    this.lru.purgeStale();
    const keys = this.liveKeys().filter((key) => key.startsWith(cacheKeyRoot));
    return {
      backend: this.backend,
      hits: this.hits,
      misses: this.misses,
      keys: keys.length,
      memoryBytes: this.lru.calculatedSize,
    };
  }

  async flush(): Promise<number> {
    this.hits = 0;
    this.misses = 0;
    return this.deletePattern(`${cacheKeyRoot}*`);
  }

  async close(): Promise<void> {}

  private liveKeys(): string[] {
    this.lru.purgeStale();
    return [...this.lru.keys()];
  }
}

/** No cache at all: every read loads (for measuring what the cache saves, or `CACHE_MEMORY_MB=0`). */
export class NoCache implements CachePort {
  readonly backend = 'off' as const;
  private misses = 0;
  async get<T>(): Promise<T | undefined> {
    this.misses += 1;
    return undefined;
  }
  async peek(): Promise<undefined> {
    return undefined;
  }
  async set(): Promise<void> {}
  async delete(): Promise<number> {
    return 0;
  }
  async scan(): Promise<CacheKeyPage> {
    return { keys: [], cursor: null };
  }
  async deletePattern(): Promise<number> {
    return 0;
  }
  async stats(): Promise<CacheStats> {
    return { backend: this.backend, hits: 0, misses: this.misses, keys: 0, memoryBytes: 0 };
  }
  async flush(): Promise<number> {
    return 0;
  }
  async close(): Promise<void> {}
}
