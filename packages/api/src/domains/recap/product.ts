import type { OrderFilter, productRecapOutput } from '@bosonline/contracts';
import { Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { OrderReader, OrderScope } from '../order/filter.ts';
import { productSumsSql } from '../order/recap-source.ts';

export type ProductFigures = z.infer<typeof productRecapOutput>['products'][number] & { storeId: string };

/**
 * The rule of "Recap Product", as a query over the scope's order lines: per product (and its
 * store), units and line sales in the filtered orders that are not canceled, and units in returned
 * ones. The seller's recap and the platform dashboard both read it.
 */
export function productFiguresSql(scope: OrderScope, filter: OrderFilter): Prisma.Sql {
  return Prisma.sql`SELECT s."productId"::text AS "productId", p."storeId"::text AS "storeId", p."name", p."sku",
      COALESCE(sum(s."units") FILTER (WHERE s."status" <> 'canceled'), 0)::int AS "units",
      COALESCE(sum(s."sales") FILTER (WHERE s."status" <> 'canceled'), 0)::float8 AS "revenue",
      COALESCE(sum(s."units") FILTER (WHERE s."status" = 'returned'), 0)::int AS "returnedUnits"
    FROM (${productSumsSql(scope, filter)}) s JOIN "Product" p ON p."id" = s."productId"
    GROUP BY s."productId", p."storeId", p."name", p."sku"
    HAVING sum(s."units") <> 0`;
}

/** "Recap Product": best sellers first; the first `limit` of them when given. */
export async function productRecap(
  ctx: OrderReader,
  filter: OrderFilter,
  limit?: number,
): Promise<{ products: ProductFigures[] }> {
  const products = await ctx.db.$queryRaw<ProductFigures[]>`
    SELECT * FROM (${productFiguresSql(ctx.tenant, filter)}) f
    ORDER BY f."units" DESC, f."revenue" DESC, f."name", f."productId"
    ${limit ? Prisma.sql`LIMIT ${limit}` : Prisma.empty}`;
  return { products };
}
