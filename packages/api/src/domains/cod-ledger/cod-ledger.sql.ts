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
 * breakdown, which is linear in them.
 */
export function daySumsSql(storeId: string, from: Date, to: Date) {
  const ended = Prisma.sql`CASE WHEN o."status" = 'delivered' THEN o."deliveredAt" ELSE o."returnedAt" END`;
  return Prisma.sql`
    SELECT ${wibDay(ended)} AS "day", o."courierCode", o."status"::text AS "status",
      count(*)::int AS "orders", sum(${codDueSql})::float8 AS "total",
      sum(o."shippingCost")::float8 AS "shippingCost", sum(o."codFee")::float8 AS "codFee",
      sum(o."insuranceFee")::float8 AS "insuranceFee", COALESCE(sum(r."remitted"), 0)::float8 AS "remitted"
    FROM "Order" o
    LEFT JOIN LATERAL (SELECT sum(x."amount") AS "remitted" FROM (${remittancesOf}) x) r ON TRUE
    WHERE o."storeId" = ${storeId}::uuid AND o."paymentMethod" = 'cod'
      AND ((o."status" = 'delivered' AND o."deliveredAt" >= ${from} AND o."deliveredAt" < ${to})
        OR (o."status" = 'returned' AND o."returnedAt" >= ${from} AND o."returnedAt" < ${to}))
    GROUP BY 1, 2, 3
    ORDER BY 1, 2, 3`;
}

export interface FindingRow {
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

/**
 * The store's findings: an order remitted more than once (`paid_twice`) or once below its total
 * (`short_paid`); a delivered COD parcel delivered before `dueBefore` and remitted by nobody
 * (`not_remitted`); a file line whose AWB is none of the store's COD orders (`unknown_awb`).
 * `awbs` narrows them to those AWBs (what one uploaded file touches).
 */
export function findingsSql(storeId: string, dueBefore: Date, awbs: string[] | null) {
  const only = (column: Prisma.Sql) =>
    awbs ? Prisma.sql`AND ${column} = ANY(${awbs}::text[])` : Prisma.empty;
  return Prisma.sql`
    WITH "rem" AS (
      SELECT l."orderId", l."amount", f."filename" || ' row ' || l."rowNumber" AS "source"
      FROM "CodRemittanceLine" l JOIN "CodRemittanceFile" f ON f."id" = l."fileId"
      WHERE l."storeId" = ${storeId}::uuid AND l."orderId" IS NOT NULL
      UNION ALL
      SELECT e."orderId", e."amount", 'BosPay' FROM "BosPayEntry" e
      WHERE e."storeId" = ${storeId}::uuid AND e."kind" = 'cod_remittance' AND e."orderId" IS NOT NULL
    ), "paid" AS (
      SELECT r."orderId", count(*)::int AS "lines", sum(r."amount")::float8 AS "remitted",
        array_agg(r."source" ORDER BY r."source") AS "sources"
      FROM "rem" r GROUP BY r."orderId"
    )
    SELECT CASE WHEN p."lines" > 1 THEN 'paid_twice' ELSE 'short_paid' END AS "kind", o."awb", o."invoice",
      o."courierCode", ${wibDay(Prisma.sql`o."deliveredAt"`)} AS "day", ${codDueSql} AS "expected",
      p."remitted", p."lines", p."sources"
    FROM "paid" p JOIN "Order" o ON o."id" = p."orderId"
    WHERE o."storeId" = ${storeId}::uuid AND (p."lines" > 1 OR p."remitted" < ${codDueSql}) ${only(Prisma.sql`o."awb"`)}
    UNION ALL
    SELECT 'not_remitted', o."awb", o."invoice", o."courierCode", ${wibDay(Prisma.sql`o."deliveredAt"`)},
      ${codDueSql}, 0, 0, ARRAY[]::text[]
    FROM "Order" o
    WHERE o."storeId" = ${storeId}::uuid AND o."status" = 'delivered' AND o."paymentMethod" = 'cod'
      AND o."deliveredAt" < ${dueBefore} AND NOT EXISTS (SELECT 1 FROM "paid" p WHERE p."orderId" = o."id")
      ${only(Prisma.sql`o."awb"`)}
    UNION ALL
    SELECT 'unknown_awb', l."awb", NULL, NULL, to_char(l."remittedOn", 'YYYY-MM-DD'), NULL, l."amount", 1,
      ARRAY[f."filename" || ' row ' || l."rowNumber"]
    FROM "CodRemittanceLine" l JOIN "CodRemittanceFile" f ON f."id" = l."fileId"
    WHERE l."storeId" = ${storeId}::uuid AND l."orderId" IS NULL ${only(Prisma.sql`l."awb"`)}
    ORDER BY 1, 5, 2`;
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
