import { Prisma } from '@bosonline/db';

// The Order Shield's raw statements, in one place so sql-statements.test.ts runs each one (EXPLAIN)
// against the migrated template.

/**
 * What the shield must know of a buyer, in one round trip on the order path: the store's orders
 * from this phone and from this IP since `since`, and which of the buyer's phone, IP and device id
 * are on the store's block lists, and the cached WhatsApp answer for the phone. Served by (storeId, buyerPhone, createdAt), (storeId, buyerIp,
 * createdAt) and the block list's unique (storeId, kind, value).
 */
export function buyerFactsSql(facts: {
  storeId: string;
  phone: string;
  ip: string | null;
  deviceId: string | null;
  since: Date;
  /** WhatsApp answers checked after this are still trusted (checkout/whatsapp.ts). */
  whatsappSince: Date;
}) {
  return Prisma.sql`
    SELECT
      (SELECT count(*)::int FROM "Order" o
        WHERE o."storeId" = ${facts.storeId}::uuid AND o."buyerPhone" = ${facts.phone}
          AND o."createdAt" > ${facts.since}) AS "phoneOrders",
      (SELECT count(*)::int FROM "Order" o
        WHERE o."storeId" = ${facts.storeId}::uuid AND o."buyerIp" = ${facts.ip}
          AND o."createdAt" > ${facts.since}) AS "ipOrders",
      ARRAY(SELECT b."kind"::text FROM "ShieldBlock" b
        WHERE b."storeId" = ${facts.storeId}::uuid AND (
          (b."kind" = 'phone' AND b."value" = ${facts.phone})
          OR (b."kind" = 'ip' AND b."value" = ${facts.ip})
          OR (b."kind" = 'device' AND b."value" = ${facts.deviceId}))
        ORDER BY b."kind") AS "blocked",
      (SELECT w."valid" FROM "WhatsappCheck" w
        WHERE w."phone" = ${facts.phone} AND w."checkedAt" > ${facts.whatsappSince}) AS "whatsappValid"`;
}
