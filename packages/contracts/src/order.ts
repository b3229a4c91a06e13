import { z } from 'zod';
import { uuidSchema } from './common.ts';
import { paymentGatewayAnswer } from './payment.ts';
import { phoneSchema } from './phone.ts';

// `POST /order/{id}` exactly as the spec documents it (field names arrive camelCased from the REST
// door: receiver_addr_id → receiverAddrId). The server decides every price; the buyer's `sender`
// is read but the shipment always leaves from the store's own default warehouse. A seller placing
// the order for a buyer ("Atur Pengiriman", with a token) picks one of the store's warehouses by
// `sender.warehouseName`; the rest of `sender` is never used (the warehouse's own contact is).

const regionIdSchema = z
  .number({ error: 'Region id must be a number' })
  .int('Region id must be a whole number')
  .positive('Region id must be positive')
  .max(2_147_483_647, 'Unknown region id');

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);

export const orderSenderInput = z
  .object({
    warehouseName: z.string().max(200).nullish(),
    senderName: z.string().max(200).nullish(),
    senderPhone: z.string().max(40).nullish(),
    senderAddrId: z.number().int().nullish(),
    senderDetail: z.string().max(500).nullish(),
    senderLatitude: z.number().nullish(),
    senderLongitude: z.number().nullish(),
  })
  .nullish();

export const orderReceiverInput = z.object(
  {
    receiverName: text('Receiver name', 120),
    receiverPhone: phoneSchema,
    receiverAddrId: regionIdSchema,
    receiverAddress: text('Receiver address', 500),
    receiverDetail: z
      .array(z.object({ fieldName: text('Field name', 100), value: z.string().max(1000).nullable() }))
      .max(30, 'At most 30 extra fields')
      .default([]),
  },
  { error: 'Receiver is required' },
);

export const checkoutPaymentTypes = ['cod', 'transfer', 'bank_transfer', 'payment_gateway'] as const;

export const orderItemsInput = z.object(
  {
    pickupVia: z.number().int().min(0).max(1).default(0),
    serviceCode: text('Service code', 20),
    /** 1: insure the parcel; 0: not. */
    insuranceType: z
      .union([z.literal(0), z.literal(1)], { error: 'Insurance type must be 0 or 1' })
      .default(0),
    courierCode: text('Courier code', 20).transform((v) => v.toLowerCase()),
    note: z.string().trim().max(500, 'Note must be at most 500 characters').nullish(),
    paymentMethod: z.object(
      {
        type: z.enum(checkoutPaymentTypes, {
          error: 'Payment type must be cod, transfer or payment_gateway',
        }),
        bank: z.string().trim().max(20).nullish(),
      },
      { error: 'Payment method is required' },
    ),
    orderType: z.number().int().min(0).max(9).default(0),
    deliveryVoucherCode: z.string().trim().max(32).nullish(),
    discountVoucherCode: z.string().trim().max(32).nullish(),
    waValidation: z.boolean().default(false),
    orderItems: z
      .array(
        z.object({
          itemSku: text('SKU', 64),
          itemQty: z
            .number({ error: 'Quantity must be a number' })
            .int('Quantity must be a whole number')
            .min(1, 'Quantity must be at least 1')
            .max(1_000, 'At most 1000 of one item per order'),
        }),
      )
      .min(1, 'Pick at least one item')
      .max(50, 'At most 50 lines per order'),
  },
  { error: 'Items are required' },
);

/**
 * A client's name for one order it means to place (a UUID is ideal): retries with the same key
 * answer the first order; the same key with a different request is refused (409).
 */
export const idempotencyKeySchema = z
  .string()
  .trim()
  .min(8, 'Idempotency key must be 8 to 255 characters')
  .max(255, 'Idempotency key must be 8 to 255 characters');

/** What the widget sends as its device id (a random UUID or similar token). */
export const deviceIdSchema = z
  .string({ error: 'Device id must be text' })
  .trim()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'Device id must be 8–64 letters, digits, - or _');

export const createOrderInput = z.object({
  /** The form's UUID (the `{id}` of `POST /order/{id}`). */
  id: uuidSchema,
  sender: orderSenderInput,
  receiver: orderReceiverInput,
  items: orderItemsInput,
  /** Retries with the same key return the first order's answer (also the Idempotency-Key header). */
  idempotencyKey: idempotencyKeySchema.optional(),
  /**
   * The event id the widget's browser pixel sent its Purchase with: the server's conversion event
   * repeats it, so Meta and TikTok count the purchase once.
   */
  eventId: z.uuid({ error: 'Event id must be a UUID' }).optional(),
  /** The checkout widget's random id, kept in the buyer's browser (Order Shield block lists). */
  deviceId: deviceIdSchema.optional(),
});
export type CreateOrderInput = z.output<typeof createOrderInput>;

/** The spec's success body (`data` of `POST /order/{id}`). */
export const createOrderOutput = z.object({
  csPhone: z.string(),
  payment: z.array(
    z.object({
      bankAtasnama: z.string(),
      bankCode: z.string(),
      bankName: z.string(),
      bankRekening: z.string(),
      fileName: z.string(),
      filePath: z.string(),
    }),
  ),
  productName: z.string(),
  socialMedia: z.array(z.object({ name: z.string(), url: z.string() })),
  totalPayment: z.number().int(),
  /** payment_gateway orders only: the VA number or QRIS code to pay, and until when. */
  paymentGateway: paymentGatewayAnswer.optional(),
});
export type CreateOrderOutput = z.infer<typeof createOrderOutput>;

/**
 * The answer to an order a seller placed for a buyer (`order.createManual`, or `POST /order/{id}`
 * with a token): the checkout's answer, plus the invoice to open it by and its AWB when the courier
 * gave one at booking (a COD order; null until the courier's webhook otherwise).
 */
export const manualOrderOutput = createOrderOutput.extend({
  invoice: z.string(),
  awb: z.string().nullable(),
});
export type ManualOrderOutput = z.infer<typeof manualOrderOutput>;

export const createOrderMessage =
  'Lakukan pembayaran ke salah satu bank berikut agar segera kami proses pesananmu';

/**
 * "Order summary": what `createOrder` would charge for this cart, delivery and payment choice,
 * without ordering. Same field names as `createOrder`, so a page maps the errors of both alike;
 * the buyer's phone is optional (it only matters for per-buyer voucher limits).
 */
export const checkoutQuoteInput = createOrderInput.pick({ id: true, items: true }).extend({
  receiver: z.object(
    { receiverAddrId: regionIdSchema, receiverPhone: phoneSchema.optional() },
    { error: 'Receiver is required' },
  ),
});
export type CheckoutQuoteInput = z.output<typeof checkoutQuoteInput>;

/**
 * The summary of an order a seller is about to place for a buyer (`order.quoteManual`): the
 * checkout's, priced from the warehouse named in `sender.warehouseName` (else the default one).
 */
export const manualQuoteInput = checkoutQuoteInput.extend({ sender: orderSenderInput });
export type ManualQuoteInput = z.output<typeof manualQuoteInput>;

/** A bought line, as buyers and sellers see it. */
export const orderLineOutput = z.object({
  sku: z.string(),
  productName: z.string(),
  variantName: z.string(),
  price: z.number().int(),
  quantity: z.number().int(),
});

/** What an order charges, in rupiah, as `orderTotal` adds it up. */
export const orderChargesOutput = z.object({
  itemsTotal: z.number().int(),
  shippingCost: z.number().int(),
  codFee: z.number().int(),
  insuranceFee: z.number().int(),
  productDiscount: z.number().int(),
  shippingDiscount: z.number().int(),
  /** What the buyer pays. */
  total: z.number().int(),
});

export const checkoutQuoteOutput = orderChargesOutput.extend({
  lines: z.array(orderLineOutput),
  weightGrams: z.number().int(),
  insured: z.boolean(),
});
export type CheckoutQuoteView = z.infer<typeof checkoutQuoteOutput>;
