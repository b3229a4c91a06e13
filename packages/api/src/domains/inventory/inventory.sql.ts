import { maxStock } from '@bosonline/contracts';
import { type MovementReason, Prisma } from '@bosonline/db';

// The stock ledger's raw statements, in one place so sql-statements.test.ts runs each one
// (EXPLAIN) against the migrated template: a renamed column fails CI, not a checkout.

interface StockKey {
  variantId: string;
  warehouseId: string;
}

/** Makes the variant's stock row in the warehouse, at 0, unless there is one. */
export function ensureStockRowSql(row: StockKey & { storeId: string }) {
  return Prisma.sql`
    INSERT INTO "Stock" ("variantId", "warehouseId", "storeId", "quantity", "updatedAt")
    VALUES (${row.variantId}::uuid, ${row.warehouseId}::uuid, ${row.storeId}::uuid, 0, now())
    ON CONFLICT ("variantId", "warehouseId") DO NOTHING`;
}

/**
 * Moves the stock by `delta` unless it would go below zero or above `maxStock` (compared before the
 * column could overflow), and writes its ledger row, in one
 * statement (one round trip on the checkout path). Answers the quantity after the move, or no row
 * when nothing was written.
 */
export function moveStockGuardedSql(move: {
  storeId: string;
  variantId: string;
  warehouseId: string;
  delta: number;
  reason: MovementReason;
  note: string | null;
  actorUserId: string | null;
}) {
  const { storeId, variantId, warehouseId, delta } = move;
  return Prisma.sql`
    WITH moved AS (
      UPDATE "Stock" SET "quantity" = "quantity" + ${delta}, "updatedAt" = now()
      WHERE "variantId" = ${variantId}::uuid AND "warehouseId" = ${warehouseId}::uuid
        AND "quantity" + ${delta}::int8 BETWEEN 0 AND ${maxStock}
      RETURNING "quantity")
    INSERT INTO "InventoryMovement"
      ("id", "storeId", "variantId", "warehouseId", "delta", "quantityAfter", "reason", "note", "actorUserId", "createdAt")
    SELECT gen_random_uuid(), ${storeId}::uuid, ${variantId}::uuid, ${warehouseId}::uuid, ${delta},
      "quantity", ${move.reason}::"MovementReason", ${move.note}, ${move.actorUserId}::uuid,
      clock_timestamp()
    FROM moved
    RETURNING "quantityAfter" AS "quantity"`;
}

/** The stock row's quantity, locked until the transaction ends (a stock take sets it next). */
export function lockStockRowSql(key: StockKey) {
  return Prisma.sql`
    SELECT "quantity" FROM "Stock"
    WHERE "variantId" = ${key.variantId}::uuid AND "warehouseId" = ${key.warehouseId}::uuid FOR UPDATE`;
}

/** Sets the stock row's quantity (a stock take; the caller writes the ledger row). */
export function setStockQuantitySql(key: StockKey, quantity: number) {
  return Prisma.sql`
    UPDATE "Stock" SET "quantity" = ${quantity}, "updatedAt" = now()
    WHERE "variantId" = ${key.variantId}::uuid AND "warehouseId" = ${key.warehouseId}::uuid`;
}
