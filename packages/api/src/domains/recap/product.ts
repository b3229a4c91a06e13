import type { OrderFilter, productRecapOutput } from '@bosonline/contracts';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';
import { productSumsSql } from '../order/recap-source.ts';

/**
 * "Recap Product": per product, units and line sales in the filtered orders that are not
 * canceled, and units in returned ones; best sellers first.
 */
export async function productRecap(
  ctx: Pick<SellerContext, 'db' | 'tenant'>,
  filter: OrderFilter,
): Promise<z.infer<typeof productRecapOutput>> {
  const products = await ctx.db.$queryRaw<z.infer<typeof productRecapOutput>['products']>`
    SELECT s."productId"::text AS "productId", p."name", p."sku",
      COALESCE(sum(s."units") FILTER (WHERE s."status" <> 'canceled'), 0)::int AS "units",
      COALESCE(sum(s."sales") FILTER (WHERE s."status" <> 'canceled'), 0)::float8 AS "revenue",
      COALESCE(sum(s."units") FILTER (WHERE s."status" = 'returned'), 0)::int AS "returnedUnits"
    FROM (${productSumsSql(ctx.tenant, filter)}) s JOIN "Product" p ON p."id" = s."productId"
    GROUP BY s."productId", p."name", p."sku"
    HAVING sum(s."units") <> 0
    ORDER BY 4 DESC, 5 DESC, p."name", s."productId"`;
  return { products };
}
