import { z } from 'zod';
import { uuidSchema } from './common.ts';

// AdminBosOnline › Cache: what superadmins see of the cache of public reads and how they drop it.
// Every key and pattern starts with `bos:`, the cache's own prefix, so nothing else kept in the
// same Redis (the job queue) can be read or deleted through here.

const cacheRoot = 'bos:';
const startsAtRoot = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(cacheRoot.length + 1, `${what} is required`)
    .max(300, `${what} must be at most 300 characters`)
    .refine((value) => value.startsWith(cacheRoot), `${what} must start with ${cacheRoot}`);

/** "All Cache": one page of keys, SCAN-style (`cursor` from the previous page; null when done). */
export const cacheKeysInput = z.object({
  /** A Redis glob, e.g. `bos:store:*:form:*`; default every cache key. */
  match: startsAtRoot('Pattern').optional(),
  cursor: z.string().trim().max(200).nullish(),
  limit: z.coerce
    .number({ error: 'Limit must be a number' })
    .int('Limit must be a whole number')
    .min(1, 'Limit must be at least 1')
    .max(1000, 'Limit must be at most 1000')
    .default(100),
});

export const cacheKeysOutput = z.object({ keys: z.array(z.string()), cursor: z.string().nullable() });

/** "Cache Statistics". */
export const cacheStatsOutput = z.object({
  backend: z.enum(['memory', 'redis', 'off']),
  hits: z.number().int(),
  misses: z.number().int(),
  /** hits / (hits + misses), 0 before any read. */
  hitRate: z.number(),
  keys: z.number().int(),
  memoryBytes: z.number().int(),
});

/** "Specific Cache key". */
export const cacheKeyInput = z.object({ key: startsAtRoot('Key') });

export const cacheEntryOutput = z.object({
  key: z.string(),
  value: z.unknown(),
  /** Seconds left; null when it never expires. */
  ttlSeconds: z.number().int().nullable(),
});

/** "Specific Cache Pattern": a Redis glob under `bos:`, e.g. `bos:region:*`. */
export const cachePatternInput = z.object({ pattern: startsAtRoot('Pattern') });

export const cacheDeletedOutput = z.object({ deleted: z.number().int() });

/** "Specific Cache User": a seller's user id (their stores) or a store id. */
export const cacheUserInput = z.object({ id: uuidSchema });

export const cacheUserOutput = z.object({
  stores: z.array(z.object({ storeId: z.string(), keys: z.array(z.string()) })),
});
