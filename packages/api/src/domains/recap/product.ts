import type { OrderFilter, productRecapOutput } from '@bosonline/contracts';
import type { z } from 'zod';
import type { OrderReader } from '../order/filter.ts';
import { productSumsSql } from '../order/recap-source.ts';
import { productRecapSql } from './recap.sql.ts';

export type ProductFigures = z.infer<typeof productRecapOutput>['products'][number] & { storeId: string };

/** "Recap Product": best sellers first; the first `limit` of them when given. */
export async function productRecap(
  ctx: OrderReader,
  filter: OrderFilter,
  limit?: number,
): Promise<{ products: ProductFigures[] }> {
  const products = await ctx.db.$queryRaw<ProductFigures[]>(
    productRecapSql(productSumsSql(ctx.tenant, filter), limit),
  );
  return { products };
}
