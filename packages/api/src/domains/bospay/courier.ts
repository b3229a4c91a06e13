import type { Order } from '@bosonline/db';
import { codBreakdown } from '../cod-ledger/breakdown.ts';
import type { BosPayMovement } from './ledger.ts';

// What a parcel's end at the courier does to the seller's BosPay balance, by the COD ledger's one
// rule (cod-ledger/breakdown.ts). Gross, not net: the cash collected comes in as one movement and
// each charge goes out as its own, so the seller sees what BosCOD kept and why. Only COD parcels
// settle through BosPay here: how BosCOD bills the shipping of a parcel the buyer paid for
// beforehand is not documented, so such orders leave the balance alone.

export type CourierSettledOrder = Pick<
  Order,
  | 'id'
  | 'storeId'
  | 'invoice'
  | 'paymentMethod'
  | 'total'
  | 'shippingCost'
  | 'codFee'
  | 'insuranceFee'
  | 'downPayment'
  | 'downPaymentPaidAt'
>;

/**
 * A delivered COD parcel: BosCOD remits the cash it collected (the order's total) and keeps the
 * shipping (with insurance, when insured) and its COD fee.
 */
export function deliveredMovements(order: CourierSettledOrder): BosPayMovement[] {
  if (order.paymentMethod !== 'cod') return [];
  const of = { storeId: order.storeId, orderId: order.id, invoice: order.invoice };
  const money = codBreakdown({ ...order, status: 'delivered' });
  return [
    { ...of, kind: 'cod_remittance', amount: money.expectedCod, note: 'COD collected by the courier' },
    {
      ...of,
      kind: 'shipping_fee',
      amount: -(money.courierFee + money.insurance),
      note: money.insurance ? 'Shipping and insurance' : 'Shipping',
    },
    { ...of, kind: 'cod_fee', amount: -money.codFee, note: 'COD fee' },
  ];
}

/**
 * A COD parcel returned to the sender (RTS): nothing was collected, no COD fee is due, and the
 * courier bills the failed trip at the order's shipping cost.
 */
export function returnedMovements(order: CourierSettledOrder): BosPayMovement[] {
  if (order.paymentMethod !== 'cod') return [];
  return [
    {
      storeId: order.storeId,
      orderId: order.id,
      invoice: order.invoice,
      kind: 'rts_charge',
      amount: -codBreakdown({ ...order, status: 'returned' }).rtsCharge,
      note: 'Returned to sender: shipping charged',
    },
  ];
}
