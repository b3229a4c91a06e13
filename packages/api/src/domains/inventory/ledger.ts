import { maxStock } from '@bosonline/contracts';
import type { Db, MovementReason } from '@bosonline/db';
import { AppError, conflict } from '../../lib/errors.ts';
import {
  ensureStockRowSql,
  lockStockRowSql,
  moveStockGuardedSql,
  setStockQuantitySql,
} from './inventory.sql.ts';

/** A Prisma client or an interactive transaction: stock moves always run inside the caller's one. */
export type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export interface StockMove {
  storeId: string;
  variantId: string;
  warehouseId: string;
  reason: MovementReason;
  note?: string | null;
  actorUserId?: string | null;
  /** Move by this much… */
  delta?: number;
  /** …or set the count to this (a stock take). */
  set?: number;
}

export class InsufficientStockError extends Error {
  constructor(
    readonly variantId: string,
    readonly warehouseId: string,
    readonly available: number,
  ) {
    super(`Not enough stock: ${available} left`);
  }
}

/** An increase that would leave more than `maxStock`: bad input, refused before it is written. */
export class StockLimitError extends AppError {
  constructor(
    readonly variantId: string,
    readonly warehouseId: string,
    readonly available: number,
  ) {
    super('BAD_REQUEST', `Stock cannot exceed ${maxStock}: ${available} already there`);
  }
}

/**
 * The variants whose "in stock" (any units or none) a tracked transaction flipped, by store: what
 * published forms show changes only then. Filled by `moveStock`; `stockTransaction`
 * (inventory/transaction.ts) opens and reads it.
 */
export type AvailabilityFlips = Map<string, Set<string>>;
const flipsOf = new WeakMap<Tx, AvailabilityFlips>();

/** Starts noting availability flips in this transaction, and answers where they land. */
export function trackAvailability(tx: Tx): AvailabilityFlips {
  const flips: AvailabilityFlips = new Map();
  flipsOf.set(tx, flips);
  return flips;
}

function noteFlip(tx: Tx, move: StockMove, before: number, after: number) {
  if (before > 0 === after > 0) return;
  const flips = flipsOf.get(tx);
  if (!flips) return;
  const variants = flips.get(move.storeId) ?? new Set<string>();
  variants.add(move.variantId);
  flips.set(move.storeId, variants);
}

/**
 * The only way stock changes. A decrement is one conditional UPDATE (`quantity + delta >= 0`),
 * so concurrent sales of the last unit cannot both succeed; a stock take locks the row first.
 * Every change writes an InventoryMovement, so the ledger always sums to the quantity.
 */
export async function moveStock(tx: Tx, move: StockMove): Promise<{ quantity: number; delta: number }> {
  const { storeId, variantId, warehouseId } = move;
  // A decrement needs an existing row (a missing one is simply "0 left"); others may create it.
  if (move.set !== undefined || (move.delta ?? 0) > 0) {
    await tx.$executeRaw(ensureStockRowSql({ variantId, warehouseId, storeId }));
  }

  if (move.set === undefined) {
    const delta = move.delta ?? 0;
    if (delta === 0) return { quantity: await currentQuantity(tx, variantId, warehouseId), delta };
    // The guarded change and its ledger row in one statement (inventory.sql.ts): no row comes back
    // when the stock would go below zero or above the maximum, and then nothing was written.
    const [row] = await tx.$queryRaw<Array<{ quantity: number }>>(
      moveStockGuardedSql({
        storeId,
        variantId,
        warehouseId,
        delta,
        reason: move.reason,
        note: move.note ?? null,
        actorUserId: move.actorUserId ?? null,
      }),
    );
    if (!row) {
      const available = await currentQuantity(tx, variantId, warehouseId);
      if (delta > 0) throw new StockLimitError(variantId, warehouseId, available);
      throw new InsufficientStockError(variantId, warehouseId, available);
    }
    noteFlip(tx, move, row.quantity - delta, row.quantity);
    return { quantity: row.quantity, delta };
  }

  const [row] = await tx.$queryRaw<Array<{ quantity: number }>>(lockStockRowSql({ variantId, warehouseId }));
  const quantity = move.set;
  const delta = quantity - (row?.quantity ?? 0);
  await tx.$executeRaw(setStockQuantitySql({ variantId, warehouseId }, quantity));
  noteFlip(tx, move, quantity - delta, quantity);
  if (delta !== 0) {
    await tx.inventoryMovement.create({
      data: {
        storeId,
        variantId,
        warehouseId,
        delta,
        quantityAfter: quantity,
        reason: move.reason,
        note: move.note ?? null,
        actorUserId: move.actorUserId ?? null,
      },
    });
  }
  return { quantity, delta };
}

/**
 * Refuses, as a sale of `quantity` would, when fewer are in stock, but takes nothing: an order
 * saved without its stock (a block-list hold) is answered exactly as one that took it.
 */
export async function checkStock(
  tx: Tx,
  line: { variantId: string; warehouseId: string; quantity: number },
): Promise<void> {
  const available = await currentQuantity(tx, line.variantId, line.warehouseId);
  if (available < line.quantity)
    throw new InsufficientStockError(line.variantId, line.warehouseId, available);
}

async function currentQuantity(tx: Tx, variantId: string, warehouseId: string): Promise<number> {
  const stock = await tx.stock.findUnique({
    where: { variantId_warehouseId: { variantId, warehouseId } },
    select: { quantity: true },
  });
  return stock?.quantity ?? 0;
}

/** The 400 a seller sees when an adjustment would take stock above the maximum. */
export function stockLimit(error: StockLimitError, sku: string, warehouse: string) {
  return new AppError(
    'BAD_REQUEST',
    `Stock of ${sku} in ${warehouse} cannot exceed ${maxStock}: ${error.available} already there`,
  );
}

/** The 409 a seller sees when an adjustment would take stock below zero. */
export function insufficientStock(error: InsufficientStockError, sku: string, warehouse: string) {
  return conflict(`Not enough stock of ${sku} in ${warehouse}: ${error.available} left`);
}
