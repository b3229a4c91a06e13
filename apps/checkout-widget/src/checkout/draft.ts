import type {
  CheckoutFormView,
  CheckoutQuoteInput,
  CreateOrderInput,
  FormPaymentMethod,
  RegionView,
} from '@bosonline/contracts';

/** Everything the buyer has chosen and typed so far. */
export interface Draft {
  /** Quantity per SKU. */
  qty: Record<string, number>;
  name: string;
  phone: string;
  /** The form's own fields, by key. */
  custom: Record<string, string>;
  region: RegionView | null;
  address: string;
  /** `courierCode:serviceCode` of the chosen rate. */
  rate: string | null;
  payment: FormPaymentMethod | null;
  insured: boolean;
  /** `guessed`: a typed code not among the offers; tried as a discount first, then as shipping. */
  voucher: { code: string; kind: 'product' | 'shipping'; guessed?: boolean } | null;
  note: string;
}

/** A new buyer's start: the first item in stock, the form's first payment method. */
export function initialDraft(form: CheckoutFormView): Draft {
  const first = form.items.find((item) => item.inStock);
  return {
    qty: first ? { [first.sku]: 1 } : {},
    name: '',
    phone: '',
    custom: {},
    region: null,
    address: '',
    rate: null,
    payment: form.paymentMethods[0] ?? null,
    insured: form.insurance.mode === 'required',
    voucher: null,
    note: '',
  };
}

export function cartOf(draft: Draft): { sku: string; qty: number }[] {
  return Object.entries(draft.qty)
    .filter(([, qty]) => qty > 0)
    .map(([sku, qty]) => ({ sku, qty }));
}

export function subtotalOf(form: CheckoutFormView, draft: Draft): number {
  return form.items.reduce((sum, item) => sum + item.price * (draft.qty[item.sku] ?? 0), 0);
}

const paymentTypes: Record<FormPaymentMethod, CreateOrderInput['items']['paymentMethod']['type']> = {
  cod: 'cod',
  bank_transfer: 'bank_transfer',
  payment_gateway: 'payment_gateway',
};

/** The `items` part shared by the order and its summary. */
function itemsOf(draft: Draft): CreateOrderInput['items'] {
  const [courierCode = '', serviceCode = ''] = draft.rate?.split(':') ?? [];
  return {
    pickupVia: 0,
    orderType: 0,
    courierCode,
    serviceCode,
    insuranceType: draft.insured ? 1 : 0,
    note: draft.note.trim() || null,
    // An unchosen method is sent as it is, so the server names the field that is missing.
    paymentMethod: { type: draft.payment ? paymentTypes[draft.payment] : ('' as 'cod'), bank: null },
    discountVoucherCode: draft.voucher?.kind === 'product' ? draft.voucher.code : null,
    deliveryVoucherCode: draft.voucher?.kind === 'shipping' ? draft.voucher.code : null,
    waValidation: false,
    orderItems: cartOf(draft).map(({ sku, qty }) => ({ itemSku: sku, itemQty: qty })),
  };
}

/** The summary request, or null while there is nothing to price yet. */
export function quoteInputOf(formId: string, draft: Draft): CheckoutQuoteInput | null {
  if (!draft.region || !draft.rate || !draft.payment || cartOf(draft).length === 0) return null;
  // The phone only matters for a voucher's per-buyer limit: without a voucher, typing it must
  // not ask for a new summary at every keystroke.
  const phone = draft.voucher && draft.phone.replace(/\D/g, '').length >= 9 ? draft.phone : undefined;
  return {
    id: formId,
    receiver: { receiverAddrId: draft.region.id, receiverPhone: phone },
    items: itemsOf(draft),
  };
}

/**
 * The order exactly as the buyer filled it in, incomplete or not: the server checks it and names
 * each field to fix, so the rules live in one place.
 */
export function orderInputOf(
  form: CheckoutFormView,
  draft: Draft,
  idempotencyKey: string,
  eventId?: string,
  deviceId?: string,
): CreateOrderInput {
  return {
    id: form.id,
    idempotencyKey,
    eventId,
    deviceId,
    sender: null,
    receiver: {
      receiverName: draft.name,
      receiverPhone: draft.phone,
      receiverAddrId: draft.region?.id ?? 0,
      receiverAddress: draft.address,
      receiverDetail: form.customFields
        .filter((field) => draft.custom[field.key]?.trim())
        .map((field) => ({ fieldName: field.label, value: draft.custom[field.key]?.trim() ?? null })),
    },
    items: itemsOf(draft),
  };
}

/** What is kept of an unfinished checkout when the buyer leaves (the seller follows it up). */
export function abandonedDataOf(draft: Draft) {
  return {
    items: cartOf(draft),
    regionId: draft.region?.id ?? null,
    region: draft.region?.label ?? null,
    address: draft.address || null,
    rate: draft.rate,
    payment: draft.payment,
    ...draft.custom,
  };
}
