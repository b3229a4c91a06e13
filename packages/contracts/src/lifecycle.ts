import type { orderPaymentMethods, orderStatuses } from './states.ts';

// The order lifecycle's rules, free of zod: the dashboard's order list offers status moves with
// them without loading the API's schemas (store-order.ts validates with the same lists).

export type OrderStatus = (typeof orderStatuses)[number];

export type OrderPaymentMethod = (typeof orderPaymentMethods)[number];

/**
 * The order lifecycle (DESIGN.md): where each status may go next. Bank transfers wait in
 * `unpaid` until confirmed; COD orders go to `booking` at checkout. `processing` → `booking` /
 * `ready_to_ship` happens through shipment booking, `unpaid` → `paid` through Confirm Payment;
 * every other move is Update Status Order. Nothing leaves `delivered`, `returned` or `canceled`.
 */
export const orderTransitions: Record<OrderStatus, readonly OrderStatus[]> = {
  unpaid: ['paid', 'processing', 'canceled'],
  paid: ['processing', 'booking', 'ready_to_ship', 'canceled'],
  processing: ['booking', 'ready_to_ship', 'canceled'],
  booking: ['ready_to_ship', 'processing', 'canceled'],
  // The buyer confirms (then it is booked as any COD order) or cancels, or the wait runs out.
  awaiting_confirmation: ['booking', 'canceled'],
  ready_to_ship: ['shipped', 'canceled'],
  shipped: ['delivered', 'returned'],
  delivered: [],
  returned: [],
  canceled: [],
  // Held by the Order Shield: "Bukan spam" moves it where its checkout would have (COD booking or
  // the form's risk hold, transfer unpaid, gateway paid if the buyer paid meanwhile); "Spam" or the
  // hold's end cancels.
  suspicious: ['booking', 'awaiting_confirmation', 'unpaid', 'paid', 'canceled'],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return orderTransitions[from].includes(to);
}

/** An order that can go nowhere any more (`delivered`, `returned`, `canceled`) has ended. */
export function hasEnded(status: OrderStatus): boolean {
  return orderTransitions[status].length === 0;
}

/** Statuses a seller sets by hand; `paid`, `booking` and `ready_to_ship` have their own actions. */
export const manualStatuses = ['processing', 'shipped', 'delivered', 'returned', 'canceled'] as const;
export type ManualStatus = (typeof manualStatuses)[number];

/** An unpaid order paid by transfer or gateway is processed only once Confirm Payment says it is paid. */
export function waitsForPayment(order: { status: OrderStatus; paymentMethod: OrderPaymentMethod }): boolean {
  return order.status === 'unpaid' && order.paymentMethod !== 'cod';
}

/**
 * What Update Status Order accepts for this order now: the lifecycle's next steps that are set by
 * hand, less processing while the order waits for its payment. The dashboard offers exactly these.
 */
export function manualMoves(order: {
  status: OrderStatus;
  paymentMethod: OrderPaymentMethod;
}): ManualStatus[] {
  return manualStatuses.filter(
    (to) => canTransition(order.status, to) && !(to === 'processing' && waitsForPayment(order)),
  );
}

/**
 * An order held for a check before it may go on (the Order Shield's `suspicious`): nothing is
 * booked, nothing is sent to ad platforms, no buyer reminders. The one predicate every domain asks.
 */
export function isHeld(status: OrderStatus): boolean {
  return status === 'suspicious';
}

/**
 * Orders on hold for a check before they may go on: the Order Shield's `suspicious` and the COD
 * risk hold's `awaiting_confirmation` (the buyer's WhatsApp confirmation or down payment). Many of
 * them end canceled; none is money the store will get yet.
 */
export const onHoldStatuses = [
  'awaiting_confirmation',
  'suspicious',
] as const satisfies readonly OrderStatus[];

/**
 * Orders that are no sale: on hold or canceled. Every recap counts them as orders but leaves them
 * out of revenue (and items, units, sales), because a seller reads revenue as money the store
 * will get. The one rule the recaps' SQL (order/recap-source.ts soldSql) is built from.
 */
export const unsoldStatuses = [...onHoldStatuses, 'canceled'] as const satisfies readonly OrderStatus[];

export function isSale(status: OrderStatus): boolean {
  return !(unsoldStatuses as readonly OrderStatus[]).includes(status);
}
