import { Prisma } from '@bosonline/db';
import type { Columns } from '../../lib/sql-columns.ts';
import { nextInvoiceSql } from '../checkout/checkout.sql.ts';

// The risk domain's raw statements (sql-statements.test.ts EXPLAINs each one).

/** How many of the store's latest orders the district rates and the median are read from. */
const recentOrdersWindow = 2_000;
/** The median of the order value is taken over this many of the latest orders. */
const medianWindow = 500;

/**
 * The store's side of the score, which moves slowly (risk/baseline.ts keeps it a minute): over its
 * latest orders, each destination district's parcels that ended delivered or returned (districts
 * without one left out), keyed by district id, and the median total of the latest non-canceled
 * ones. A bounded read of the (storeId, createdAt) index, so a store with a million orders costs the
 * same as one with two thousand; each region met is mapped to its district once, not per order.
 */
export interface StoreRiskBaseline {
  /** District id → [ended, returned]. */
  districts: Record<string, [number, number]>;
  medianTotal: number | null;
  medianOrders: number;
}

/** The district of the Region row `g`: a subdistrict's parent, else the region itself. */
const districtOfG = Prisma.raw(`CASE WHEN g."level" = 'subdistrict' THEN g."parentId" ELSE g."id" END`);

function baselineCtes(storeId: string): Prisma.Sql {
  return Prisma.sql`,
    "recent" AS (
      SELECT "regionId", "status", "total", row_number() OVER () AS "n" FROM (
        SELECT "regionId", "status", "total" FROM "Order"
        WHERE "storeId" = ${storeId}::uuid
        ORDER BY "createdAt" DESC LIMIT ${recentOrdersWindow}) t),
    "byRegion" AS (
      SELECT "regionId",
        count(*) FILTER (WHERE "status" IN ('delivered', 'returned')) AS "ended",
        count(*) FILTER (WHERE "status" = 'returned') AS "returned"
      FROM "recent" GROUP BY "regionId"),
    "byDistrict" AS (
      SELECT ${districtOfG} AS "district",
        sum(r."ended")::int AS "ended", sum(r."returned")::int AS "returned"
      FROM "byRegion" r JOIN "Region" g ON g."id" = r."regionId"
      WHERE r."ended" > 0 GROUP BY 1),
    "baseline" AS (
      SELECT json_build_object(
        'districts', COALESCE((
          SELECT json_object_agg("district", json_build_array("ended", "returned"))
          FROM "byDistrict" WHERE "district" IS NOT NULL), '{}'::json),
        'medianTotal', m."total", 'medianOrders', m."orders") AS "value"
      FROM (
        SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY "total") AS "total", count(*)::int AS "orders"
        FROM "recent" WHERE "n" <= ${medianWindow} AND "status" <> 'canceled') m)`;
}

/**
 * Everything the score needs, in one statement on the checkout's path: this phone's earlier orders
 * in the store (served by the (storeId, buyerPhone, createdAt) index), the destination's district
 * (the parent of a subdistrict `addr_id`, or the region itself when it is a district), the cached
 * WhatsApp look-up of the number, and the store's baseline (`StoreRiskBaseline`) unless the caller
 * already holds it (`baseline: false` answers null).
 */
export function riskFactsSql<Also extends object = Record<never, never>>(input: {
  storeId: string;
  phone: string;
  regionId: number;
  now: Date;
  whatsappSince: Date;
  /** Read the store's baseline too (answered as `baseline`). */
  baseline: boolean;
  /**
   * Also take the store's next invoice number (the checkout's), answered as `invoiceNumber`: the
   * order path saves a round trip. Without it `invoiceNumber` is null and nothing is written.
   */
  allocateInvoice?: boolean;
  /**
   * More columns read in the same round trip (the Order Shield's buyer facts, on the checkout);
   * the row then has `Also`'s fields too (`RiskFactsRow & Also`).
   */
  alsoSelect?: Columns<Also>;
}) {
  const hourAgo = new Date(input.now.getTime() - 3_600_000);
  const dayAgo = new Date(input.now.getTime() - 86_400_000);
  const invoice = input.allocateInvoice
    ? Prisma.sql`"invoice" AS (${nextInvoiceSql(input.storeId)}),`
    : Prisma.empty;
  const invoiceNumber = input.allocateInvoice
    ? Prisma.sql`(SELECT "last" FROM "invoice")`
    : Prisma.sql`NULL::int`;
  return Prisma.sql`
    WITH ${invoice} "phone" AS (
      SELECT count(*)::int AS "pastOrders",
        (count(*) FILTER (WHERE "status" = 'delivered'))::int AS "delivered",
        (count(*) FILTER (WHERE "status" = 'returned'))::int AS "returned",
        (count(*) FILTER (WHERE "status" = 'canceled'))::int AS "canceled",
        (count(*) FILTER (WHERE "createdAt" > ${hourAgo}))::int AS "lastHour",
        (count(*) FILTER (WHERE "createdAt" > ${dayAgo}))::int AS "lastDay"
      FROM "Order" WHERE "storeId" = ${input.storeId}::uuid AND "buyerPhone" = ${input.phone})
    ${input.baseline ? baselineCtes(input.storeId) : Prisma.empty}
    SELECT p.*,
      (SELECT ${districtOfG} FROM "Region" g WHERE g."id" = ${input.regionId}) AS "districtId",
      ${input.baseline ? Prisma.sql`(SELECT "value" FROM "baseline")` : Prisma.sql`NULL::json`} AS "baseline",
      (SELECT w."valid" FROM "WhatsappCheck" w
        WHERE w."phone" = ${input.phone} AND w."checkedAt" > ${input.whatsappSince}) AS "whatsappValid",
      ${invoiceNumber} AS "invoiceNumber"${input.alsoSelect ? Prisma.sql`, ${input.alsoSelect}` : Prisma.empty}
    FROM "phone" p`;
}

export interface RiskFactsRow {
  pastOrders: number;
  delivered: number;
  returned: number;
  canceled: number;
  lastHour: number;
  lastDay: number;
  /** The destination's district; null for a region we do not know. */
  districtId: number | null;
  /** Null unless asked for (`baseline: true`). */
  baseline: StoreRiskBaseline | null;
  whatsappValid: boolean | null;
  invoiceNumber: number | null;
}
