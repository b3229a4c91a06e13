import type { StoreScope } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';
import { type ProductRow, productInclude } from './views.ts';

// Big products (100 variants × several warehouses) take more than Prisma's 5 s default on PGlite.
export const longTransaction = { timeout: 60_000, maxWait: 20_000 };

export async function loadProduct(ctx: StoreScope, id: string): Promise<ProductRow> {
  const row = await ctx.db.product.findFirst({
    where: { id, storeId: ctx.tenant.storeId, deletedAt: null },
    include: productInclude,
  });
  if (!row) throw notFound('Product');
  return row;
}
