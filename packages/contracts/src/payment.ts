import { z } from 'zod';
import { pageInputSchema, pageOf } from './common.ts';

// Gateway payments (Winpay SNAP: virtual accounts and QRIS) and the seller's BosPay balance.

export const paymentChannelKinds = ['va', 'qris'] as const;

/**
 * Where a gateway order is paid, added to the answer of `POST /order/{id}` for payment_gateway
 * orders only (the spec documents that answer's fields by example; other orders' answers stay
 * exactly the spec's).
 */
export const paymentGatewayAnswer = z.object({
  /** `BRI`, `BNI`… or `QRIS`. */
  channel: z.string(),
  channelName: z.string(),
  kind: z.enum(paymentChannelKinds),
  /** The number to transfer to (virtual account), else null. */
  vaNumber: z.string().nullable(),
  /** The QRIS payload to render as a QR code, else null. */
  qrString: z.string().nullable(),
  amount: z.number().int(),
  /** After this the number or code no longer takes money, and the order waits no longer. */
  expiresAt: z.date(),
});
export type PaymentGatewayAnswer = z.infer<typeof paymentGatewayAnswer>;

/** "winpay service": a payment channel a store can offer buyers, and what it costs the seller. */
export const paymentChannelOutput = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(paymentChannelKinds),
  feeFlat: z.number().int(),
  /** Share of the amount, in basis points (70 = 0.7%). */
  feeBasisPoints: z.number().int(),
  minAmount: z.number().int(),
  maxAmount: z.number().int(),
});
export const winpayServiceOutput = z.object({
  /** `winpay`, or `sandbox` when no real gateway is configured. */
  provider: z.string(),
  channels: z.array(paymentChannelOutput),
});

export const bosPayEntryKinds = [
  'cod_remittance',
  'gateway_payment',
  'gateway_fee',
  'shipping_fee',
  'cod_fee',
  'rts_charge',
  'withdrawal',
  'adjustment',
] as const;
export type BosPayEntryKind = (typeof bosPayEntryKinds)[number];

/** "Saldo BosPay": the balance and its movements, newest first (`?kind=&limit=&cursor=`). */
export const bosPaySaldoInput = pageInputSchema.extend({
  kind: z.enum(bosPayEntryKinds, { error: `Kind must be one of ${bosPayEntryKinds.join(', ')}` }).optional(),
});

export const bosPayEntryOutput = z.object({
  id: z.string(),
  kind: z.enum(bosPayEntryKinds),
  /** Rupiah: positive in, negative out. */
  amount: z.number().int(),
  invoice: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.date(),
});

export const bosPaySaldoOutput = pageOf(bosPayEntryOutput).extend({
  /** The sum of every movement, rupiah. */
  balance: z.number().int(),
});
