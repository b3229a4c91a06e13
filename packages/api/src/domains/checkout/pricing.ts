import { type CodFee, type FormInsurance, formatRupiah, maxInt4 } from '@bosonline/contracts';
import { badRequest } from '../../lib/errors.ts';

// Fee arithmetic of the checkout, shared by rate estimates and order creation. Integer rupiah,
// rounded up: a fee is never a fraction short.

/** `percent` % of `amount`, computed in basis points so 0.2 % of 90 000 is 180, not 180.00000000000003. */
function percentOf(amount: number, percent: number): number {
  return Math.ceil((amount * Math.round(percent * 100)) / 10_000);
}

/** The COD fee a form charges on a cart's goods value. */
export function codFee(rule: CodFee, goodsValue: number): number {
  if (rule.type === 'percent') return percentOf(goodsValue, rule.value);
  if (rule.type === 'fixed') return Math.ceil(rule.value);
  return 0;
}

/** Parcel insurance: a percentage of the goods value, never less than the rule's minimum. */
export function insuranceFee(rule: FormInsurance, goodsValue: number): number {
  if (rule.mode === 'none') return 0;
  return Math.max(percentOf(goodsValue, rule.percent), rule.minimum);
}

export interface OrderAmounts {
  itemsTotal: number;
  shippingCost: number;
  codFee: number;
  insuranceFee: number;
  /** Seller-added fees (positive) and discounts (negative). */
  otherFeesTotal: number;
  productDiscount: number;
  shippingDiscount: number;
}

/** What the buyer pays. The one formula, for checkout and for every later edit of an order. */
export function orderTotal(a: OrderAmounts): number {
  const total =
    a.itemsTotal +
    a.shippingCost +
    a.codFee +
    a.insuranceFee +
    a.otherFeesTotal -
    a.productDiscount -
    a.shippingDiscount;
  return Math.max(0, total);
}

/**
 * Every amount an order stores is an `integer` column: a cart whose total (or any part of it) is
 * larger is refused as bad input, by the quote and by the order alike (both price through
 * `quoteOrder`), so a buyer never sees a price the order then cannot store. Edits check the same.
 */
export function assertStorableAmounts(amounts: Record<string, number>, field = 'items.orderItems'): void {
  const largest = Math.max(...Object.values(amounts));
  if (largest > maxInt4) {
    const message = `The order total is too large (${formatRupiah(largest)}); the most an order can be is ${formatRupiah(maxInt4)}`;
    throw badRequest(message, { [field]: [message] });
  }
}
