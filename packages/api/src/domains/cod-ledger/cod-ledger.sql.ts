import { Prisma } from '@bosonline/db';

// The COD ledger's raw statements (sql-statements.test.ts plans each one). A remittance is either
// a line of an uploaded courier file or a BosPay COD credit (`cod_remittance`, written when BosCOD
// reports the parcel delivered); both are read where they are, never copied, so the ledger cannot
// drift from the balance. What the courier is expected to remit for a COD parcel is its order's
// total (cod-ledger/breakdown.ts, `expectedCod`).

/** Every remittance of an order, from either source (the alias `o` is the order). */
const remittancesOf = Prisma.sql`
  SELECT l."amount" FROM "CodRemittanceLine" l WHERE l."storeId" = o."storeId" AND l."orderId" = o."id"
  UNION ALL
  SELECT e."amount" FROM "BosPayEntry" e
  WHERE e."storeId" = o."storeId" AND e."kind" = 'cod_remittance' AND e."orderId" = o."id"`;

/**
 * What the courier collects for order `o`: its total less a down payment the seller confirmed
 * (contracts' codAmountOf, the same rule in SQL).
 */
const codDueSql = Prisma.sql`(o."total" - CASE WHEN o."downPaymentPaidAt" IS NOT NULL THEN COALESCE(o."downPayment", 0) ELSE 0 END)`;

const wibDay = (column: Prisma.Sql) => Prisma.sql`to_char(${column} + interval '7 hours', 'YYYY-MM-DD')`;

/** One store (`storeId`) or every store (null, the admin realm). */
const storeIs = (storeId: string | null) =>
  storeId ? Prisma.sql`o."storeId" = ${storeId}::uuid` : Prisma.sql`TRUE`;

export interface AgeCutoffs {
  /** Delivered after these instants: at most 7, 14 and 30 whole days ago. */
  days7: Date;
  days14: Date;
  days30: Date;
  /** Delivered before this instant: past the days couriers get to remit. */
  due: Date;
}

/**
 * Cash in transit: delivered COD parcels no remittance names yet, per store, age bucket (whole days
 * since delivery) and whether they are overdue, with their expected COD amounts.
 */
export function inTransitSql(storeId: string | null, cut: AgeCutoffs) {
  return Prisma.sql`
    SELECT o."storeId"::text AS "storeId",
      CASE WHEN o."deliveredAt" > ${cut.days7} THEN '0-7' WHEN o."deliveredAt" > ${cut.days14} THEN '8-14'
        WHEN o."deliveredAt" > ${cut.days30} THEN '15-30' ELSE '31+' END AS "bucket",
      (o."deliveredAt" < ${cut.due}) AS "overdue",
      count(*)::int AS "orders", sum(${codDueSql})::float8 AS "amount"
    FROM "Order" o
    WHERE ${storeIs(storeId)} AND o."status" = 'delivered' AND o."paymentMethod" = 'cod'
      AND NOT EXISTS (${remittancesOf})
    GROUP BY 1, 2, 3`;
}

/**
 * COD parcels delivered or returned within [from, to) (by the instant they were), summed per WIB
 * day, courier and status, with what was remitted for them: the report feeds each sum to the
 * breakdown, which is linear in them. One branch per status, each a range of its own index
 * (`(storeId, deliveredAt)`, `(storeId, returnedAt)`).
 */
export function daySumsSql(storeId: string, from: Date, to: Date) {
  const ended = (status: 'delivered' | 'returned', column: Prisma.Sql) => Prisma.sql`
    SELECT o."id", o."storeId", ${wibDay(column)} AS "day", o."courierCode", o."status"::text AS "status",
      ${codDueSql} AS "due", o."shippingCost", o."codFee", o."insuranceFee"
    FROM "Order" o
    WHERE o."storeId" = ${storeId}::uuid AND ${column} >= ${from} AND ${column} < ${to}
      AND o."status" = ${status}::"OrderStatus" AND o."paymentMethod" = 'cod'`;
  return Prisma.sql`
    SELECT o."day", o."courierCode", o."status",
      count(*)::int AS "orders", sum(o."due")::float8 AS "total",
      sum(o."shippingCost")::float8 AS "shippingCost", sum(o."codFee")::float8 AS "codFee",
      sum(o."insuranceFee")::float8 AS "insuranceFee", COALESCE(sum(r."remitted"), 0)::float8 AS "remitted"
    FROM (
      ${ended('delivered', Prisma.sql`o."deliveredAt"`)}
      UNION ALL
      ${ended('returned', Prisma.sql`o."returnedAt"`)}
    ) o
    LEFT JOIN LATERAL (SELECT sum(x."amount") AS "remitted" FROM (${remittancesOf}) x) r ON TRUE
    GROUP BY 1, 2, 3
    ORDER BY 1, 2, 3`;
}

export interface FindingRow {
  storeId: string;
  kind: string;
  awb: string | null;
  invoice: string | null;
  courierCode: string | null;
  day: string | null;
  expected: number | null;
  remitted: number;
  lines: number;
  sources: string[];
}

/** Which findings: a store's (or every store's), narrowed to some AWBs and/or a span of days. */
export interface FindingScope {
  /** One store, or every store (null, the admin realm). */
  storeId: string | null;
  /** Delivered before this instant and remitted by nobody: `not_remitted`. */
  dueBefore: Date;
  /** Only these AWBs (what one uploaded file touches). */
  awbs?: string[] | null;
  /**
   * WIB days `fromDay`..`toDay`: an order's findings by the instant it was delivered (`start` to
   * `end`, the same days as instants), an unknown AWB's by the day it was remitted.
   */
  range?: { fromDay: string; toDay: string; start: Date; end: Date } | null;
}

/**
 * The findings. Per COD order (a store's range: its `(storeId, deliveredAt)` index),
 * its remittances from either source: none though delivered before `dueBefore` (`not_remitted`),
 * summing below its total (`short_paid`), or above it with one amount repeated, the same payment
 * again (`paid_twice`), or otherwise (`overpaid`). Lines summing to the total are a payment in
 * parts, no finding. And a file line whose AWB is none of the store's COD orders (`unknown_awb`).
 */
export function findingsSql(scope: FindingScope) {
  const { awbs, range } = scope;
  const store = (column: Prisma.Sql) =>
    scope.storeId ? Prisma.sql`${column} = ${scope.storeId}::uuid` : Prisma.sql`TRUE`;
  const only = (column: Prisma.Sql) =>
    awbs ? Prisma.sql`AND ${column} = ANY(${awbs}::text[])` : Prisma.empty;
  const delivered = range
    ? Prisma.sql`AND o."deliveredAt" >= ${range.start} AND o."deliveredAt" < ${range.end}`
    : Prisma.empty;
  const remitted = range
    ? Prisma.sql`AND l."remittedOn" >= ${range.fromDay}::date AND l."remittedOn" <= ${range.toDay}::date`
    : Prisma.empty;
  return Prisma.sql`
    SELECT * FROM (
      SELECT o."storeId"::text AS "storeId",
        CASE WHEN p."lines" = 0 THEN 'not_remitted' WHEN p."remitted" < ${codDueSql} THEN 'short_paid'
          WHEN p."repeated" THEN 'paid_twice' ELSE 'overpaid' END AS "kind",
        o."awb", o."invoice", o."courierCode", ${wibDay(Prisma.sql`o."deliveredAt"`)} AS "day",
        ${codDueSql} AS "expected", p."remitted", p."lines", p."sources"
      FROM "Order" o
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS "lines", COALESCE(sum(r."amount"), 0)::float8 AS "remitted",
          count(DISTINCT r."amount") < count(*) AS "repeated",
          COALESCE(array_agg(r."source" ORDER BY r."source") FILTER (WHERE r."source" IS NOT NULL),
            ARRAY[]::text[]) AS "sources"
        FROM (
          SELECT l."amount", f."filename" || ' row ' || l."rowNumber" AS "source"
          FROM "CodRemittanceLine" l JOIN "CodRemittanceFile" f ON f."id" = l."fileId"
          WHERE l."storeId" = o."storeId" AND l."orderId" = o."id"
          UNION ALL
          SELECT e."amount", 'BosPay' FROM "BosPayEntry" e
          WHERE e."storeId" = o."storeId" AND e."kind" = 'cod_remittance' AND e."orderId" = o."id"
        ) r
      ) p
      WHERE ${store(Prisma.sql`o."storeId"`)} AND o."paymentMethod" = 'cod' ${delivered} ${only(Prisma.sql`o."awb"`)}
        AND ((p."lines" > 0 AND p."remitted" <> ${codDueSql})
          OR (p."lines" = 0 AND o."status" = 'delivered' AND o."deliveredAt" < ${scope.dueBefore}))
      UNION ALL
      SELECT l."storeId"::text, 'unknown_awb', l."awb", NULL, NULL, to_char(l."remittedOn", 'YYYY-MM-DD'), NULL,
        l."amount"::float8, 1, ARRAY[f."filename" || ' row ' || l."rowNumber"]
      FROM "CodRemittanceLine" l JOIN "CodRemittanceFile" f ON f."id" = l."fileId"
      WHERE ${store(Prisma.sql`l."storeId"`)} AND l."orderId" IS NULL ${remitted} ${only(Prisma.sql`l."awb"`)}
    ) x
    ORDER BY "kind", "day", "awb"`;
}

/** Findings counted per store and kind (the admin's report across sellers). */
export function findingCountsSql(scope: FindingScope) {
  return Prisma.sql`
    SELECT f."storeId", f."kind", count(*)::int AS "count" FROM (${findingsSql(scope)}) f GROUP BY 1, 2`;
}

/** The store's uploaded files, newest first, with the sum of the lines each recorded. */
export function remittanceFilesSql(storeId: string, limit: number) {
  return Prisma.sql`
    SELECT f."id"::text AS "id", f."filename", f."format", f."rowCount" AS "rows", f."skippedCount" AS "skipped",
      COALESCE((SELECT sum(l."amount") FROM "CodRemittanceLine" l WHERE l."fileId" = f."id"), 0)::float8 AS "amount",
      f."createdAt"
    FROM "CodRemittanceFile" f
    WHERE f."storeId" = ${storeId}::uuid
    ORDER BY f."createdAt" DESC, f."id" DESC
    LIMIT ${limit}`;
}
