import { Prisma } from '@bosonline/db';
import type { Columns } from '../../lib/sql-columns.ts';
import { nextInvoiceSql } from '../checkout/checkout.sql.ts';

// The risk domain's raw statements (sql-statements.test.ts EXPLAINs each one).

/** How many of the store's latest orders the district rate and the median are read from. */
const recentOrdersWindow = 2_000;
/** The median of the order value is taken over this many of the latest orders. */
const medianWindow = 500;

/**
 * Everything the score needs from the store's history, in one statement on the checkout's path:
 * this phone's earlier orders (served by the (storeId, buyerPhone, createdAt) index), the
 * destination district's returned share and the median total over the store's latest orders
 * (a bounded read of the (storeId, createdAt) index, so a store with a million orders costs the
 * same as one with two thousand), and the cached WhatsApp look-up of the number. The district is
 * the parent of a subdistrict `addr_id` (or the region itself when it is a district).
 */
export function riskFactsSql<Also extends object = Record<never, never>>(input: {
  storeId: string;
  phone: string;
  regionId: number;
  now: Date;
  whatsappSince: Date;
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
      FROM "Order" WHERE "storeId" = ${input.storeId}::uuid AND "buyerPhone" = ${input.phone}),
    "recent" AS (
      SELECT "regionId", "status", "total", row_number() OVER () AS "n" FROM (
        SELECT "regionId", "status", "total" FROM "Order"
        WHERE "storeId" = ${input.storeId}::uuid
        ORDER BY "createdAt" DESC LIMIT ${recentOrdersWindow}) t),
    "district" AS (
      SELECT CASE WHEN "level" = 'subdistrict' THEN "parentId" ELSE "id" END AS "id"
      FROM "Region" WHERE "id" = ${input.regionId}),
    "inDistrict" AS (
      SELECT "id" FROM "district"
      UNION ALL
      SELECT g."id" FROM "Region" g
      WHERE g."parentId" = (SELECT "id" FROM "district") AND g."level" = 'subdistrict'),
    "toDistrict" AS (
      SELECT (count(*) FILTER (WHERE r."status" IN ('delivered', 'returned')))::int AS "ended",
        (count(*) FILTER (WHERE r."status" = 'returned'))::int AS "returned"
      FROM "recent" r WHERE r."regionId" = ANY(ARRAY(SELECT "id" FROM "inDistrict"))),
    "median" AS (
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY "total") AS "total", count(*)::int AS "orders"
      FROM "recent" WHERE "n" <= ${medianWindow} AND "status" <> 'canceled')
    SELECT p.*, d."ended" AS "districtEnded", d."returned" AS "districtReturned",
      m."total" AS "medianTotal", m."orders" AS "medianOrders",
      (SELECT w."valid" FROM "WhatsappCheck" w
        WHERE w."phone" = ${input.phone} AND w."checkedAt" > ${input.whatsappSince}) AS "whatsappValid",
      ${invoiceNumber} AS "invoiceNumber"${input.alsoSelect ? Prisma.sql`, ${input.alsoSelect}` : Prisma.empty}
    FROM "phone" p, "toDistrict" d, "median" m`;
}

export interface RiskFactsRow {
  pastOrders: number;
  delivered: number;
  returned: number;
  canceled: number;
  lastHour: number;
  lastDay: number;
  districtEnded: number;
  districtReturned: number;
  medianTotal: number | null;
  medianOrders: number;
  whatsappValid: boolean | null;
  invoiceNumber: number | null;
}
