import type { Order, OrderEvent, OrderFollowUp, OrderItem, WhatsappCheck } from '@bosonline/db';
import { Prisma } from '@bosonline/db';

// The checkout's raw statements, in one place so sql-statements.test.ts runs each one (EXPLAIN)
// against the migrated template. Why each is shaped so is said where it is used.

/**
 * The store's next invoice number, `INV` + n: one upsert that increments and returns the counter
 * (`last`). The checkout runs it inside its risk read (risk/risk.sql.ts), one round trip for both,
 * and outside the order's transaction: the counter row is then locked for one statement, not for
 * the whole checkout, and a number whose order is rolled back is simply skipped (gaps are fine;
 * duplicates are not).
 */
export function nextInvoiceSql(storeId: string): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "InvoiceCounter" ("storeId", "last") VALUES (${storeId}::uuid, 1)
    ON CONFLICT ("storeId") DO UPDATE SET "last" = "InvoiceCounter"."last" + 1
    RETURNING "last"`;
}

/**
 * One voucher use, taken only while the voucher is active and its quota lasts, and the buyer's
 * redemption row (their per-voucher count) with it: one statement, one row written when taken,
 * none when the quota ran out (create-order.ts).
 */
export function takeVoucherUseSql(use: {
  redemptionId: string;
  voucherId: string;
  storeId: string;
  buyerPhone: string;
}) {
  return Prisma.sql`
    WITH "taken" AS (
      UPDATE "Voucher" SET "used" = "used" + 1, "updatedAt" = now()
      WHERE "id" = ${use.voucherId}::uuid AND "status" = 'active' AND ("quota" IS NULL OR "used" < "quota")
      RETURNING "id")
    INSERT INTO "VoucherRedemption" ("id", "voucherId", "storeId", "buyerPhone", "createdAt")
    SELECT ${use.redemptionId}::uuid, "id", ${use.storeId}::uuid, ${use.buyerPhone}, now() FROM "taken"`;
}

/**
 * A new order's rows in one statement, answering the store's active subscriptions (insert-order.ts).
 * `whatsappChecks` (none, or the provider's answer for this buyer's number) go to the WhatsApp
 * cache, newer answers replacing older: always the same statement text, so one prepared plan.
 */
export function insertOrderRowsSql({
  order,
  items,
  event,
  followUps,
  whatsappChecks,
}: {
  order: Order;
  items: OrderItem[];
  event: OrderEvent;
  followUps: OrderFollowUp[];
  whatsappChecks: WhatsappCheck[];
}) {
  return Prisma.sql`
    WITH "order" AS (
      INSERT INTO "Order" SELECT * FROM json_populate_record(NULL::"Order", ${JSON.stringify(order)}::json)
      RETURNING "id"),
    "items" AS (
      INSERT INTO "OrderItem"
      SELECT * FROM json_populate_recordset(NULL::"OrderItem", ${JSON.stringify(items)}::json)),
    "event" AS (
      INSERT INTO "OrderEvent"
      SELECT * FROM json_populate_record(NULL::"OrderEvent", ${JSON.stringify(event)}::json)),
    "followUps" AS (
      INSERT INTO "OrderFollowUp"
      SELECT * FROM json_populate_recordset(NULL::"OrderFollowUp", ${JSON.stringify(followUps)}::json)),
    "abandoned" AS (
      UPDATE "AbandonedCheckout" SET "orderId" = (SELECT "id" FROM "order"), "updatedAt" = now()
      WHERE "formId" = ${order.formId}::uuid AND "buyerPhone" = ${order.buyerPhone} AND "orderId" IS NULL),
    "whatsapp" AS (
      INSERT INTO "WhatsappCheck"
      SELECT * FROM json_populate_recordset(NULL::"WhatsappCheck", ${JSON.stringify(whatsappChecks)}::json)
      ON CONFLICT ("phone") DO UPDATE SET "valid" = EXCLUDED."valid", "checkedAt" = EXCLUDED."checkedAt")
    SELECT "id", "events" FROM "WebhookSubscription"
    WHERE "storeId" = ${order.storeId}::uuid AND "active"`;
}

/** The store's side of an order (store-facts.ts); `csMemberIds` empty: the whole CS team. */
export function storeFactsSql(storeId: string, csMemberIds: string[]) {
  return Prisma.sql`
    SELECT s."csPhone", s."socialMedia", u."phone" AS "ownerPhone",
      (SELECT json_build_object('id', w."id", 'name', w."name", 'contactName', w."contactName",
          'contactPhone', w."contactPhone", 'regionId', w."regionId", 'address', w."address")
        FROM "Warehouse" w WHERE w."id" = s."defaultWarehouseId" AND w."deletedAt" IS NULL) AS "warehouse",
      COALESCE((
        SELECT json_agg(json_build_object('accountHolder', a."accountHolder",
            'accountNumber', a."accountNumber",
            'bank', json_build_object('code', b."code", 'name', b."name", 'logoUrl', b."logoUrl"))
          ORDER BY a."createdAt", a."id")
        FROM "BankAccount" a JOIN "Bank" b ON b."code" = a."bankCode"
        WHERE a."storeId" = s."id" AND a."active"
      ), '[]'::json) AS "bankAccounts",
      COALESCE((
        SELECT json_agg(json_build_object('id', m."id", 'weight', m."weight", 'phone', mu."phone")
          ORDER BY m."createdAt", m."id")
        FROM "StoreMember" m JOIN "User" mu ON mu."id" = m."userId"
        WHERE m."storeId" = s."id" AND m."role" = 'cs' AND m."status" = 'active'
          AND (cardinality(${csMemberIds}::uuid[]) = 0 OR m."id" = ANY(${csMemberIds}::uuid[]))
      ), '[]'::json) AS "csMembers"
    FROM "Store" s JOIN "User" u ON u."id" = s."ownerId"
    WHERE s."id" = ${storeId}::uuid`;
}
