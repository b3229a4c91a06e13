import type { PageInput } from '@bosonline/contracts';
import { invalidField } from './errors.ts';

/** Prisma arguments for one page of a keyset list ordered by a unique tail (the row id). */
export function pageArgs(page: PageInput) {
  return {
    take: page.limit + 1,
    ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
  };
}

/**
 * Cuts the look-ahead row off a page fetched with `take: limit + 1` and names the next cursor:
 * the last row's id, or what `cursorOf` makes of it (see `positionCursor`).
 */
export function toPage<Row extends { id: string }, Item>(
  rows: Row[],
  page: Pick<PageInput, 'limit'>,
  view: (row: Row) => Item,
  cursorOf: (row: Row) => string = (row) => row.id,
): { items: Item[]; nextCursor: string | null } {
  const more = rows.length > page.limit;
  const kept = more ? rows.slice(0, page.limit) : rows;
  const last = kept.at(-1);
  return { items: kept.map(view), nextCursor: more && last ? cursorOf(last) : null };
}

// Newest-first lists whose filter can change under the reader (a notification gets read, a post
// expires) cannot resume from "the row after id X": X may have left the list. A position cursor
// carries the position itself, `<epoch ms>_<id>`, so the next page needs no lookup of X.

export const positionCursor = {
  encode: (at: Date, id: string) => `${at.getTime()}_${id}`,
  /** The position a cursor names; build "older than it" as `at < c.at OR (at = c.at AND id < c.id)`. */
  parse(cursor: string | undefined): { at: Date; id: string } | null {
    if (!cursor) return null;
    const match = /^(\d{1,15})_([0-9a-f-]{36})$/.exec(cursor);
    if (!match) throw invalidField('cursor', 'Cursor is not one this list handed out');
    return { at: new Date(Number(match[1])), id: match[2] as string };
  },
};
