import { ProviderUnavailableError } from '../unavailable.ts';

/**
 * Payments through a gateway (Winpay SNAP BI): a one-off virtual account or a QRIS code per order,
 * paid by the buyer in their bank app; the gateway then calls us back (`POST /webhook/winpay`),
 * signed with its RSA key. The port creates charges, lists the channels, and verifies callbacks;
 * what a callback does to an order is decided in domains/payment.
 */

export type PaymentChannelKind = 'va' | 'qris';

/** One way a buyer can pay (a bank's virtual account, or QRIS), and what it costs the seller. */
export interface PaymentChannel {
  /** The provider's channel code: `BRI`, `BNI`, `MANDIRI`… or `QRIS`. */
  code: string;
  name: string;
  kind: PaymentChannelKind;
  /** Rupiah the provider keeps per paid charge… */
  feeFlat: number;
  /** …plus this share of the amount, in basis points (70 = 0.7%). */
  feeBasisPoints: number;
  /** Smallest and largest amount the channel accepts, rupiah. */
  minAmount: number;
  maxAmount: number;
}

export interface ChargeRequest {
  /** Our id for the charge (SNAP `trxId` / `partnerReferenceNo`), echoed by the callback. */
  externalId: string;
  /** Rupiah, whole. */
  amount: number;
  channel: string;
  customerName: string;
  customerPhone: string;
  /** Shown in the buyer's bank app (the invoice). */
  description: string;
  expiresAt: Date;
}

export interface Charge {
  externalId: string;
  /** The provider's own reference, when it gives one. */
  providerRef: string | null;
  vaNumber: string | null;
  qrString: string | null;
  expiresAt: Date;
}

/** A callback as it arrived: what the signature covers. */
export interface SignedCallback {
  method: string;
  /** The request path the provider called (part of the signed string). */
  path: string;
  /** The raw body text. */
  body: string;
  timestamp: string;
  signature: string;
}

export interface PaymentPort {
  readonly provider: 'winpay' | 'sandbox';
  /** Channels a store can offer buyers (the spec's "winpay service"). */
  channels(): PaymentChannel[];
  createCharge(request: ChargeRequest): Promise<Charge>;
  /** Whether the callback carries the provider's valid signature (the timestamp's age is checked by the caller). */
  verifyCallback(callback: SignedCallback): boolean;
}

/** The gateway cannot be reached or refused the charge; rendered as 503. */
export class PaymentUnavailableError extends ProviderUnavailableError {
  constructor(message = 'The payment service is unavailable; please try again in a moment') {
    super(message);
  }
}

/** What the provider keeps of a paid amount on a channel, rupiah (rounded up, as gateways do). */
export function channelFee(
  channel: Pick<PaymentChannel, 'feeFlat' | 'feeBasisPoints'>,
  amount: number,
): number {
  return channel.feeFlat + Math.ceil((amount * channel.feeBasisPoints) / 10_000);
}
