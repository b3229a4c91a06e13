import type { VoucherState } from '@bosonline/contracts';

// Pure voucher arithmetic: the checkout calls the same functions when it prices an order.

export interface VoucherTerms {
  kind: 'product' | 'shipping';
  valueType: 'percentage' | 'fixed';
  value: number;
  maxDiscount: number | null;
  minPurchase: number;
  quota: number | null;
  used: number;
  perBuyerLimit: number | null;
  startsAt: Date;
  endsAt: Date;
  status: 'active' | 'inactive';
}

export interface Basket {
  /** Rupiah of the goods, before any discount. */
  subtotal: number;
  shippingCost: number;
}

/** Where `now` falls in the window: the start is inclusive, the end exclusive. */
export function stateAt(voucher: Pick<VoucherTerms, 'startsAt' | 'endsAt'>, now: Date): VoucherState {
  if (now.getTime() < voucher.startsAt.getTime()) return 'upcoming';
  if (now.getTime() >= voucher.endsAt.getTime()) return 'ended';
  return 'running';
}

export function remainingOf(voucher: Pick<VoucherTerms, 'quota' | 'used'>): number | null {
  return voucher.quota === null ? null : Math.max(voucher.quota - voucher.used, 0);
}

/**
 * Rupiah the voucher takes off: a percentage of the subtotal (product) or of the shipping cost
 * (shipping), rounded down, capped by maxDiscount; never more than the amount it applies to.
 */
export function discountFor(
  voucher: Pick<VoucherTerms, 'kind' | 'valueType' | 'value' | 'maxDiscount'>,
  basket: Basket,
): number {
  const base = Math.max(Math.floor(voucher.kind === 'product' ? basket.subtotal : basket.shippingCost), 0);
  const raw = voucher.valueType === 'percentage' ? Math.floor((base * voucher.value) / 100) : voucher.value;
  const capped = voucher.maxDiscount === null ? raw : Math.min(raw, voucher.maxDiscount);
  return Math.max(Math.min(capped, base), 0);
}

export type IneligibleReason =
  | 'inactive'
  | 'not_started'
  | 'ended'
  | 'quota_used_up'
  | 'min_purchase_not_met'
  | 'buyer_limit_reached'
  | 'no_discount';

export type Eligibility =
  | { eligible: true; discount: number }
  | { eligible: false; reason: IneligibleReason };

/**
 * Whether a buyer may apply the voucher now, and for how much. `buyerUses` is how often this buyer
 * (by normalised phone) has already redeemed it; null when the buyer is not known yet, in which case
 * the per-buyer limit is checked again when the order is placed.
 */
export function isEligible(
  voucher: VoucherTerms,
  at: Basket & { now: Date; buyerUses: number | null },
): Eligibility {
  if (voucher.status !== 'active') return { eligible: false, reason: 'inactive' };
  const state = stateAt(voucher, at.now);
  if (state === 'upcoming') return { eligible: false, reason: 'not_started' };
  if (state === 'ended') return { eligible: false, reason: 'ended' };
  if (remainingOf(voucher) === 0) return { eligible: false, reason: 'quota_used_up' };
  if (at.subtotal < voucher.minPurchase) return { eligible: false, reason: 'min_purchase_not_met' };
  if (voucher.perBuyerLimit !== null && at.buyerUses !== null && at.buyerUses >= voucher.perBuyerLimit) {
    return { eligible: false, reason: 'buyer_limit_reached' };
  }
  const discount = discountFor(voucher, at);
  if (discount <= 0) return { eligible: false, reason: 'no_discount' };
  return { eligible: true, discount };
}
