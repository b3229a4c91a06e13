import { Prisma } from '@bosonline/db';
import { soldSql } from '../order/recap-source.ts';

// The recaps' raw statements, in one place so sql-statements.test.ts runs each one (EXPLAIN)
// against the migrated template. Each reads the sums a filter selects (`sums` from
// order/recap-source.ts's orderSumsSql, `productSums` from its productSumsSql).

/** Statuses an order reaches only once paid (or, for COD, confirmed to ship). */
const pastPayment = Prisma.raw(
  `('paid','processing','booking','ready_to_ship','shipped','delivered','returned')`,
);

/** "Recap Store": orders, items and revenue per status and payment method. */
export function storeRecapSql(sums: Prisma.Sql) {
  return Prisma.sql`
    SELECT r."status", r."paymentMethod", sum(r."orders")::int AS "orders",
      sum(r."items")::float8 AS "items", sum(r."revenue")::float8 AS "revenue"
    FROM (${sums}) r
    GROUP BY 1, 2 HAVING sum(r."orders") > 0`;
}

/** `week` is the ISO week, `2026-W49` (the platform dashboard offers it). */
const periodFormats = { day: 'YYYY-MM-DD', week: 'IYYY-"W"IW', month: 'YYYY-MM' } as const;
export type RecapPeriod = keyof typeof periodFormats;

/** "Get Revenue": sales (neither on hold nor canceled) per period and per payment method (GROUPING SETS, one pass). */
export function revenueSql(sums: Prisma.Sql, period: RecapPeriod) {
  return Prisma.sql`
    SELECT GROUPING(r."paymentMethod") = 0 AS "byMethod",
      to_char(r."day", ${Prisma.raw(`'${periodFormats[period]}'`)}) AS "period", r."paymentMethod"::text AS "method",
      sum(r."orders")::int AS "orders", sum(r."revenue")::float8 AS "revenue"
    FROM (${sums}) r
    WHERE ${soldSql('r')}
    GROUP BY GROUPING SETS ((2), (r."paymentMethod")) HAVING sum(r."orders") > 0 ORDER BY 2`;
}

/** "Recap CS": orders per CS member, with how many were paid, delivered and returned. */
export function csRecapSql(sums: Prisma.Sql) {
  return Prisma.sql`
    SELECT r."csMemberId"::text AS "memberId", COALESCE(u."name", 'Unassigned') AS "name",
      sum(r."orders")::int AS "orders",
      COALESCE(sum(r."orders") FILTER (WHERE r."status" IN ${pastPayment}), 0)::int AS "paid",
      COALESCE(sum(r."orders") FILTER (WHERE r."status" = 'delivered'), 0)::int AS "delivered",
      COALESCE(sum(r."orders") FILTER (WHERE r."status" = 'returned'), 0)::int AS "returned",
      COALESCE(sum(r."revenue") FILTER (WHERE ${soldSql('r')}), 0)::float8 AS "revenue"
    FROM (${sums}) r
    LEFT JOIN "StoreMember" m ON m."id" = r."csMemberId" LEFT JOIN "User" u ON u."id" = m."userId"
    GROUP BY r."csMemberId", u."name"
    HAVING sum(r."orders") > 0
    ORDER BY 3 DESC, 2, 1`;
}

/**
 * The rule of "Recap Product", as a query over the scope's order lines (`productSums`): per product
 * (and its store), units and line sales in the filtered orders that are sales (soldSql), and units in
 * returned ones. The seller's recap and the platform dashboard both read it.
 */
export function productFiguresSql(productSums: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT s."productId"::text AS "productId", p."storeId"::text AS "storeId", p."name", p."sku",
      COALESCE(sum(s."units") FILTER (WHERE ${soldSql('s')}), 0)::int AS "units",
      COALESCE(sum(s."sales") FILTER (WHERE ${soldSql('s')}), 0)::float8 AS "revenue",
      COALESCE(sum(s."units") FILTER (WHERE s."status" = 'returned'), 0)::int AS "returnedUnits"
    FROM (${productSums}) s JOIN "Product" p ON p."id" = s."productId"
    GROUP BY s."productId", p."storeId", p."name", p."sku"
    HAVING sum(s."units") <> 0`;
}

/** "Recap Product": the products' figures, best sellers first; the first `limit` when given. */
export function productRecapSql(productSums: Prisma.Sql, limit?: number) {
  return Prisma.sql`
    SELECT * FROM (${productFiguresSql(productSums)}) f
    ORDER BY f."units" DESC, f."revenue" DESC, f."name", f."productId"
    ${limit ? Prisma.sql`LIMIT ${limit}` : Prisma.empty}`;
}
