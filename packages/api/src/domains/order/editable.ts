import { conflict } from '../../lib/errors.ts';
import type { OrderRow } from './load.ts';

type EditFacts = Pick<OrderRow, 'status' | 'shipmentRef'>;

/** Customer, courier, payment method and fees change only while unpaid and not booked (spec). */
export function isEditable(order: EditFacts): boolean {
  return order.status === 'unpaid' && !order.shipmentRef;
}

/** 409 saying why the order can no longer be edited. */
export function assertEditable(order: EditFacts): void {
  if (isEditable(order)) return;
  if (order.shipmentRef) {
    throw conflict('This order is already booked with the courier, so it can no longer be edited');
  }
  throw conflict(`This order is ${order.status.replaceAll('_', ' ')}; only unpaid orders can be edited`);
}
