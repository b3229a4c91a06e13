import type { inventoryListInput, inventoryUpdateInput, movementListInput } from '@bosonline/contracts';
import type { Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';
import { pageArgs, toPage } from '../../lib/pagination.ts';
import { notify } from '../notification/notify.ts';
import {
  InsufficientStockError,
  insufficientStock,
  moveStock,
  StockLimitError,
  stockLimit,
} from './ledger.ts';
import { stockTransaction } from './transaction.ts';

const cursorSeparator = ':';

/** "Inventory": one row per variant and warehouse, searchable, filterable by stock level. */
export async function list(ctx: SellerContext, input: z.output<typeof inventoryListInput>) {
  const where: Prisma.StockWhereInput = {
    storeId: ctx.tenant.storeId,
    warehouseId: input.warehouseId,
    warehouse: { deletedAt: null },
    variant: {
      deletedAt: null,
      productId: input.productId,
      ...(input.activeOnly ? { status: 'active' } : {}),
      product: { deletedAt: null, ...(input.activeOnly ? { status: 'active' } : {}) },
      ...(input.q
        ? {
            OR: [
              { sku: { startsWith: input.q, mode: 'insensitive' } },
              { product: { searchName: { contains: input.q.toLowerCase() } } },
            ],
          }
        : {}),
    },
    ...(input.stock === 'out'
      ? { quantity: 0 }
      : input.stock === 'low'
        ? { quantity: { lte: input.lowThreshold } }
        : {}),
  };
  const [variantId, warehouseId] = input.cursor?.split(cursorSeparator) ?? [];
  const rows = await ctx.db.stock.findMany({
    where,
    orderBy: [{ variantId: 'asc' }, { warehouseId: 'asc' }],
    take: input.limit + 1,
    ...(variantId && warehouseId
      ? { cursor: { variantId_warehouseId: { variantId, warehouseId } }, skip: 1 }
      : {}),
    include: {
      warehouse: { select: { name: true } },
      variant: { select: { sku: true, name: true, productId: true, product: { select: { name: true } } } },
    },
  });
  const more = rows.length > input.limit;
  const items = rows.slice(0, input.limit).map((row) => ({
    id: `${row.variantId}${cursorSeparator}${row.warehouseId}`,
    variantId: row.variantId,
    productId: row.variant.productId,
    productName: row.variant.product.name,
    sku: row.variant.sku,
    variantName: row.variant.name,
    warehouseId: row.warehouseId,
    warehouseName: row.warehouse.name,
    quantity: row.quantity,
    updatedAt: row.updatedAt,
  }));
  return { items, nextCursor: more ? (items.at(-1)?.id ?? null) : null };
}

/**
 * "Update Inventory": many rows at once, all or nothing. Each row sets a count (stock take) or
 * moves it by a delta, and lands in the ledger with its reason and the acting user.
 */
export async function update(ctx: SellerContext, input: z.output<typeof inventoryUpdateInput>) {
  const { storeId } = ctx.tenant;
  const variantIds = [...new Set(input.items.map((i) => i.variantId))];
  const warehouseIds = [...new Set(input.items.map((i) => i.warehouseId))];
  const [variants, warehouses] = await Promise.all([
    ctx.db.variant.findMany({
      where: { id: { in: variantIds }, storeId, deletedAt: null },
      select: { id: true, sku: true },
    }),
    ctx.db.warehouse.findMany({
      where: { id: { in: warehouseIds }, storeId, deletedAt: null },
      select: { id: true, name: true },
    }),
  ]);
  if (variants.length !== variantIds.length) throw notFound('Variant');
  if (warehouses.length !== warehouseIds.length) throw notFound('Warehouse');
  const skuOf = new Map(variants.map((v) => [v.id, v.sku]));
  const warehouseName = new Map(warehouses.map((w) => [w.id, w.name]));

  try {
    // Forms show "in stock" per item: those selling a variant that ran out or came back forget it.
    const updated = await stockTransaction(
      ctx,
      async (tx) => {
        const out = [];
        for (const item of input.items) {
          const result = await moveStock(tx, {
            storeId,
            variantId: item.variantId,
            warehouseId: item.warehouseId,
            reason: item.reason,
            note: item.note,
            actorUserId: ctx.actor.userId,
            ...(item.quantity !== undefined ? { set: item.quantity } : { delta: item.delta }),
          });
          if (result.quantity === 0 && result.delta < 0) {
            const sku = skuOf.get(item.variantId) ?? item.variantId;
            await notify(tx, storeId, {
              type: 'stock.out',
              title: `Stok habis: ${sku}`,
              body: `${sku} tidak tersisa lagi di ${warehouseName.get(item.warehouseId) ?? 'gudang'}.`,
              link: `/store/product/inventory?q=${encodeURIComponent(sku)}`,
            });
          }
          out.push({ variantId: item.variantId, warehouseId: item.warehouseId, ...result });
        }
        return out;
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
    return { updated };
  } catch (error) {
    if (error instanceof StockLimitError) {
      throw stockLimit(
        error,
        skuOf.get(error.variantId) ?? error.variantId,
        warehouseName.get(error.warehouseId) ?? 'the warehouse',
      );
    }
    if (error instanceof InsufficientStockError) {
      throw insufficientStock(
        error,
        skuOf.get(error.variantId) ?? error.variantId,
        warehouseName.get(error.warehouseId) ?? 'the warehouse',
      );
    }
    throw error;
  }
}

/** The ledger of one variant (optionally one warehouse), newest first. */
export async function movements(ctx: SellerContext, input: z.output<typeof movementListInput>) {
  const variant = await ctx.db.variant.findFirst({
    where: { id: input.variantId, storeId: ctx.tenant.storeId },
    select: { id: true },
  });
  if (!variant) throw notFound('Variant');
  const rows = await ctx.db.inventoryMovement.findMany({
    where: { storeId: ctx.tenant.storeId, variantId: input.variantId, warehouseId: input.warehouseId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageArgs(input),
  });
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])))];
  const actors = await ctx.db.user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(actors.map((a) => [a.id, a.name]));
  return toPage(rows, input, (r) => ({
    id: r.id,
    warehouseId: r.warehouseId,
    delta: r.delta,
    quantityAfter: r.quantityAfter,
    reason: r.reason,
    note: r.note,
    actorName: r.actorUserId ? (nameOf.get(r.actorUserId) ?? null) : null,
    createdAt: r.createdAt,
  }));
}
