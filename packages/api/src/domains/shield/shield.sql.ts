import type { ShieldBlockKind } from '@bosonline/contracts';
import { Prisma } from '@bosonline/db';
import { type Columns, columns } from '../../lib/sql-columns.ts';

// The Order Shield's raw statements, in one place so sql-statements.test.ts runs each one (EXPLAIN)
// against the migrated template.

export interface BuyerFactsInput {
  storeId: string;
  phone: string;
  ip: string | null;
  deviceId: string | null;
  since: Date;
  /**
   * How many of those orders the velocity rules can need to see: each rule's limit, 0 when it is
   * off (shield/rules.ts `velocityCaps`). Counting stops there, so a busy IP (a whole campus or a
   * carrier's NAT behind one address) costs a checkout no more than its limit.
   */
  countUpTo: { phone: number; ip: number };
}

/** The columns `buyerFactColumns` answers. */
export interface BuyerFactColumns {
  phoneOrders: number;
  ipOrders: number;
  blocked: ShieldBlockKind[];
}

/**
 * What the shield must know of a buyer: the store's orders from this phone and from this IP since
 * `since` (up to `countUpTo`), and which of the buyer's phone, IP and device id are on the store's block lists (columns
 * `phoneOrders`, `ipOrders`, `blocked`). Served by (storeId, buyerPhone, createdAt), (storeId,
 * buyerIp, createdAt) and the block list's unique (storeId, kind, value). Columns, not a statement:
 * the checkout reads them in the statement that reads the COD risk facts (risk/risk.sql.ts), so
 * the order path pays one round trip for both.
 */
export function buyerFactColumns(facts: BuyerFactsInput): Columns<BuyerFactColumns> {
  return columns(Prisma.sql`
      (SELECT count(*)::int FROM (SELECT 1 FROM "Order" o
        WHERE o."storeId" = ${facts.storeId}::uuid AND o."buyerPhone" = ${facts.phone}
          AND o."createdAt" > ${facts.since} LIMIT ${facts.countUpTo.phone}) c) AS "phoneOrders",
      (SELECT count(*)::int FROM (SELECT 1 FROM "Order" o
        WHERE o."storeId" = ${facts.storeId}::uuid AND o."buyerIp" = ${facts.ip}
          AND o."createdAt" > ${facts.since} LIMIT ${facts.countUpTo.ip}) c) AS "ipOrders",
      ARRAY(SELECT b."kind"::text FROM "ShieldBlock" b
        WHERE b."storeId" = ${facts.storeId}::uuid AND (
          (b."kind" = 'phone' AND b."value" = ${facts.phone})
          OR (b."kind" = 'ip' AND b."value" = ${facts.ip})
          OR (b."kind" = 'device' AND b."value" = ${facts.deviceId}))
        ORDER BY b."kind") AS "blocked"`);
}
