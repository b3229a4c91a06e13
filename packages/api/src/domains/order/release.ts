import { heldByBlockList, isHeld, type ShieldReason } from '@bosonline/contracts';
import type { Order } from '@bosonline/db';
import { conflict } from '../../lib/errors.ts';
import { InsufficientStockError, moveStock, type Tx } from '../inventory/ledger.ts';
import { releaseVoucherUseSql } from './order.sql.ts';

// What an order gives back when it ends without a sale (canceled, expired unpaid) or comes back
// (returned): its units through the stock ledger, and its voucher uses. Run inside the order's
// change (changeOrder's `also`), so the give-back lands with the status or not at all.

/** The reasons matter only while the order is held (a courier's return never is: webhook.ts). */
type StockedOrder = Pick<Order, 'id' | 'storeId' | 'invoice' | 'status'> &
  Partial<Pick<Order, 'shieldReasons'>>;

/**
 * Whether the order's units are taken from stock: every order's are, except one the Order Shield
 * holds for a block-list entry (checkout/create-order.ts saves it without them, "Bukan spam"
 * takes them with `takeStock`).
 */
export function holdsStock(order: Pick<StockedOrder, 'status' | 'shieldReasons'>): boolean {
  return !(isHeld(order.status) && heldByBlockList((order.shieldReasons ?? []) as ShieldReason[]));
}

/** Puts the order's items back in stock through the ledger (nothing when it took none). */
export async function restock(
  tx: Tx,
  order: StockedOrder,
  reason: 'sale_canceled' | 'returned',
  actorUserId: string | null,
) {
  if (!holdsStock(order)) return;
  const items = await tx.orderItem.findMany({ where: { orderId: order.id }, orderBy: { variantId: 'asc' } });
  for (const item of items) {
    await moveStock(tx, {
      storeId: order.storeId,
      variantId: item.variantId,
      warehouseId: item.warehouseId,
      delta: item.quantity,
      reason,
      note: order.invoice,
      actorUserId,
    });
  }
}

/**
 * Takes the items of an order saved without its stock (`holdsStock` false), as its checkout would
 * have; a unit no longer there is a 409 naming the item, and the caller's transaction writes nothing.
 */
export async function takeStock(tx: Tx, order: StockedOrder, actorUserId: string | null) {
  if (holdsStock(order)) return;
  const items = await tx.orderItem.findMany({ where: { orderId: order.id }, orderBy: { variantId: 'asc' } });
  for (const item of items) {
    try {
      await moveStock(tx, {
        storeId: order.storeId,
        variantId: item.variantId,
        warehouseId: item.warehouseId,
        delta: -item.quantity,
        reason: 'sale',
        note: order.invoice,
        actorUserId,
      });
    } catch (error) {
      if (!(error instanceof InsufficientStockError)) throw error;
      throw conflict(
        `Not enough stock of ${item.sku} (${item.productName}) to release this order: ${error.available} left, ${item.quantity} ordered`,
      );
    }
  }
}

/** Gives back the order's voucher uses (quota and the buyer's per-voucher count). */
export async function releaseVouchers(
  tx: Tx,
  order: Pick<Order, 'productVoucherId' | 'shippingVoucherId' | 'buyerPhone'>,
) {
  for (const voucherId of [order.productVoucherId, order.shippingVoucherId]) {
    if (!voucherId) continue;
    await tx.$executeRaw(releaseVoucherUseSql(voucherId));
    const use = await tx.voucherRedemption.findFirst({
      where: { voucherId, buyerPhone: order.buyerPhone },
      orderBy: { createdAt: 'desc' },
    });
    if (use) await tx.voucherRedemption.delete({ where: { id: use.id } });
  }
}
