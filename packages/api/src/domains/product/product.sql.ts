import type { productSorts } from '@bosonline/contracts';
import { type CatalogStatus, Prisma, planPerCall } from '@bosonline/db';

// The product domain's raw statements, in one place so sql-statements.test.ts runs each one
// (EXPLAIN) against the migrated template: a renamed column fails CI, not a seller's search.

/**
 * Ids of the store's products whose SKU, or a live variant's, starts with `pattern` (a LIKE
 * pattern, lower case), at most 500 of each. Two lookups, each served by its `(storeId,
 * lower(sku) text_pattern_ops)` btree (migration 20261206191500_sku_prefix_index).
 */
function skuPrefixIds(storeId: string, pattern: string) {
  return Prisma.sql`
    (SELECT DISTINCT "productId" AS "id" FROM "Variant"
      WHERE "storeId" = ${storeId}::uuid AND lower("sku") LIKE ${pattern} AND "deletedAt" IS NULL
      LIMIT 500)
    UNION
    (SELECT "id" FROM "Product"
      WHERE "storeId" = ${storeId}::uuid AND lower("sku") LIKE ${pattern}
      LIMIT 500)`;
}

/** Products of the store whose SKU, or a live variant's, starts with `pattern` (see skuPrefixIds). */
export function skuPrefixHitsSql(storeId: string, pattern: string) {
  return Prisma.sql`SELECT "id"::text AS "id" FROM (${skuPrefixIds(storeId, pattern)}) AS "hits"`;
}

// Each sort's column; the id breaks ties, so (column, id) is a total order a cursor can resume.
const sortColumns: Record<(typeof productSorts)[number], { column: string; descending: boolean }> = {
  newest: { column: '"createdAt"', descending: true },
  oldest: { column: '"createdAt"', descending: false },
  name_asc: { column: '"searchName"', descending: false },
  name_desc: { column: '"searchName"', descending: true },
  updated: { column: '"updatedAt"', descending: true },
};

export type ProductPageQuery = {
  storeId: string;
  status?: string;
  categoryId?: number;
  sort: (typeof productSorts)[number];
  /** The id of the last row of the page before; the page holds the rows after it in this order. */
  cursor?: string;
  take: number;
  /** `contains`: LIKE pattern on the lower-cased name; `skuPrefix`: LIKE pattern on lower(sku). */
  search?: { contains: string; skuPrefix: string };
};

/** One row of "Product List" with what the row shows beside the product. */
export type ProductPageRow = {
  id: string;
  sku: string;
  name: string;
  status: CatalogStatus;
  createdAt: Date;
  updatedAt: Date;
  category: { id: number; slug: string; name: string } | null;
  imageKey: string | null;
  variantCount: number;
  minPrice: number | null;
  maxPrice: number | null;
  totalStock: number;
};

/**
 * "Product List": one page of a store's live products in one statement, each with its category,
 * cover image (lowest position) and its live variants' count, price range and stock over every
 * warehouse. The page is cut first (served by the `(storeId, <sort column>, id)` btrees, or for a
 * search by the name trigram index OR-ed with the SKU prefix btrees), then only its rows are
 * joined. A search is sent unnamed (`planPerCall`): a cached generic plan walks a big store's whole
 * ordered index instead of OR-ing the search indexes (33 ms instead of 1 ms at 50 000 products).
 */
export function productPageSql(query: ProductPageQuery) {
  const { column, descending } = sortColumns[query.sort];
  const direction = descending ? 'DESC' : 'ASC';
  const order = Prisma.raw(`p.${column} ${direction}, p."id" ${direction}`);
  const after = Prisma.raw(`(p.${column}, p."id") ${descending ? '<' : '>'} (c.${column}, c."id")`);
  const conditions = [
    Prisma.sql`p."storeId" = ${query.storeId}::uuid`,
    Prisma.sql`p."deletedAt" IS NULL`,
    ...(query.status ? [Prisma.sql`p."status" = ${query.status}::"CatalogStatus"`] : []),
    ...(query.categoryId !== undefined ? [Prisma.sql`p."categoryId" = ${query.categoryId}`] : []),
    ...(query.cursor
      ? [Prisma.sql`EXISTS (SELECT 1 FROM "Product" c WHERE c."id" = ${query.cursor}::uuid AND ${after})`]
      : []),
    ...(query.search
      ? [
          Prisma.sql`(p."searchName" LIKE ${query.search.contains} OR p."id" = ANY (ARRAY(${skuPrefixIds(
            query.storeId,
            query.search.skuPrefix,
          )})))`,
        ]
      : []),
  ];
  return Prisma.sql`${query.search ? Prisma.raw(planPerCall) : Prisma.empty}
    SELECT p."id"::text AS "id", p."sku", p."name", p."status"::text AS "status", p."createdAt", p."updatedAt",
      CASE WHEN cat."id" IS NULL THEN NULL
        ELSE json_build_object('id', cat."id", 'slug', cat."slug", 'name', cat."name") END AS "category",
      (SELECT i."key" FROM "ProductImage" i WHERE i."productId" = p."id"
        ORDER BY i."position", i."createdAt", i."id" LIMIT 1) AS "imageKey",
      f."variantCount", f."minPrice", f."maxPrice", f."totalStock"
    FROM (
      SELECT p.* FROM "Product" p
      WHERE ${Prisma.join(conditions, ' AND ')}
      ORDER BY ${order}
      LIMIT ${query.take}
    ) p
    LEFT JOIN "Category" cat ON cat."id" = p."categoryId"
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS "variantCount", min(v."price") AS "minPrice", max(v."price") AS "maxPrice",
        COALESCE(sum((SELECT sum(s."quantity") FROM "Stock" s WHERE s."variantId" = v."id")), 0)::int
          AS "totalStock"
      FROM "Variant" v WHERE v."productId" = p."id" AND v."deletedAt" IS NULL
    ) f
    ORDER BY ${order}`;
}
