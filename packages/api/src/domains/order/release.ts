import type { Order } from '@bosonline/db';
import { moveStock, type Tx } from '../inventory/ledger.ts';
import { releaseVoucherUseSql } from './order.sql.ts';

// What an order gives back when it ends without a sale (canceled, expired unpaid) or comes back
// (returned): its units through the stock ledger, and its voucher uses. Run inside the order's
// change (changeOrder's `also`), so the give-back lands with the status or not at all.

/** Puts the order's items back in stock through the ledger. */
export async function restock(
  tx: Tx,
  order: Pick<Order, 'id' | 'storeId' | 'invoice'>,
  reason: 'sale_canceled' | 'returned',
  actorUserId: string | null,
) {
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
