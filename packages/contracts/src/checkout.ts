import { z } from 'zod';
import { boolParam, optionalText, pageInputSchema, pageOf, uuidSchema } from './common.ts';
import { formPaymentMethodSchema, formSettingsOutput } from './form.ts';
import { createOrderInput, orderChargesOutput, orderLineOutput } from './order.ts';
import { phoneSchema } from './phone.ts';
import { regionIdSchema } from './region.ts';
import { abandonedStates, orderStatuses } from './states.ts';
import { voucherCheckoutInput } from './voucher.ts';

// The public checkout's read side (what a buyer's page asks before ordering) and abandoned
// checkouts. Buyers are not logged in: everything is addressed by the form's UUID, and answers
// carry nothing private (no stock counts, costs, other buyers or other stores).

export const checkoutFormInput = z.object({ formId: uuidSchema });

const courierNameOutput = z.object({ code: z.string(), name: z.string() });

export const checkoutFormItemOutput = z.object({
  variantId: z.string(),
  sku: z.string(),
  productName: z.string(),
  variantName: z.string(),
  options: z.record(z.string(), z.string()),
  /** What the buyer pays: the form's price, else the variant's. */
  price: z.number().int(),
  /** The struck-through "was" price, when the seller set one above the price. */
  compareAtPrice: z.number().int().nullable(),
  weightGrams: z.number().int(),
  /** The product's first image. */
  imageUrl: z.string().nullable(),
  /** Whether the warehouse orders ship from has any left; never how many. */
  inStock: z.boolean(),
});

/** "Load checkout Form": everything the widget renders, and nothing it must not show. */
// The seller's risk policy stays private: a buyer who knew the threshold could aim below it.
export const checkoutFormOutput = formSettingsOutput.omit({ couriers: true, riskPolicy: true }).extend({
  id: z.string(),
  name: z.string(),
  headline: z.string(),
  description: z.string(),
  /** The couriers and services the form offers; names as the shipping provider spells them. */
  couriers: z.array(courierNameOutput.extend({ services: z.array(z.string()) })),
  store: z.object({
    name: z.string(),
    logoUrl: z.string().nullable(),
    socialMedia: z.array(z.object({ name: z.string(), url: z.string() })),
  }),
  items: z.array(checkoutFormItemOutput),
});
export type CheckoutFormView = z.infer<typeof checkoutFormOutput>;

/** "Courier List": the form's couriers and services as the provider offers them today. */
export const checkoutCourierOutput = courierNameOutput.extend({
  /** Any of the listed services collects cash on delivery. */
  cod: z.boolean(),
  services: z.array(courierNameOutput.extend({ cod: z.boolean() })),
});
export const checkoutCourierListOutput = z.array(checkoutCourierOutput);

/** A cart line of a rate estimate. */
export const checkoutCartItemInput = z.object({
  sku: z.string({ error: 'SKU is required' }).trim().min(1, 'SKU is required').max(64, 'SKU is too long'),
  qty: z.coerce
    .number({ error: 'Quantity must be a number' })
    .int('Quantity must be a whole number')
    .min(1, 'Quantity must be at least 1')
    .max(1_000, 'At most 1000 of one item'),
});

/**
 * "Estimation Rates". On the REST door (`GET /order/{id}/rates`) `items` travels in the query
 * string, either as JSON (`items=[{"sku":"BAT-AA-001-01","qty":2}]`) or compactly
 * (`items=BAT-AA-001-01:2,BAT-AA-001-02:1`); `cod=true` keeps only COD-capable services.
 */
export const estimateRatesInput = z.object({
  formId: uuidSchema,
  /** The buyer's district or subdistrict (`addr_id`). */
  regionId: regionIdSchema,
  items: z
    .array(checkoutCartItemInput, { error: 'Items must be a list of { sku, qty }' })
    .min(1, 'Pick at least one item')
    .max(50, 'At most 50 lines'),
  cod: boolParam.optional(),
});

/**
 * The same estimate for a seller placing a manual order ("Atur Pengiriman": `order.manualRates`, or
 * `GET /order/{id}/rates` with a seller token): priced from the warehouse named in `warehouseName`
 * (`?warehouse_name=`), as `order.quoteManual` and `order.createManual` are; the default one when
 * none is named. The public door never reads it.
 */
export const manualRatesInput = estimateRatesInput.extend({
  warehouseName: z.string().max(200).nullish(),
});

export const checkoutRateOutput = z.object({
  courierCode: z.string(),
  courierName: z.string(),
  serviceCode: z.string(),
  serviceName: z.string(),
  /** Shipping cost of the whole parcel, rupiah. */
  price: z.number().int(),
  /** Estimated days in transit, e.g. "2-3". */
  etd: z.string(),
  /** Cash on delivery is possible with this service on this form. */
  cod: z.boolean(),
  /** The COD fee this cart pays with this service; null when COD is not possible. */
  codFee: z.number().int().nullable(),
  /** The insurance fee this cart pays if insured (0 when the form offers no insurance). */
  insuranceFee: z.number().int(),
});
export const estimateRatesOutput = z.object({
  /** Σ item weight × quantity, grams. */
  weightGrams: z.number().int(),
  /** Σ price × quantity, rupiah: what the fees were computed on. */
  goodsValue: z.number().int(),
  rates: z.array(checkoutRateOutput),
});
export type EstimateRatesView = z.infer<typeof estimateRatesOutput>;

/** "Validation Number WA": `formId` (optional) names the page asking, for its rate limit. */
export const validateWhatsappInput = z.object({
  phone: phoneSchema,
  formId: uuidSchema.optional(),
});
/** "Validation Number WA With store": the seller's check, in their store. */
export const whatsappNumberInput = z.object({ phone: phoneSchema });
export const validateWhatsappOutput = z.object({
  /** The number, normalised (`62…`). */
  phone: z.string(),
  /** Whether it has a WhatsApp account, as far as the provider can tell (see `checked`). */
  valid: z.boolean(),
  /**
   * Whether that is a fact: the provider looked the number up, or WhatsApp reported it
   * undeliverable. False with the WhatsApp Cloud API, which has no look-up: `valid` is then true
   * for every well-formed number not reported undeliverable, and a wrong number shows only when a
   * message to it fails.
   */
  checked: z.boolean(),
});

/** "List Voucher Checkout" for a form: the form's store comes from the form, never the buyer. */
export const checkoutVouchersInput = voucherCheckoutInput
  .omit({ storeId: true })
  .extend({ formId: uuidSchema });

export const abandonedDataLimits = { keys: 50, bytes: 10_240 } as const;

/** What the buyer typed so far: plain JSON, at most 50 top-level keys and 10 KB. */
export const abandonedDataSchema = z
  .record(
    z.string().max(100, 'Keys must be at most 100 characters'),
    // Named, so the OpenAPI document calls the recursive JSON schema by a name, not `__schema0`.
    z.json().meta({ id: 'JsonValue' }),
    {
      error: 'Data must be an object of plain JSON values',
    },
  )
  .superRefine((data, ctx) => {
    if (Object.keys(data).length > abandonedDataLimits.keys) {
      ctx.addIssue({ code: 'custom', message: `At most ${abandonedDataLimits.keys} fields` });
    }
    if (new TextEncoder().encode(JSON.stringify(data)).length > abandonedDataLimits.bytes) {
      ctx.addIssue({ code: 'custom', message: 'Data must be at most 10 KB of JSON' });
    }
  });

/**
 * The buyer's receipt of an order just placed through a form, for the page's thank-you view:
 * the order is named by the idempotency key the page sent with it (a random value only that
 * page knows) and the buyer's phone must match, so neither alone reveals an order.
 */
export const checkoutReceiptInput = z.object({
  formId: uuidSchema,
  idempotencyKey: createOrderInput.shape.idempotencyKey.unwrap(),
  phone: phoneSchema,
});

/**
 * What a buyer must do before a COD order the store's risk policy held can ship: confirm it in the
 * WhatsApp message sent, wait for the seller's call (a number not on WhatsApp: no message, no
 * deadline), or transfer the down payment asked (the message has the account and a link); `dueAt`
 * is when the hold ends and the order is canceled.
 */
export const checkoutNextStepSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('confirm_whatsapp'), dueAt: z.date().nullable() }),
  z.object({ kind: z.literal('confirm_by_phone') }),
  z.object({
    kind: z.literal('down_payment'),
    amount: z.number().int(),
    /** What the courier collects after the down payment. */
    codAmount: z.number().int(),
    dueAt: z.date().nullable(),
  }),
]);
export type CheckoutNextStep = z.infer<typeof checkoutNextStepSchema>;

/** What the buyer ordered and pays; no name, phone or address (the page has them already). */
export const checkoutReceiptOutput = orderChargesOutput.extend({
  invoice: z.string(),
  status: z.enum(orderStatuses),
  paymentMethod: formPaymentMethodSchema,
  courierCode: z.string(),
  serviceCode: z.string(),
  lines: z.array(orderLineOutput),
  /** Fees or discounts the seller added after ordering; part of `total`. */
  otherFeesTotal: z.number().int(),
  createdAt: z.date(),
  /**
   * Null when nothing is asked of the buyer. An order the Order Shield held answers as one not
   * held (`status` too): the buyer learns nothing of the shield.
   */
  nextStep: checkoutNextStepSchema.nullable(),
});
export type CheckoutReceiptView = z.infer<typeof checkoutReceiptOutput>;

/** "Request Create Order Abandoned": saved as the buyer types, one row per form and phone. */
export const saveAbandonedInput = z.object({
  formId: uuidSchema,
  phone: phoneSchema,
  name: optionalText(120),
  data: abandonedDataSchema.default({}),
});
export const saveAbandonedOutput = z.object({ id: z.string() });

// Seller side.

/** open: not ordered, not followed up; followed_up: messaged, not ordered; recovered: ordered. */
export const abandonedStateSchema = z.enum(abandonedStates, {
  error: 'State must be open, recovered or followed_up',
});
export type AbandonedState = z.infer<typeof abandonedStateSchema>;

/** Newest activity first; rows move as buyers keep typing, so the cursor is a position (`<ms>_<id>`). */
export const abandonedListInput = pageInputSchema
  .extend({
    cursor: z.string().max(64).optional(),
    formId: uuidSchema.optional(),
    state: abandonedStateSchema.optional(),
    /** Part of the buyer's phone number (any spelling) or name. */
    q: z.string().trim().max(100).optional(),
  })
  .default({ limit: 20 });

export const abandonedOutput = z.object({
  id: z.string(),
  formId: z.string(),
  formName: z.string(),
  buyerPhone: z.string(),
  buyerName: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  state: abandonedStateSchema,
  /** The invoice of the order the buyer placed after all; null while not recovered. */
  invoice: z.string().nullable(),
  followedUpAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type AbandonedView = z.infer<typeof abandonedOutput>;
export const abandonedListOutput = pageOf(abandonedOutput);

export const abandonedFollowUpOutput = z.object({
  /** The WhatsApp message went out; false when the provider is down (use the link instead). */
  sent: z.boolean(),
  /** `https://wa.me/62…?text=…`: the same message, for following up by hand. */
  waLink: z.string(),
});
