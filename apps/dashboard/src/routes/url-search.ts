import * as z from 'zod/mini';

// How a page reads its filters from the URL. The router validates them on every navigation, so
// this code loads with the app shell: zod's tree-shakable "mini" build keeps that small (the
// pages' forms use the contracts' full schemas, loaded with the pages).

/** An optional URL value: one a hand-edited URL gets wrong is dropped instead of breaking the page. */
export const optional = <T extends z.core.SomeType>(schema: T) => z.catch(z.optional(schema), undefined);

/** Search text as the lists send it: trimmed, at most `max` characters. */
export const searchText = (max = 100) => z.string().check(z.trim(), z.maxLength(max));

export { z };
