import type { productListInput } from '@bosonline/contracts';
import type { Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';
import { pageArgs, toPage } from '../../lib/pagination.ts';
import { categoryView, variantFigures } from './views.ts';

const orderings: Record<z.output<typeof productListInput>['sort'], Prisma.ProductOrderByWithRelationInput[]> =
  {
    newest: [{ createdAt: 'desc' }, { id: 'desc' }],
    oldest: [{ createdAt: 'asc' }, { id: 'asc' }],
    name_asc: [{ searchName: 'asc' }, { id: 'asc' }],
    name_desc: [{ searchName: 'desc' }, { id: 'desc' }],
    updated: [{ updatedAt: 'desc' }, { id: 'desc' }],
  };

/**
 * A name substring or a SKU prefix (of the product or any of its variants). Each term is served by
 * a trigram index; variant hits are looked up first, since an OR over an EXISTS defeats them.
 */
async function searchTerms(ctx: SellerContext, q: string): Promise<Prisma.ProductWhereInput[]> {
  const variants = await ctx.db.variant.findMany({
    where: { storeId: ctx.tenant.storeId, deletedAt: null, sku: { startsWith: q, mode: 'insensitive' } },
    select: { productId: true },
    distinct: ['productId'],
    take: 500,
  });
  return [
    { searchName: { contains: q.toLowerCase() } },
    { sku: { startsWith: q, mode: 'insensitive' } },
    ...(variants.length ? [{ id: { in: variants.map((v) => v.productId) } }] : []),
  ];
}

/** "Product List": search by name or SKU (product or variant), filter, sort, cursor pages. */
export async function list(ctx: SellerContext, input: z.output<typeof productListInput>) {
  const where: Prisma.ProductWhereInput = {
    storeId: ctx.tenant.storeId,
    deletedAt: null,
    status: input.status,
    categoryId: input.categoryId,
    ...(input.q ? { OR: await searchTerms(ctx, input.q) } : {}),
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
    const cover = row.images[0];
    return {
      id: row.id,
      sku: row.sku,
      name: row.name,
      status: row.status,
      category: categoryView(row.category),
      imageUrl: cover ? ctx.ports.storage.publicUrl(cover.key) : null,
      ...variantFigures(row.variants),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  });
}
