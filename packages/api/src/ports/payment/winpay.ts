import { createPrivateKey, createPublicKey, type KeyObject, randomInt } from 'node:crypto';
import { z } from 'zod';
import { winpayChannels } from './channels.ts';
import {
  type Charge,
  type ChargeRequest,
  type PaymentPort,
  PaymentUnavailableError,
  type SignedCallback,
} from './port.ts';
import { signSnap, snapTimestamp, verifySnap } from './snap-signature.ts';

export interface WinpaySnapOptions {
  /** e.g. https://snap.winpay.id (no trailing slash needed). */
  baseUrl: string;
  partnerId: string;
  /** Our RSA private key (PEM), whose public half is registered with Winpay. */
  privateKey: string | KeyObject;
  /** Winpay's RSA public key (PEM): verifies its callbacks. */
  winpayPublicKey: string | KeyObject;
  timeoutMs?: number;
}

const money = z.object({ value: z.string(), currency: z.string() });
const vaAnswer = z.object({
  responseCode: z.string(),
  responseMessage: z.string().optional(),
  virtualAccountData: z
    .object({
      virtualAccountNo: z.string().min(1),
      trxId: z.string(),
      expiredDate: z.string().optional(),
      additionalInfo: z.object({ contractId: z.string().optional() }).partial().optional(),
    })
    .optional(),
});
const qrAnswer = z.object({
  responseCode: z.string(),
  responseMessage: z.string().optional(),
  referenceNo: z.string().optional(),
  partnerReferenceNo: z.string().optional(),
  qrContent: z.string().min(1).optional(),
});

const rupiah = (amount: number) =>
  ({ value: `${amount}.00`, currency: 'IDR' }) satisfies z.infer<typeof money>;

/**
 * Winpay's SNAP BI API: `POST /v1.0/transfer-va/create-va` (one-off VA, type "c") and
 * `POST /v1.0/qr/qr-mpm-generate` (QRIS), each request signed SHA256withRSA with our private key
 * (snap-signature.ts); callbacks verified with Winpay's public key. Every failure (network,
 * timeout, refusal, an answer we cannot read) is a PaymentUnavailableError: checkout then
 * answers 503 and writes nothing. Creating a charge is never retried here: a timed-out create may
 * have worked, and a second VA for one order is worse than asking the buyer to try again.
 */
export class WinpaySnapPayment implements PaymentPort {
  readonly provider = 'winpay' as const;
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor(private readonly options: WinpaySnapOptions) {
    this.privateKey =
      typeof options.privateKey === 'string' ? createPrivateKey(options.privateKey) : options.privateKey;
    this.publicKey =
      typeof options.winpayPublicKey === 'string'
        ? createPublicKey(options.winpayPublicKey)
        : options.winpayPublicKey;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  channels() {
    return [...winpayChannels];
  }

  async createCharge(request: ChargeRequest): Promise<Charge> {
    if (request.channel === 'QRIS') {
      const answer = qrAnswer.safeParse(
        await this.post('/v1.0/qr/qr-mpm-generate', {
          partnerReferenceNo: request.externalId,
          amount: rupiah(request.amount),
          validityPeriod: snapTimestamp(request.expiresAt),
          additionalInfo: { description: request.description },
        }),
      );
      if (!answer.success || !answer.data.responseCode.startsWith('200') || !answer.data.qrContent) {
        throw new PaymentUnavailableError('The payment service did not create the QRIS code; try again');
      }
      return {
        externalId: request.externalId,
        providerRef: answer.data.referenceNo ?? null,
        vaNumber: null,
        qrString: answer.data.qrContent,
        expiresAt: request.expiresAt,
      };
    }
    const answer = vaAnswer.safeParse(
      await this.post('/v1.0/transfer-va/create-va', {
        customerNo: request.customerPhone.replace(/\D/g, '').slice(-12),
        virtualAccountName: request.customerName.slice(0, 128),
        virtualAccountPhone: request.customerPhone,
        trxId: request.externalId,
        totalAmount: rupiah(request.amount),
        virtualAccountTrxType: 'c',
        expiredDate: snapTimestamp(request.expiresAt),
        additionalInfo: { channel: request.channel },
      }),
    );
    const data = answer.success ? answer.data.virtualAccountData : undefined;
    if (!answer.success || !answer.data.responseCode.startsWith('200') || !data) {
      throw new PaymentUnavailableError('The payment service did not create the virtual account; try again');
    }
    return {
      externalId: request.externalId,
      providerRef: data.additionalInfo?.contractId ?? null,
      vaNumber: data.virtualAccountNo.trim(),
      qrString: null,
      expiresAt: request.expiresAt,
    };
  }

  verifyCallback(callback: SignedCallback): boolean {
    return verifySnap(this.publicKey, callback, callback.signature);
  }

  /** One signed SNAP request; the parsed JSON answer, or PaymentUnavailableError. */
  private async post(path: string, payload: unknown): Promise<unknown> {
    const body = JSON.stringify(payload);
    const timestamp = snapTimestamp(new Date());
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-timestamp': timestamp,
          'x-signature': signSnap(this.privateKey, { method: 'POST', path, body, timestamp }),
          'x-partner-id': this.options.partnerId,
          // SNAP: numeric, unique per partner per day.
          'x-external-id': `${Date.now()}${randomInt(100_000, 999_999)}`,
          'channel-id': 'WEB',
        },
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch {
      throw new PaymentUnavailableError();
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) {
      throw new PaymentUnavailableError(`The payment service refused the request (HTTP ${response.status})`);
    }
    try {
      return JSON.parse(text);
    } catch {
      throw new PaymentUnavailableError('The payment service answered something unreadable; try again');
    }
  }
}
