import type { productListInput } from '@bosonline/contracts';
import type { Db, Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { StoreScope } from '../../context.ts';
import { pageArgs, toPage } from '../../lib/pagination.ts';
import type { ObjectStoragePort } from '../../ports/index.ts';
import { skuPrefixHitsSql } from './product.sql.ts';
import { categoryView, variantFigures } from './views.ts';

const orderings: Record<z.output<typeof productListInput>['sort'], Prisma.ProductOrderByWithRelationInput[]> =
  {
    newest: [{ createdAt: 'desc' }, { id: 'desc' }],
    oldest: [{ createdAt: 'asc' }, { id: 'asc' }],
    name_asc: [{ searchName: 'asc' }, { id: 'asc' }],
    name_desc: [{ searchName: 'desc' }, { id: 'desc' }],
    updated: [{ updatedAt: 'desc' }, { id: 'desc' }],
  };

/** `q` as a LIKE prefix pattern, lower-cased, its %, _ and backslash matching themselves. */
function prefixPattern(q: string): string {
  return `${q.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
}

/**
 * A name substring or a SKU prefix (of the product or any of its variants), within one store or
 * (the admin realm) every store. The name term is served by a trigram index. Within a store, SKU
 * hits come from the `(storeId, lower(sku) text_pattern_ops)` btrees (migration
 * 20261206191500_sku_prefix_index) and are looked up first, since an OR over an EXISTS defeats
 * them; across stores, from the SKU trigram indexes.
 */
export async function searchTerms(
  db: Pick<Db, '$queryRaw' | 'variant'>,
  q: string,
  storeId: string | undefined,
): Promise<Prisma.ProductWhereInput[]> {
  const name = { searchName: { contains: q.toLowerCase() } };
  if (storeId) {
    const pattern = prefixPattern(q);
    const hits = await db.$queryRaw<Array<{ id: string }>>(skuPrefixHitsSql(storeId, pattern));
    return [name, ...(hits.length ? [{ id: { in: hits.map((h) => h.id) } }] : [])];
  }
  const variants = await db.variant.findMany({
    where: { deletedAt: null, sku: { startsWith: q, mode: 'insensitive' } },
    select: { productId: true },
    distinct: ['productId'],
    take: 500,
  });
  return [
    name,
    { sku: { startsWith: q, mode: 'insensitive' } },
    ...(variants.length ? [{ id: { in: variants.map((v) => v.productId) } }] : []),
  ];
}

/** What a list row needs beside the product (cover image, live variants' prices and stock). */
export const summaryInclude = {
  category: true,
  images: { orderBy: { position: 'asc' }, take: 1 },
  variants: {
    where: { deletedAt: null },
    select: { price: true, stocks: { select: { quantity: true } } },
  },
} satisfies Prisma.ProductInclude;

type SummaryRow = Prisma.ProductGetPayload<{ include: typeof summaryInclude }>;

/** A product as lists show it (both realms). */
export function summaryView(storage: ObjectStoragePort, row: SummaryRow) {
  const cover = row.images[0];
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    status: row.status,
    category: categoryView(row.category),
    imageUrl: cover ? storage.publicUrl(cover.key) : null,
    ...variantFigures(row.variants),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** "Product List" (and the admin realm's "Seller Product"): search, filter, sort, cursor pages. */
export async function list(ctx: StoreScope, input: z.output<typeof productListInput>) {
  const page = async (db: Pick<Db, '$queryRaw' | 'variant' | 'product'>) => {
    const where: Prisma.ProductWhereInput = {
      storeId: ctx.tenant.storeId,
      deletedAt: null,
      status: input.status,
      categoryId: input.categoryId,
      ...(input.q ? { OR: await searchTerms(db, input.q, ctx.tenant.storeId) } : {}),
    };
    return db.product.findMany({
      where,
      orderBy: orderings[input.sort],
      ...pageArgs(input),
      include: summaryInclude,
    });
  };
  const rows = input.q
    ? await ctx.db.$transaction(async (tx) => {
        // Statements are prepared once per connection (packages/db client.ts), and after a few runs
        // PostgreSQL plans them for an average store: then a search walks a big store's whole
        // ordered index instead of OR-ing the search indexes (33 ms instead of 1 ms at 50 000
        // products). A search is planned for its own store and terms.
        await tx.$executeRaw`SET LOCAL plan_cache_mode = force_custom_plan`;
        return page(tx);
      })
    : await page(ctx.db);
  return toPage(rows, input, (row) => summaryView(ctx.ports.storage, row));
}
