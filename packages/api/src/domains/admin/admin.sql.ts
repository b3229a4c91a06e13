import { Prisma } from '@bosonline/db';

// The admin domain's raw statements, in one place so sql-statements.test.ts runs each one
// (EXPLAIN) against the migrated template. The dashboard's statements read the recaps' sources
// (order/recap-source.ts, recap/recap.sql.ts), which the caller passes in as `rollups` / `figures`.

const live = Prisma.sql`r."status" <> 'canceled'`;

/** Orders, canceled, GMV and COD orders over `rollups`, and how many sellers had any. */
export function dashboardSumsSql(rollups: Prisma.Sql) {
  // Summed per store first: the join to the owners then meets one row per store, not per rollup row.
  return Prisma.sql`
    SELECT COALESCE(sum(t."orders"), 0)::int AS "orders", COALESCE(sum(t."canceled"), 0)::int AS "canceled",
      COALESCE(sum(t."gmv"), 0)::float8 AS "gmv", COALESCE(sum(t."codOrders"), 0)::int AS "codOrders",
      count(DISTINCT s."ownerId")::int AS "activeSellers"
    FROM (
      SELECT r."storeId", sum(r."orders") AS "orders",
        COALESCE(sum(r."orders") FILTER (WHERE NOT ${live}), 0) AS "canceled",
        COALESCE(sum(r."revenue") FILTER (WHERE ${live}), 0) AS "gmv",
        COALESCE(sum(r."orders") FILTER (WHERE ${live} AND r."paymentMethod" = 'cod'), 0) AS "codOrders"
      FROM (${rollups}) r GROUP BY r."storeId"
    ) t JOIN "Store" s ON s."id" = t."storeId"`;
}

/** Sellers (owners not deleted) and their stores. */
export function sellerCountsSql() {
  return Prisma.sql`
    SELECT count(DISTINCT s."ownerId")::int AS "sellers", count(*)::int AS "stores"
    FROM "Store" s JOIN "User" u ON u."id" = s."ownerId" WHERE u."status" <> 'deleted'`;
}

/** Orders and GMV per day of `rollups`. */
export function dailySumsSql(rollups: Prisma.Sql) {
  return Prisma.sql`
    SELECT to_char(r."day", 'YYYY-MM-DD') AS "date", sum(r."orders")::int AS "orders",
      COALESCE(sum(r."revenue") FILTER (WHERE ${live}), 0)::float8 AS "gmv"
    FROM (${rollups}) r GROUP BY 1`;
}

/** Products sold, units, revenue and returned units over per-product `figures`. */
export function productTotalsSql(figures: Prisma.Sql) {
  return Prisma.sql`
    SELECT count(*) FILTER (WHERE f."units" > 0)::int AS "productsSold",
      COALESCE(sum(f."units"), 0)::int AS "units", COALESCE(sum(f."revenue"), 0)::float8 AS "revenue",
      COALESCE(sum(f."returnedUnits"), 0)::int AS "returnedUnits"
    FROM (${figures}) f`;
}

/** The `limit` sellers with the most GMV over `rollups`, with their stores and orders. */
export function topSellersSql(rollups: Prisma.Sql, limit: number) {
  // Summed per store first, so the owners are joined to one row per store, not per rollup row.
  return Prisma.sql`
    SELECT t."ownerId"::text AS "sellerId", u."name", u."email", t."stores", t."orders", t."gmv"
    FROM (
      SELECT s."ownerId", count(*)::int AS "stores", sum(b."orders")::int AS "orders",
        sum(b."gmv")::float8 AS "gmv"
      FROM (
        SELECT r."storeId", sum(r."orders") AS "orders", sum(r."revenue") AS "gmv"
        FROM (${rollups}) r WHERE ${live}
        GROUP BY r."storeId" HAVING sum(r."orders") > 0
      ) b JOIN "Store" s ON s."id" = b."storeId"
      GROUP BY s."ownerId"
      ORDER BY 4 DESC, 3 DESC, 1 LIMIT ${limit}
    ) t JOIN "User" u ON u."id" = t."ownerId"
    ORDER BY t."gmv" DESC, t."orders" DESC, t."ownerId"`;
}

/** The active superadmins' ids, their rows locked until the transaction ends. */
export function lockActiveSuperadminsSql() {
  return Prisma.sql`
    SELECT "id"::text AS "id" FROM "AdminUser" WHERE "role" = 'superadmin' AND "active" FOR UPDATE`;
}
