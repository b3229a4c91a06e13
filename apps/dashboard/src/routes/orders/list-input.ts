import type { OrderSearch } from './search.ts';

// What the order list asks `order.list` for, given the URL's filters. Import-free on purpose:
// index.html's early calls (src/api/early-calls.ts, read at build time) ask for the first page of
// an unfiltered list with this very input, so the page can take that answer as its own.

/** Orders per page (keyset: each page resumes after the last). */
export const orderPageSize = 20;

export function orderListInput(search: OrderSearch) {
  // A range with its ends swapped is read in order rather than refused.
  const [from, to] =
    search.from && search.to && search.from > search.to ? [search.to, search.from] : [search.from, search.to];
  return { ...search, from, to, limit: orderPageSize };
}
