import * as v from 'valibot';

// How a page reads its filters from the URL. The router validates them on every navigation, so
// this code loads with the app shell, before any page: with valibot, whose functions are separate
// modules, these schemas bring ~2 KB (brotli) to a phone's first load, where zod's "mini" build
// brought ~12 KB and ~50 ms of a throttled main thread building its schemas (bench/dashboard.ts).
// The pages' forms still validate with the contracts' zod schemas, the server's own rules, loaded
// with the pages.

/** An optional URL value: one a hand-edited URL gets wrong is dropped instead of breaking the page. */
export const optional = <T extends v.GenericSchema>(schema: T) => v.fallback(v.optional(schema), undefined);

/** Search text as the lists send it: trimmed, at most `max` characters. */
export const searchText = (max = 100) => v.pipe(v.string(), v.trim(), v.maxLength(max));

/** An Asia/Jakarta day as the server's filters take it: `2026-11-30`. */
export const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

/**
 * A row id, as the server's `z.uuid()` takes it (RFC 9562: a version 1-8 and its variant, or the
 * nil and max ids). valibot's `uuid()` takes any hex of that shape, which the server would refuse.
 */
export const uuid = v.pipe(
  v.string(),
  v.regex(
    /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,
  ),
);

export { v };
