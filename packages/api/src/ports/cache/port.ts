// The shared cache of hot public reads (load form, region search, store facts, courier lists).
// Two adapters with one behaviour: Redis when REDIS_URL is set (every process sees the same entries
// and the same invalidations), an in-process LRU otherwise. Values are JSON; every key starts with
// `bos:` (see domains/cache/keys.ts), so no pattern given to this port reaches other data in the
// same Redis (BullMQ's `bosonline:` keys).

/** The prefix of every cache key; patterns and keys from outside must start with it. */
export const cacheKeyRoot = 'bos:';

export interface CacheStats {
  backend: 'memory' | 'redis' | 'off';
  /** Reads answered from the cache since the counters started (Redis: shared by all processes). */
  hits: number;
  /** Reads that had to load. */
  misses: number;
  /** Live entries under `bos:`. */
  keys: number;
  /** Bytes those entries take (Redis: MEMORY USAGE of each; memory: UTF-16 size of key and value). */
  memoryBytes: number;
}

export interface CacheEntry {
  value: unknown;
  /** Seconds left to live; null when the entry never expires. */
  ttlSeconds: number | null;
}

/**
 * A listing cursor this cache never handed out: each backend has its own (Redis a SCAN position,
 * the in-process cache the last key shown), and an operator may type anything into one.
 */
export class CacheCursorError extends Error {}

/** One page of a key listing. `cursor` continues it; null when the listing is complete. */
export interface CacheKeyPage {
  keys: string[];
  cursor: string | null;
}

export interface CachePort {
  readonly backend: CacheStats['backend'];
  /** The value, counted as a hit or a miss; undefined when absent or expired. */
  get<T>(key: string): Promise<T | undefined>;
  /** The value and its remaining lifetime, without counting (what an operator looks at). */
  peek(key: string): Promise<CacheEntry | undefined>;
  set(key: string, value: unknown, ttlSeconds: number): Promise<void>;
  /** Deletes these keys; answers how many existed. */
  delete(keys: string[]): Promise<number>;
  /**
   * One page of the keys matching a Redis glob `match` (default `bos:*`). Like SCAN: a key present
   * for the whole listing appears at least once; pages may be shorter or a little longer than `count`.
   */
  scan(options: { match?: string; cursor?: string | null; count?: number }): Promise<CacheKeyPage>;
  /** Deletes every key matching the glob, in batches (Redis: SCAN + UNLINK, never KEYS). */
  deletePattern(pattern: string): Promise<number>;
  stats(): Promise<CacheStats>;
  /**
   * Deletes every cache entry (`bos:*`, nothing else in a shared Redis) and starts the hit/miss
   * counters over; answers how many entries went.
   */
  flush(): Promise<number>;
  close(): Promise<void>;
}

/**
 * A Redis glob (`*`, `?`, `[abc]`, `[^a]`, `[a-z]`, `\x`) as a RegExp, so the in-memory adapter
 * matches exactly what Redis's MATCH would.
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob[i] as string;
    if (char === '*') source += '[\\s\\S]*';
    else if (char === '?') source += '[\\s\\S]';
    else if (char === '\\' && i + 1 < glob.length) {
      i += 1;
      source += escapeRegExp(glob[i] as string);
    } else if (char === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) {
        source += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, end);
      const negated = body.startsWith('^');
      if (negated) body = body.slice(1);
      const escaped = body.replace(/[\\\]^]/g, (c) => `\\${c}`);
      source += `[${negated ? '^' : ''}${escaped}]`;
      i = end;
    } else source += escapeRegExp(char);
  }
  return new RegExp(`^${source}$`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
