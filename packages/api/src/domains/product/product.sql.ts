import { Prisma } from '@bosonline/db';

// The product domain's raw statements, in one place so sql-statements.test.ts runs each one
// (EXPLAIN) against the migrated template: a renamed column fails CI, not a seller's search.

/**
 * Products of the store whose SKU, or a live variant's, starts with `pattern` (a LIKE pattern,
 * lower case), at most 500 of each. Two lookups, each served by its `(storeId, lower(sku)
 * text_pattern_ops)` btree (migration 20261206191500_sku_prefix_index).
 */
export function skuPrefixHitsSql(storeId: string, pattern: string) {
  return Prisma.sql`
    (SELECT DISTINCT "productId"::text AS "id" FROM "Variant"
      WHERE "storeId" = ${storeId}::uuid AND lower("sku") LIKE ${pattern} AND "deletedAt" IS NULL
      LIMIT 500)
    UNION
    (SELECT "id"::text FROM "Product"
      WHERE "storeId" = ${storeId}::uuid AND lower("sku") LIKE ${pattern}
      LIMIT 500)`;
}
