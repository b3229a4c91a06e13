import type { PageInput } from '@bosonline/contracts';

/** Prisma arguments for one page of a keyset list ordered by a unique tail (the row id). */
export function pageArgs(page: PageInput) {
  return {
    take: page.limit + 1,
    ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
  };
}

/** Cuts the look-ahead row off a page fetched with `pageArgs` and names the next cursor. */
export function toPage<Row extends { id: string }, Item>(
  rows: Row[],
  page: PageInput,
  view: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const more = rows.length > page.limit;
  const kept = more ? rows.slice(0, page.limit) : rows;
  return { items: kept.map(view), nextCursor: more ? (kept.at(-1)?.id ?? null) : null };
}
