import type { productListInput } from '@bosonline/contracts';
import type { Db, Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { StoreScope } from '../../context.ts';
import { toPage } from '../../lib/pagination.ts';
import type { ObjectStoragePort } from '../../ports/index.ts';
import { type ProductPageRow, productPageSql, skuPrefixHitsSql } from './product.sql.ts';
import { categoryView, variantFigures } from './views.ts';

/** `text` in a LIKE pattern, its %, _ and backslash matching themselves. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

/** `q` as a LIKE prefix pattern, lower-cased, matching literally. */
function prefixPattern(q: string): string {
  return `${likeLiteral(q.toLowerCase())}%`;
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
  // Prisma passes `contains` and `startsWith` into (I)LIKE as they are: escaped, the term's % and _
  // match themselves, as in the seller's list (productPageSql).
  const literal = likeLiteral(q);
  const name = { searchName: { contains: literal.toLowerCase() } };
  if (storeId) {
    const pattern = prefixPattern(q);
    const hits = await db.$queryRaw<Array<{ id: string }>>(skuPrefixHitsSql(storeId, pattern));
    return [name, ...(hits.length ? [{ id: { in: hits.map((h) => h.id) } }] : [])];
  }
  const variants = await db.variant.findMany({
    where: { deletedAt: null, sku: { startsWith: literal, mode: 'insensitive' } },
    select: { productId: true },
    distinct: ['productId'],
    take: 500,
  });
  return [
    name,
    { sku: { startsWith: literal, mode: 'insensitive' } },
    ...(variants.length ? [{ id: { in: variants.map((v) => v.productId) } }] : []),
  ];
}

/**
 * What an admin list row needs beside the product (cover image, live variants' prices and stock);
 * the seller's list reads the same figures in productPageSql.
 */
export const summaryInclude = {
  category: true,
  images: { orderBy: { position: 'asc' }, take: 1 },
  variants: {
    where: { deletedAt: null },
    select: { price: true, stocks: { select: { quantity: true } } },
  },
} satisfies Prisma.ProductInclude;

type SummaryRow = Prisma.ProductGetPayload<{ include: typeof summaryInclude }>;

/** A product as the admin realm's cross-store list shows it (pageRowView's shape). */
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

/** A page row as lists show it (both realms). */
function pageRowView(storage: ObjectStoragePort, row: ProductPageRow) {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    status: row.status,
    category: categoryView(row.category),
    imageUrl: row.imageKey ? storage.publicUrl(row.imageKey) : null,
    variantCount: row.variantCount,
    minPrice: row.minPrice,
    maxPrice: row.maxPrice,
    totalStock: row.totalStock,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * "Product List" (and the admin realm's "Seller Product"): search (a name substring or a SKU
 * prefix), filter, sort, cursor pages, in one statement (productPageSql).
 */
export async function list(ctx: StoreScope, input: z.output<typeof productListInput>) {
  const rows = await ctx.db.$queryRaw<ProductPageRow[]>(
    productPageSql({
      storeId: ctx.tenant.storeId,
      status: input.status,
      categoryId: input.categoryId,
      sort: input.sort,
      cursor: input.cursor,
      take: input.limit + 1,
      search: input.q
        ? { contains: `%${likeLiteral(input.q.toLowerCase())}%`, skuPrefix: prefixPattern(input.q) }
        : undefined,
    }),
  );
  return toPage(rows, input, (row) => pageRowView(ctx.ports.storage, row));
}
