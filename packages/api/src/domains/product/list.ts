import type { productListInput } from '@bosonline/contracts';
import type { Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';
import { pageArgs, toPage } from '../../lib/pagination.ts';

const orderings: Record<z.output<typeof productListInput>['sort'], Prisma.ProductOrderByWithRelationInput[]> =
  {
    newest: [{ createdAt: 'desc' }, { id: 'desc' }],
    oldest: [{ createdAt: 'asc' }, { id: 'asc' }],
    name_asc: [{ searchName: 'asc' }, { id: 'asc' }],
    name_desc: [{ searchName: 'desc' }, { id: 'desc' }],
    updated: [{ updatedAt: 'desc' }, { id: 'desc' }],
  };

/** "Product List": search by name or SKU (product or variant), filter, sort, cursor pages. */
export async function list(ctx: SellerContext, input: z.output<typeof productListInput>) {
  const q = input.q?.toLowerCase();
  const where: Prisma.ProductWhereInput = {
    storeId: ctx.tenant.storeId,
    deletedAt: null,
    status: input.status,
    categoryId: input.categoryId,
    ...(q
      ? {
          OR: [
            { searchName: { contains: q } },
            { sku: { startsWith: input.q, mode: 'insensitive' } },
            { variants: { some: { sku: { startsWith: input.q, mode: 'insensitive' }, deletedAt: null } } },
          ],
        }
      : {}),
  };
  const rows = await ctx.db.product.findMany({
    where,
    orderBy: orderings[input.sort],
    ...pageArgs(input),
    include: {
      category: true,
      images: { orderBy: { position: 'asc' }, take: 1 },
      variants: {
        where: { deletedAt: null },
        select: { price: true, stocks: { select: { quantity: true } } },
      },
    },
  });
  return toPage(rows, input, (row) => {
    const prices = row.variants.map((v) => v.price);
    const cover = row.images[0];
    return {
      id: row.id,
      sku: row.sku,
      name: row.name,
      status: row.status,
      category: row.category && { id: row.category.id, slug: row.category.slug, name: row.category.name },
      imageUrl: cover ? ctx.ports.storage.publicUrl(cover.key) : null,
      variantCount: row.variants.length,
      minPrice: prices.length ? Math.min(...prices) : null,
      maxPrice: prices.length ? Math.max(...prices) : null,
      totalStock: row.variants.reduce((sum, v) => sum + v.stocks.reduce((s, x) => s + x.quantity, 0), 0),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  });
}
