import type { ConversionTriggerName, OrderPaymentMethod, OrderStatus } from '@bosonline/contracts';

// When an order's Purchase goes to the ad platforms: the one rule, read by the outbox (which
// event enqueues it) and by the sender (whether it may still go).

/**
 * Orders that never count as a sale for the ad platforms, whatever happened before: a Purchase
 * waiting for them is skipped. Held orders too: the Order Shield's `suspicious` ones, and risky COD
 * orders still `awaiting_confirmation` by the buyer (the ad platforms would learn to find more of
 * the buyers who never confirm).
 */
const neverSent: ReadonlySet<string> = new Set<OrderStatus>([
  'canceled',
  'returned',
  'suspicious',
  'awaiting_confirmation',
]);

/** Whether an order in this status may have its Purchase sent. */
export function conversionAllowed(status: string): boolean {
  return !neverSent.has(status);
}

/** A form's choice of Purchase event, as stored (defaults: delivered for COD, paid otherwise). */
export interface PurchaseChoice {
  codPurchaseOn: ConversionTriggerName;
  prepaidPurchaseOn: ConversionTriggerName;
}

export const defaultPurchaseChoice: PurchaseChoice = {
  codPurchaseOn: 'delivered',
  prepaidPurchaseOn: 'paid',
};

export function purchaseTriggerOf(
  choice: PurchaseChoice,
  paymentMethod: OrderPaymentMethod,
): ConversionTriggerName {
  return paymentMethod === 'cod' ? choice.codPurchaseOn : choice.prepaidPurchaseOn;
}

/** An order change as the conversion outbox sees it (the webhook outbox's LandedChange). */
export interface ChangeFacts {
  /** null for a new order. */
  from: OrderStatus | null;
  to: OrderStatus;
  /** The change recorded the money as received. */
  paidAt?: unknown;
}

/** Which trigger, if any, this change is: the order was created, paid, or delivered. */
export function triggersOf(change: ChangeFacts): ConversionTriggerName[] {
  if (change.from === null) return ['created'];
  const triggers: ConversionTriggerName[] = [];
  if ((change.to !== change.from && change.to === 'paid') || change.paidAt) triggers.push('paid');
  if (change.to !== change.from && change.to === 'delivered') triggers.push('delivered');
  return triggers;
}

/** Whether a change may be a Purchase for some form (so the outbox reads the form's choice only then). */
export const mayTriggerPurchase = (change: ChangeFacts) => triggersOf(change).length > 0;

/** Meta takes server events up to 7 days after they happened; older ones are skipped and logged. */
export const metaWindowMs = 7 * 24 * 3600_000;
