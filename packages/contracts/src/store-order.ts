import { z } from 'zod';
import { emailSchema, maxInt4, optionalText, pageInputSchema, pageOf, uuidSchema } from './common.ts';
import { conversionDeliveryOutput } from './conversion.ts';
import { manualStatuses, type OrderPaymentMethod } from './lifecycle.ts';
import { orderChargesOutput, orderLineOutput } from './order.ts';
import { phoneSchema } from './phone.ts';
import { regionOutput } from './region.ts';
import { orderRiskOutput, riskLevels } from './risk.ts';
import { shieldReasonCodes } from './shield-reasons.ts';
import { orderPaymentMethods, orderStatuses } from './states.ts';

// The seller's side of orders: list, recap, detail, edits, status, payment and follow-up.
// Orders are addressed by invoice (`INV57123`), as the spec's paths do.

export const invoiceSchema = z
  .string({ error: 'Invoice is required' })
  .trim()
  .toUpperCase()
  .regex(/^INV\d{1,18}$/, 'Invoice looks like INV57123');
export const orderInvoiceInput = z.object({ invoice: invoiceSchema });

/**
 * A day in Asia/Jakarta, `YYYY-MM-DD`: a real calendar day (`2026-02-30` and `8903-84-68` have
 * the shape but no start instant, so a query built on them would fail), of a four-digit year
 * whose neighbouring days are four-digit too: a day's start in UTC (7 hours earlier) and the
 * previous period the figures compare with must still be dates PostgreSQL and `YYYY-MM-DD` hold.
 */
export const jakartaDay = z.iso
  .date({ error: 'Use a date like 2026-11-23' })
  .refine((day) => day >= '1000-01-01' && day < '9999-01-01', 'Use a date between the years 1000 and 9998');

/** The filters Order List, its status counts, Recap Order List and Download Order List share. */
export const orderFilterFields = z.object({
  status: z.enum(orderStatuses).optional(),
  paymentMethod: z.enum(orderPaymentMethods).optional(),
  courierCode: z.string().trim().toLowerCase().max(20).optional(),
  csMemberId: uuidSchema.optional(),
  formId: uuidSchema.optional(),
  productId: uuidSchema.optional(),
  /** Which date `from`/`to` apply to. */
  dateField: z.enum(['created', 'paid', 'shipped']).default('created'),
  from: jakartaDay.optional(),
  to: jakartaDay.optional(),
  /** Invoice, AWB, buyer phone (prefix) or buyer name (part). */
  q: z.string().trim().max(100).optional(),
});
export const datesInOrder = (f: { from?: string; to?: string }) => !f.from || !f.to || f.from <= f.to;
export const datesMessage = { message: 'The end date is before the start date', path: ['to'] };
// `prefault`: no filters at all (a bare `GET /store/order/recap`) means every order.
export const orderFilterInput = orderFilterFields.refine(datesInOrder, datesMessage).prefault({});
export type OrderFilter = z.output<typeof orderFilterInput>;

/** "Download Order List": the list's filters and a file format; answered with a short-lived link. */
export const orderDownloadInput = orderFilterFields
  .extend({ format: z.enum(['csv', 'xlsx']).default('csv') })
  .refine(datesInOrder, datesMessage)
  .prefault({});

/** "Cetak Invoice": A4 invoices or 10×15 cm shipping labels, one page per order. */
export const orderPrintInput = z.object({
  invoices: z.array(invoiceSchema).min(1, 'Pick at least one order').max(100, 'At most 100 orders at once'),
  layout: z.enum(['a4', 'label']).default('a4'),
});

export const orderSorts = ['newest', 'oldest', 'total_desc', 'total_asc'] as const;
export const orderListFields = orderFilterFields.extend(pageInputSchema.shape).extend({
  sort: z.enum(orderSorts).default('newest'),
  /** COD risk level at checkout (the page only; the tab counts ignore it). */
  risk: z.enum(riskLevels).optional(),
});
export const orderListInput = orderListFields.refine(datesInOrder, datesMessage).prefault({});
export type OrderListInput = z.output<typeof orderListInput>;

const fee = z.object({ name: z.string(), amount: z.number().int() });

/** One reason the Order Shield holds an order: its code and the text for the seller. */
export const shieldReasonOutput = z.object({
  code: z.enum(shieldReasonCodes),
  text: z.string(),
});

export const orderSummaryOutput = z.object({
  id: z.string(),
  invoice: z.string(),
  status: z.enum(orderStatuses),
  paymentMethod: z.enum(orderPaymentMethods),
  buyerName: z.string(),
  buyerPhone: z.string(),
  regionLabel: z.string(),
  courierCode: z.string(),
  serviceCode: z.string(),
  awb: z.string().nullable(),
  total: z.number().int(),
  itemCount: z.number().int(),
  productSummary: z.string(),
  cs: z.object({ memberId: z.string(), name: z.string() }).nullable(),
  form: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.date(),
  paidAt: z.date().nullable(),
  shippedAt: z.date().nullable(),
  /** COD risk at checkout: score, level and top reasons; null for orders placed before scoring. */
  risk: orderRiskOutput,
  /** Why the Order Shield holds it (empty unless it was caught). */
  shieldReasons: z.array(shieldReasonOutput),
});
export type OrderSummary = z.infer<typeof orderSummaryOutput>;

export const orderListOutput = pageOf(orderSummaryOutput).extend({
  /** Orders matching every filter (status included). */
  total: z.number().int(),
  /** Per status tab: orders matching the other filters. */
  statusCounts: z.record(z.enum(orderStatuses), z.number().int()),
});

const moneyBucket = z.object({ orders: z.number().int(), total: z.number().int() });
export const orderRecapOutput = z.object({
  /** Every order the filter selects, sales or not. */
  orders: z.number().int(),
  /** Orders that are a sale (`isSale`: neither on hold nor canceled): what revenue and items add up. */
  sold: z.number().int(),
  /** Orders on hold for a check (`onHoldStatuses`): counted in `orders`, not in revenue. */
  held: z.number().int(),
  items: z.number().int(),
  /** Sum of totals of the sales: orders on hold and canceled ones are not money the store will get. */
  revenue: z.number().int(),
  itemsTotal: z.number().int(),
  shipping: z.number().int(),
  codFees: z.number().int(),
  canceled: z.number().int(),
  cod: moneyBucket,
  transfer: moneyBucket,
  /** Per Asia/Jakarta day of the chosen date field, oldest first: every order, and the sales' revenue. */
  days: z.array(z.object({ date: z.string(), orders: z.number().int(), revenue: z.number().int() })),
});
export type OrderRecap = z.infer<typeof orderRecapOutput>;

/** WhatsApp's delivery report of a follow-up: sent → delivered → read, or failed (with why). */
export const followUpDeliveryStatuses = ['sent', 'delivered', 'read', 'failed'] as const;
/**
 * The two series of follow-ups, each numbered from 1 on its own: the seller's (`manual`, the
 * spec's `follow_up_attempts`) and the payment method's plan (`scheduled`).
 */
export const followUpKinds = ['manual', 'scheduled'] as const;
export type FollowUpKind = (typeof followUpKinds)[number];

export const followUpDeliveryOutput = z.object({
  status: z.enum(followUpDeliveryStatuses),
  at: z.date(),
  error: z.string().nullable(),
});
export type FollowUpDelivery = z.infer<typeof followUpDeliveryOutput>;

export const followUpAttemptOutput = z.object({
  kind: z.enum(followUpKinds),
  /** The number within its kind's series. */
  attempt: z.number().int(),
  /** `sent`, `failed`; automatic ones also `scheduled` (until `dueAt`) or `stopped`. */
  status: z.string(),
  message: z.string(),
  waLink: z.string(),
  delivery: followUpDeliveryOutput.nullable(),
  at: z.date(),
  /** When an automatic follow-up is (or was) due; null for one sent by hand. */
  dueAt: z.date().nullable(),
});

export const orderDetailOutput = orderSummaryOutput.extend({
  buyerEmail: z.string().nullable(),
  address: z.string(),
  region: regionOutput,
  buyerDetails: z.array(z.object({ fieldName: z.string(), value: z.string().nullable() })),
  note: z.string().nullable(),
  items: z.array(orderLineOutput.extend({ weightGrams: z.number().int(), subtotal: z.number().int() })),
  sender: z.object({
    warehouseId: z.string(),
    name: z.string(),
    contactName: z.string(),
    contactPhone: z.string(),
    address: z.string(),
    region: regionOutput,
  }),
  shipment: z.object({
    courierCode: z.string(),
    serviceCode: z.string(),
    insured: z.boolean(),
    weightGrams: z.number().int(),
    awb: z.string().nullable(),
    bookedAt: z.date().nullable(),
    /**
     * The courier's history, newest last; null when the provider could not be asked just now. A
     * checkpoint's `at` is null when the courier gave no time for it.
     */
    tracking: z
      .array(z.object({ at: z.date().nullable(), status: z.string(), description: z.string() }))
      .nullable(),
  }),
  payment: z.object({
    method: z.enum(orderPaymentMethods),
    paidAt: z.date().nullable(),
    /** An unpaid transfer or gateway order is canceled at this time (the form's payment window). */
    dueAt: z.date().nullable(),
    paidAmount: z.number().int().nullable(),
    bankAccount: z
      .object({ id: z.string(), bankName: z.string(), accountNumber: z.string(), accountHolder: z.string() })
      .nullable(),
    proofUrl: z.string().nullable(),
    note: z.string().nullable(),
  }),
  fees: orderChargesOutput.extend({ otherFees: z.array(fee) }),
  vouchers: z.array(
    z.object({ code: z.string(), kind: z.enum(['product', 'shipping']), discount: z.number().int() }),
  ),
  cs: z.object({ memberId: z.string(), name: z.string(), phone: z.string() }).nullable(),
  /** Who placed the order for the buyer ("Atur Pengiriman"); null when the buyer checked out themselves. */
  createdBy: z.object({ userId: z.string(), name: z.string() }).nullable(),
  /** Whether customer, courier, payment method and fees may still change. */
  editable: z.boolean(),
  /**
   * What Update Status Order accepts for this order now (`manualMoves`, the rule the endpoint
   * checks); paying, booking and a hold's release or confirmation are actions of their own.
   */
  nextStatuses: z.array(z.enum(orderStatuses)),
  timeline: z.array(
    z.object({
      type: z.string(),
      fromStatus: z.enum(orderStatuses).nullable(),
      toStatus: z.enum(orderStatuses).nullable(),
      actorName: z.string().nullable(),
      data: z.unknown(),
      at: z.date(),
    }),
  ),
  /** Sent by hand or on schedule; planned ones are `scheduled` until `dueAt`, `stopped` if paid or canceled first. */
  followUps: z.array(followUpAttemptOutput),
  /**
   * The order's ad conversions (Meta, TikTok): each event per platform with its status, attempts
   * and the platform's answer, oldest first. Null for a role that may not see them (who may not
   * build forms, as `conversion.deliveries`).
   */
  conversions: z.array(conversionDeliveryOutput).nullable(),
  canceledAt: z.date().nullable(),
  cancelReason: z.string().nullable(),
  deliveredAt: z.date().nullable(),
  returnedAt: z.date().nullable(),
  /** A held risky COD order is canceled at this time unless the buyer confirms it (or pays its down payment). */
  confirmDueAt: z.date().nullable(),
  /**
   * A held risky COD order whose buyer is not on WhatsApp: no message was sent and nothing cancels
   * it by itself (`confirmDueAt` null); the seller calls the buyer, then confirms or cancels it.
   * False once the order is no longer held.
   */
  confirmByPhone: z.boolean(),
  /**
   * The transfer a risky COD order waits for (the form's `down_payment` policy); null when none
   * was asked. Once the seller confirms it, the order is booked and the courier collects the rest.
   */
  downPayment: z
    .object({ amount: z.number().int(), paid: z.boolean(), paidAt: z.date().nullable() })
    .nullable(),
  /** What the courier collects on delivery: the total less a confirmed down payment (0 unless COD). */
  codAmount: z.number().int(),
  /** A `suspicious` order is canceled at this time unless released. */
  heldUntil: z.date().nullable(),
});
export type OrderDetail = z.infer<typeof orderDetailOutput>;

const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);

/** `PUT /store/order/{id}/detail/customer`: all seven fields required, as the spec says. */
export const orderCustomerInput = z.object({
  invoice: invoiceSchema,
  customerName: requiredText('Customer name', 120),
  customerPhone: phoneSchema,
  customerEmail: emailSchema,
  addrId: z
    .number({ error: 'addr_id must be a number' })
    .int('addr_id must be a whole number')
    .positive('addr_id must be positive')
    .max(maxInt4, 'Unknown region id'),
  city: requiredText('City', 120),
  district: requiredText('District', 120),
  customerAddress: requiredText('Customer address', 500),
});
export const orderCustomerMessage = 'Customer has been successfully saved.';

export const orderCourierInput = z.object({
  invoice: invoiceSchema,
  courierCode: requiredText('Courier code', 20).transform((v) => v.toLowerCase()),
  serviceCode: requiredText('Service code', 20),
});

export const orderPaymentMethodInput = z.object({
  invoice: invoiceSchema,
  paymentMethod: z.enum(orderPaymentMethods, { error: 'Payment method must be cod or bank_transfer' }),
});

export const orderOtherFeesInput = z.object({
  invoice: invoiceSchema,
  fees: z
    .array(
      z.object({
        name: requiredText('Fee name', 60),
        /** Positive adds to the total; negative is a discount. */
        amount: z
          .number({ error: 'Amount must be a number' })
          .int('Amount must be whole rupiah')
          .min(-100_000_000, 'Amount is too large')
          .max(100_000_000, 'Amount is too large')
          .refine((v) => v !== 0, 'Amount must not be zero'),
      }),
    )
    .max(10, 'At most 10 extra fees'),
});

/**
 * `order.previewEdit`: one of the four edits, named by `kind`, priced by the server without saving,
 * so the seller sees the new total before committing to it.
 */
export const orderEditPreviewInput = z.discriminatedUnion('kind', [
  orderCustomerInput.extend({ kind: z.literal('customer') }),
  orderCourierInput.extend({ kind: z.literal('courier') }),
  orderPaymentMethodInput.extend({ kind: z.literal('paymentMethod') }),
  orderOtherFeesInput.extend({ kind: z.literal('otherFees') }),
]);
export type OrderEditPreviewInput = z.input<typeof orderEditPreviewInput>;
/** The amounts the edit would store (the others, such as items and insurance, do not change). */
export const orderEditPreviewOutput = z.object({
  shippingCost: z.number().int(),
  codFee: z.number().int(),
  otherFeesTotal: z.number().int(),
  shippingDiscount: z.number().int(),
  total: z.number().int(),
});

export const orderStatusInput = z.object({
  invoice: invoiceSchema,
  status: z.enum(manualStatuses, {
    error: `Status must be one of ${manualStatuses.join(', ')} (payment and shipment have their own actions)`,
  }),
  /** Why (canceled), or what happened. */
  note: optionalText(500),
  /** For `returned`: put the items back into stock. */
  restock: z.boolean().default(true),
  /**
   * For `canceled` when the buyer's down payment was received: how it goes back to them. The store
   * holds the buyer's money, so such a cancel is refused without it (as a payment other than the
   * total needs `force` and a note); it is kept on the order's timeline.
   */
  refundNote: optionalText(500),
});

/**
 * The store account a transfer landed on, picked from the store's list: an empty pick gets the
 * words a seller understands (the server says the same of an account that is not the store's).
 */
export const pickBankAccountMessage = 'Pick one of your store’s bank accounts';
const receivingAccountSchema = z.uuid({ error: pickBankAccountMessage });

export const confirmPaymentInput = z.object({
  invoice: invoiceSchema,
  amount: z
    .number({ error: 'Amount must be a number' })
    .int('Amount must be whole rupiah')
    .positive('Amount must be positive')
    .max(maxInt4, 'Amount is too large'),
  bankAccountId: receivingAccountSchema,
  /** An image uploaded through Upload Image (the transfer receipt). */
  proofImageId: uuidSchema.nullish(),
  note: optionalText(500),
  /** Accept an amount other than the total, less or more (the note says why). */
  force: z.boolean().default(false),
});

/**
 * "Confirm Down Payment": the seller saw a held COD order's down payment arrive, on this store
 * account (optionally with the receipt uploaded through Upload Image); the order is then booked.
 */
export const confirmDownPaymentInput = confirmPaymentInput.omit({ amount: true, force: true });

/** `POST /store/order/follow-up`, exactly as the spec documents it. */
export const followUpInput = z.object({
  invoice: invoiceSchema,
  followUpAttempts: z
    .number({ error: 'follow_up_attempts must be a number' })
    .int('follow_up_attempts must be a whole number')
    .min(1, 'follow_up_attempts starts at 1')
    .max(10, 'At most 10 follow-up attempts'),
});
export const followUpOutput = z.object({
  message: z.string(),
  /** Sent through WhatsApp (false: the seller can still send `waLink` by hand). */
  sent: z.boolean(),
  waLink: z.string(),
});

/**
 * Which orders a follow-up text is for: `prepaid` (bank transfer, payment gateway: the buyer still
 * has to pay) or `cod` (the buyer pays the courier: confirm the order, have the cash ready).
 */
export const followUpTemplateKinds = ['prepaid', 'cod'] as const;
export type FollowUpTemplateKind = (typeof followUpTemplateKinds)[number];

/** The kind of follow-up text an order paid this way gets. */
export function followUpTemplateKindOf(paymentMethod: OrderPaymentMethod): FollowUpTemplateKind {
  return paymentMethod === 'cod' ? 'cod' : 'prepaid';
}

export const followUpTemplateInput = z.object({
  /** Absent: `prepaid`, what the one text per attempt was before COD orders had their own. */
  kind: z.enum(followUpTemplateKinds, { error: 'kind must be prepaid or cod' }).default('prepaid'),
  attempt: z.number().int().min(1).max(10),
  message: requiredText('Message', 2_000),
});
export const followUpTemplateOutput = z.object({
  kind: z.enum(followUpTemplateKinds),
  attempt: z.number().int(),
  message: z.string(),
  /** The built-in text, used while the store has not written its own. */
  isDefault: z.boolean(),
});
export const followUpPlaceholders = [
  'buyer_name',
  'invoice',
  'total',
  'payment_link',
  'product',
  'store_name',
] as const;

/** `followUp.preview`: the message the next send would carry, rendered, and its wa.me link. */
export const followUpPreviewOutput = z.object({
  attempt: z.number().int(),
  message: z.string(),
  waLink: z.string(),
});
