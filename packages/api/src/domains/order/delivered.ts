import type { Order } from '@bosonline/db';

/**
 * The columns a delivery sets, however it is learned (BosCOD's webhook, the tracking poll, the
 * seller's own "delivered"). A COD buyer pays the courier on delivery: that is when the order is
 * paid (`paidAt`, the amount the order asked). Whether the courier has remitted it to the seller
 * yet is the COD ledger's business (BosPay entries), not these columns.
 */
export function deliveredColumns(
  order: Pick<Order, 'paymentMethod' | 'paidAt' | 'total'>,
  at: Date,
): { deliveredAt: Date; paidAt?: Date; paidAmount?: number } {
  const collected = order.paymentMethod === 'cod' && !order.paidAt;
  return { deliveredAt: at, ...(collected ? { paidAt: at, paidAmount: order.total } : {}) };
}
