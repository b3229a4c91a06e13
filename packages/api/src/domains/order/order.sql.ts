import type { OrderEvent } from '@bosonline/db';
import { Prisma } from '@bosonline/db';
import { onHoldSql, soldSql } from './recap-source.ts';

// The order domain's raw statements, in one place so sql-statements.test.ts runs each one (EXPLAIN)
// against the migrated template. The filters they read (`where`, `sums`) are built by filter.ts
// and recap-source.ts from a list's input.

/**
 * Claims up to `limit` orders stranded in `booking` with a guarded UPDATE that counts the attempt
 * and moves `updatedAt`; locked rows are skipped, so several processes never share an order.
 */
export function claimStrandedBookingsSql(claim: {
  now: Date;
  cutoff: Date;
  maxAttempts: number;
  limit: number;
}) {
  return Prisma.sql`
    UPDATE "Order" SET "bookingAttempts" = "bookingAttempts" + 1, "updatedAt" = ${claim.now}
    WHERE "id" IN (
      SELECT "id" FROM "Order"
      WHERE "status" = 'booking' AND "shipmentRef" IS NULL AND "updatedAt" < ${claim.cutoff}
        AND "bookingAttempts" < ${claim.maxAttempts}
      ORDER BY "updatedAt" LIMIT ${claim.limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id"`;
}

/**
 * Writes an order's timeline event and reads the store's active webhook subscriptions (which the
 * outbox needs next) in one statement.
 */
export function insertEventReadingSubscriptionsSql(
  event: Omit<OrderEvent, 'data'> & { data: Prisma.InputJsonValue },
) {
  return Prisma.sql`
    WITH "event" AS (
      INSERT INTO "OrderEvent"
      SELECT * FROM json_populate_record(NULL::"OrderEvent", ${JSON.stringify(event)}::json))
    SELECT "id", "events" FROM "WebhookSubscription"
    WHERE "storeId" = ${event.storeId}::uuid AND "active"`;
}

/** The next ids of an order download, oldest first, after `after` (keyset). */
export function exportBatchIdsSql(
  where: Prisma.Sql,
  after: { createdAt: Date; id: string } | null,
  batchSize: number,
) {
  const past: Prisma.Sql = after
    ? Prisma.sql`AND (o."createdAt", o."id") > (${after.createdAt}, ${after.id}::uuid)`
    : Prisma.empty;
  return Prisma.sql`
      SELECT o."id", o."createdAt" FROM "Order" o WHERE ${where} ${past}
      ORDER BY o."createdAt", o."id" LIMIT ${batchSize}`;
}

/** Orders per status in `sums` (recap-source.ts): the numbers on the list's tabs. */
export function statusCountsSql(sums: Prisma.Sql) {
  return Prisma.sql`
    SELECT r."status"::text AS "status", sum(r."orders")::int AS "count"
    FROM (${sums}) r
    GROUP BY 1`;
}

/** One page of the order list's ids (keyset on the sort value and id; one more tells if more). */
export function listPageIdsSql(page: {
  where: Prisma.Sql;
  after: Prisma.Sql;
  column: Prisma.Sql;
  dir: Prisma.Sql;
  limit: number;
}) {
  return Prisma.sql`
        SELECT o."id" FROM "Order" o WHERE ${page.where} ${page.after}
        ORDER BY ${page.column} ${page.dir}, o."id" ${page.dir}
        LIMIT ${page.limit + 1}`;
}

// Orders on hold and canceled ones are counted (the list shows them) but earn nothing (soldSql).
const live = soldSql('r');
const cod = Prisma.sql`r."paymentMethod" = 'cod'`;
/** A rupiah sum as a JS number (bigint sums would arrive as strings or BigInt). */
const sum = (column: string, when: Prisma.Sql) =>
  Prisma.sql`COALESCE(sum(r.${Prisma.raw(`"${column}"`)}) FILTER (WHERE ${when}), 0)::float8`;
const count = (when: Prisma.Sql) => Prisma.sql`COALESCE(sum(r."orders") FILTER (WHERE ${when}), 0)::int`;

/**
 * "Recap Order List" per WIB day of `sums` (recap-source.ts): every order counted, money and items
 * summed over sales only (neither on hold nor canceled).
 */
export function orderRecapDaysSql(sums: Prisma.Sql) {
  return Prisma.sql`
    SELECT to_char(r."day", 'YYYY-MM-DD') AS "date",
      sum(r."orders")::int AS "orders",
      ${count(live)} AS "sold",
      ${count(onHoldSql('r'))} AS "held",
      ${count(Prisma.sql`r."status" = 'canceled'`)} AS "canceled",
      ${sum('items', live)} AS "items",
      ${sum('revenue', live)} AS "revenue",
      ${sum('itemsTotal', live)} AS "itemsTotal",
      ${sum('shipping', live)} AS "shipping",
      ${sum('codFees', live)} AS "codFees",
      ${count(Prisma.sql`${live} AND ${cod}`)} AS "codOrders",
      ${sum('revenue', Prisma.sql`${live} AND ${cod}`)} AS "codTotal",
      ${count(Prisma.sql`${live} AND NOT ${cod}`)} AS "transferOrders",
      ${sum('revenue', Prisma.sql`${live} AND NOT ${cod}`)} AS "transferTotal"
    FROM (${sums}) r
    GROUP BY 1 HAVING sum(r."orders") > 0 ORDER BY 1`;
}

/** Gives one use back to a voucher's quota. */
export function releaseVoucherUseSql(voucherId: string) {
  return Prisma.sql`UPDATE "Voucher" SET "used" = GREATEST("used" - 1, 0), "updatedAt" = now() WHERE "id" = ${voucherId}::uuid`;
}
