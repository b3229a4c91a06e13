import { Prisma } from '@bosonline/db';

// The shipping domain's raw statements, in one place so sql-statements.test.ts runs each one
// (EXPLAIN) against the migrated template: a renamed column fails CI, not a courier's webhook.

/** Keeps a notification, or makes one that found no order pending again; returns its id if so. */
export function keepInboxRow(row: {
  id: string;
  body: string;
  now: Date;
  claimedUntil: Date | null;
  attempts: number;
}) {
  return Prisma.sql`
    INSERT INTO "ShippingWebhookInbox" ("id", "body", "receivedAt", "claimedUntil", "attempts")
    VALUES (${row.id}, ${row.body}::jsonb, ${row.now}, ${row.claimedUntil}, ${row.attempts})
    ON CONFLICT ("id") DO UPDATE
      SET "appliedAt" = NULL, "outcome" = NULL, "claimedUntil" = EXCLUDED."claimedUntil",
          "attempts" = EXCLUDED."attempts"
      WHERE "ShippingWebhookInbox"."outcome" = 'no_order'
    RETURNING "id"`;
}

/** Records how a notification ended and releases its claim. */
export function settleInboxRow(id: string, outcome: string, now: Date) {
  return Prisma.sql`
    UPDATE "ShippingWebhookInbox" SET "outcome" = ${outcome}, "appliedAt" = ${now},
      "claimedUntil" = NULL
    WHERE "id" = ${id}`;
}

/** Claims up to `limit` pending notifications (unclaimed or past their claim) until `until`. */
export function claimPendingInbox(now: Date, until: Date, limit: number) {
  return Prisma.sql`
    UPDATE "ShippingWebhookInbox" SET "claimedUntil" = ${until}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "ShippingWebhookInbox"
      WHERE "appliedAt" IS NULL AND ("claimedUntil" IS NULL OR "claimedUntil" < ${now})
      ORDER BY "seq"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING "seq", "body", "attempts"`;
}

/** Deletes up to `batch` notifications applied before `before`. */
export function pruneAppliedInbox(before: Date, batch: number) {
  return Prisma.sql`
    DELETE FROM "ShippingWebhookInbox" WHERE "id" IN (
      SELECT "id" FROM "ShippingWebhookInbox" WHERE "appliedAt" < ${before} LIMIT ${batch})`;
}
