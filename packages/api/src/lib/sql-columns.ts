import type { Prisma } from '@bosonline/db';

declare const row: unique symbol;

/**
 * A select list another domain's statement reads in its own round trip (a `…Columns` builder),
 * typed with the row it adds: the statement answers `Row`'s fields without casts. The type is
 * only a mark on the fragment; at run time it is the plain `Prisma.Sql`.
 */
export type Columns<Row extends object> = Prisma.Sql & { readonly [row]?: Row };

/** Marks a select list with the columns it answers (`Row` must name them as the SQL does). */
export function columns<Row extends object>(sql: Prisma.Sql): Columns<Row> {
  return sql;
}
