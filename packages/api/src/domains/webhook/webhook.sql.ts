import { Prisma } from '@bosonline/db';

// The outgoing webhooks' raw statements, in one place so sql-statements.test.ts runs each one
// (EXPLAIN) against the migrated template: a renamed column fails CI, not a delivery.

/**
 * Claims attempt `attempt` of a pending delivery that is due (`attempt - 1` made), holding it until
 * `leaseUntil` and starting its retry window (`giveUpAt`) at the first; answers what to send.
 */
export function claimDeliveryAttempt(claim: {
  deliveryId: string;
  attempt: number;
  now: Date;
  leaseUntil: Date;
  giveUpAt: Date;
}) {
  return Prisma.sql`
    WITH "claimed" AS (
      UPDATE "WebhookDelivery"
      SET "attempts" = ${claim.attempt}, "nextAttemptAt" = ${claim.leaseUntil},
        "giveUpAt" = COALESCE("giveUpAt", ${claim.giveUpAt})
      WHERE "id" = ${claim.deliveryId}::uuid AND "status" = 'pending' AND "attempts" = ${claim.attempt - 1}
        AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= ${claim.now})
      RETURNING "eventId", "subscriptionId", "giveUpAt")
    SELECT c."giveUpAt", e."id" AS "eventId", e."type", e."payload", s."url", s."secret", s."active"
    FROM "claimed" c
    JOIN "WebhookEvent" e ON e."id" = c."eventId"
    JOIN "WebhookSubscription" s ON s."id" = c."subscriptionId"`;
}

/** The attempt's log row and the delivery's new state, in one statement (together or not at all). */
export function recordDeliveryAttempt(outcome: {
  attemptId: string;
  deliveryId: string;
  attempt: number;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  finished: Date;
  status: 'pending' | 'delivered' | 'failed';
  nextAttemptAt: Date | null;
}) {
  const { deliveryId, attempt, statusCode, error, finished, status } = outcome;
  return Prisma.sql`
    WITH "logged" AS (
      INSERT INTO "WebhookAttempt" ("id", "deliveryId", "attempt", "statusCode", "error", "durationMs", "createdAt")
      VALUES (${outcome.attemptId}::uuid, ${deliveryId}::uuid, ${attempt}, ${statusCode}, ${error},
        ${outcome.durationMs}, ${finished}))
    UPDATE "WebhookDelivery"
    SET "status" = ${status}::"WebhookDeliveryStatus", "nextAttemptAt" = ${outcome.nextAttemptAt},
      "lastStatusCode" = ${statusCode}, "lastError" = ${error},
      "deliveredAt" = ${status === 'delivered' ? finished : null}
    WHERE "id" = ${deliveryId}::uuid AND "attempts" = ${attempt}`;
}
