import { type CreateOrderInput, maxInt4, type RegionView } from '@bosonline/contracts';
import type { PaymentMethod, Voucher } from '@bosonline/db';
import type { Context } from '../../context.ts';
import { invalidField } from '../../lib/errors.ts';
import type { PublishedForm } from '../form/published.ts';
import { assertAddressRegion } from '../region/service.ts';
import { serviceRate } from '../shipping/rates.ts';
import { isEligible } from '../voucher/pricing.ts';
import { assertFormOffers } from './offered-service.ts';
import { assertStorableAmounts, codFee, insuranceFee, orderTotal } from './pricing.ts';
import { shipFromOf } from './sender.ts';
import { cachedStoreFacts, type ShipFrom, type StoreFacts } from './store-facts.ts';

// Everything `POST /order/{id}` decides before writing anything: what is bought at which price,
// from which warehouse, with which courier service, fees and vouchers. The buyer's own figures
// (and `sender`) are never used.

export interface QuotedLine {
  variantId: string;
  productName: string;
  variantName: string;
  sku: string;
  price: number;
  quantity: number;
  weightGrams: number;
}

export interface Quote {
  store: StoreFacts;
  /** The receiver's region (canonical id, also when the buyer gave a BosCOD alias). */
  region: RegionView;
  paymentMethod: PaymentMethod;
  warehouse: ShipFrom;
  /** The courier service in the provider's own spelling (what it books and what the order keeps). */
  service: { courierCode: string; serviceCode: string };
  lines: QuotedLine[];
  weightGrams: number;
  itemsTotal: number;
  shippingCost: number;
  codFee: number;
  insured: boolean;
  insuranceFee: number;
  productVoucher: { voucher: Voucher; discount: number } | null;
  shippingVoucher: { voucher: Voucher; discount: number } | null;
  total: number;
}

const paymentMethods: Record<CreateOrderInput['items']['paymentMethod']['type'], PaymentMethod> = {
  cod: 'cod',
  transfer: 'bank_transfer',
  bank_transfer: 'bank_transfer',
  payment_gateway: 'payment_gateway',
};

const voucherReasons: Record<string, string> = {
  inactive: 'This voucher is not active',
  not_started: 'This voucher is not valid yet',
  ended: 'This voucher has expired',
  quota_used_up: 'This voucher has been used up',
  min_purchase_not_met: 'The order does not reach this voucher’s minimum purchase',
  buyer_limit_reached: 'You have already used this voucher',
  no_discount: 'This voucher gives no discount on this order',
};

function linesOf(form: PublishedForm, orderItems: CreateOrderInput['items']['orderItems']): QuotedLine[] {
  const bySku = new Map(form.items.map((item) => [item.sku, item]));
  const lines = new Map<string, QuotedLine>();
  orderItems.forEach((wanted, i) => {
    const item = bySku.get(wanted.itemSku);
    if (!item?.available) {
      throw invalidField(`items.orderItems.${i}.itemSku`, `SKU ${wanted.itemSku} is not sold on this form`);
    }
    const line = lines.get(item.variantId);
    if (line) line.quantity += wanted.itemQty;
    else {
      lines.set(item.variantId, {
        variantId: item.variantId,
        productName: item.productName,
        variantName: item.variantName,
        sku: item.sku,
        price: item.price,
        quantity: wanted.itemQty,
        weightGrams: item.weightGrams,
      });
    }
  });
  return [...lines.values()];
}

async function voucherFor(
  ctx: Pick<Context, 'db' | 'clock'>,
  form: PublishedForm,
  code: string | null | undefined,
  kind: 'product' | 'shipping',
  field: string,
  basket: { subtotal: number; shippingCost: number; buyerPhone: string | null },
) {
  if (!code) return null;
  if (!form.settings.allowVouchers) throw invalidField(field, 'This form does not take vouchers');
  // The buyer's uses of it are counted in the same statement (a subquery), not a round trip more.
  const { buyerPhone } = basket;
  const row = await ctx.db.voucher.findUnique({
    where: { storeId_codeKey: { storeId: form.storeId, codeKey: code.toUpperCase() } },
    include: { _count: { select: { redemptions: { where: { buyerPhone: buyerPhone ?? '' } } } } },
  });
  if (!row || row.kind !== kind)
    throw invalidField(field, `Unknown ${kind === 'product' ? 'discount' : 'shipping'} voucher "${code}"`);
  const { _count, ...voucher } = row;
  const buyerUses = buyerPhone ? _count.redemptions : null;
  const verdict = isEligible(voucher, { ...basket, now: ctx.clock.now(), buyerUses });
  if (!verdict.eligible)
    throw invalidField(field, voucherReasons[verdict.reason] ?? 'This voucher cannot be used');
  return { voucher, discount: verdict.discount };
}

/** What a quote needs of an order request: the cart and choices, and where it goes. */
export interface QuoteRequest {
  items: CreateOrderInput['items'];
  /** The phone only counts per-buyer voucher uses; a summary asked before it is typed has none. */
  receiver: { receiverAddrId: number; receiverPhone?: string };
}

/**
 * `warehouseName` is the sender a seller's staff member named for a manual order; the parcel
 * leaves from there, else from the store's default warehouse (checkout/sender.ts, `shipFromOf`),
 * and is priced from there. Stock is taken from the same warehouse.
 */
export async function quoteOrder(
  ctx: Pick<Context, 'db' | 'clock' | 'ports'>,
  form: PublishedForm,
  input: QuoteRequest,
  warehouseName?: string | null,
): Promise<Quote> {
  const { items, receiver } = input;
  const paymentMethod = paymentMethods[items.paymentMethod.type];
  if (!form.settings.paymentMethods.includes(paymentMethod)) {
    throw invalidField(
      'items.paymentMethod.type',
      paymentMethod === 'cod'
        ? 'This form does not offer cash on delivery'
        : 'This form does not accept this payment method',
    );
  }
  assertFormOffers(form.settings.couriers, items, {
    courier: 'items.courierCode',
    service: 'items.serviceCode',
  });
  const region = await assertAddressRegion(ctx.db, receiver.receiverAddrId, 'receiver.receiverAddrId');
  const lines = linesOf(form, items.orderItems);

  const store = await cachedStoreFacts(ctx, form.storeId, form.staffMemberIds);
  const warehouse = await shipFromOf(ctx, form.storeId, warehouseName, store);

  const weightGrams = lines.reduce((sum, l) => sum + l.weightGrams * l.quantity, 0);
  const itemsTotal = lines.reduce((sum, l) => sum + l.price * l.quantity, 0);
  if (weightGrams > maxInt4) {
    throw invalidField('items.orderItems', 'The parcel is too heavy for one order; split it into several');
  }
  const rate = await serviceRate(ctx, {
    originRegionId: warehouse.regionId,
    destinationRegionId: region.id,
    weightGrams,
    courierCode: items.courierCode,
    serviceCode: items.serviceCode,
  });
  if (!rate)
    throw invalidField('items.serviceCode', 'This courier service does not deliver to the receiver’s area');
  if (paymentMethod === 'cod' && !rate.cod) {
    throw invalidField(
      'items.paymentMethod.type',
      'Cash on delivery is not available with this courier service',
    );
  }

  const insurance = form.settings.insurance;
  const insured =
    insurance.mode === 'required' || (insurance.mode === 'optional' && items.insuranceType === 1);
  const cod = paymentMethod === 'cod' ? codFee(form.settings.codFee, itemsTotal) : 0;
  const insuranceCost = insured ? insuranceFee(insurance, itemsTotal) : 0;
  const basket = {
    subtotal: itemsTotal,
    shippingCost: rate.price,
    buyerPhone: receiver.receiverPhone ?? null,
  };
  const productVoucher = await voucherFor(
    ctx,
    form,
    items.discountVoucherCode,
    'product',
    'items.discountVoucherCode',
    basket,
  );
  const shippingVoucher = await voucherFor(
    ctx,
    form,
    items.deliveryVoucherCode,
    'shipping',
    'items.deliveryVoucherCode',
    basket,
  );
  const total = orderTotal({
    itemsTotal,
    shippingCost: rate.price,
    codFee: cod,
    insuranceFee: insuranceCost,
    otherFeesTotal: 0,
    productDiscount: productVoucher?.discount ?? 0,
    shippingDiscount: shippingVoucher?.discount ?? 0,
  });
  assertStorableAmounts({
    itemsTotal,
    shippingCost: rate.price,
    codFee: cod,
    insuranceFee: insuranceCost,
    total,
  });

  return {
    store,
    region,
    paymentMethod,
    warehouse,
    service: { courierCode: rate.courierCode, serviceCode: rate.serviceCode },
    lines,
    weightGrams,
    itemsTotal,
    shippingCost: rate.price,
    codFee: cod,
    insured,
    insuranceFee: insuranceCost,
    productVoucher,
    shippingVoucher,
    total,
  };
}

/** The quote's money as an order stores and a summary shows it. */
export function chargesOf(quote: Quote) {
  return {
    itemsTotal: quote.itemsTotal,
    shippingCost: quote.shippingCost,
    codFee: quote.codFee,
    insuranceFee: quote.insuranceFee,
    productDiscount: quote.productVoucher?.discount ?? 0,
    shippingDiscount: quote.shippingVoucher?.discount ?? 0,
    total: quote.total,
  };
}
