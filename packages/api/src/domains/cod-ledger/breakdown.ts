import { type CodBreakdown, codAmountOf } from '@bosonline/contracts';

// The one rule for what a COD parcel is worth to the seller. BosCOD's notifications carry no
// amounts (INTEGRATIONS.md), so the figures are the order's own, fixed at checkout from BosCOD's
// rates and the form's fees: the courier collects the order's total, and keeps the shipping (with
// insurance) and its COD fee. A parcel returned to the sender (RTS) collects nothing and owes no
// COD fee; the courier bills the failed trip at the order's shipping cost (insurance is not
// charged again). BosPay's movements (bospay/courier.ts) and the ledger's report both read it.

export interface CodMoney {
  paymentMethod: string;
  status: string;
  total: number;
  /**
   * A confirmed down payment (risk/down-payment.ts) is not the courier's to collect: an order's
   * own row brings these and codAmountOf takes it off. Sums from the ledger's SQL leave them out,
   * their `total` already being the COD due (codDueSql).
   */
  downPayment?: number | null;
  downPaymentPaidAt?: Date | null;
  shippingCost: number;
  codFee: number;
  insuranceFee: number;
}

const nothing: CodBreakdown = {
  expectedCod: 0,
  courierFee: 0,
  codFee: 0,
  insurance: 0,
  rtsCharge: 0,
  net: 0,
};

/**
 * The breakdown of one COD order (or of sums of orders of one status: every figure is linear in
 * the order's amounts, so the report feeds it per-group sums). A returned parcel owes the RTS
 * charge; a canceled one or a non-COD order owes and brings nothing here. An order still on its way
 * shows what it will bring once delivered.
 */
export function codBreakdown(order: CodMoney): CodBreakdown {
  if (order.paymentMethod !== 'cod' || order.status === 'canceled') return nothing;
  if (order.status === 'returned') {
    return { ...nothing, rtsCharge: order.shippingCost, net: -order.shippingCost };
  }
  const expectedCod = codAmountOf({
    paymentMethod: order.paymentMethod,
    total: order.total,
    downPayment: order.downPayment ?? null,
    downPaymentPaidAt: order.downPaymentPaidAt ?? null,
  });
  return {
    expectedCod,
    courierFee: order.shippingCost,
    codFee: order.codFee,
    insurance: order.insuranceFee,
    rtsCharge: 0,
    net: expectedCod - order.shippingCost - order.codFee - order.insuranceFee,
  };
}
