import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { winpayChannels } from './channels.ts';
import {
  type Charge,
  type ChargeRequest,
  type PaymentPort,
  PaymentUnavailableError,
  type SignedCallback,
} from './port.ts';
import { signSnap, snapTimestamp, verifySnap } from './snap-signature.ts';

/**
 * The default PaymentProvider: charges are made in-process, and callbacks are signed with a key
 * pair of its own (made at start), so a sandbox callback goes through the same verification as a
 * real Winpay one. `signedCallback` is the sandbox's "the buyer paid": it answers what Winpay would
 * POST to /webhook/winpay.
 */
export class SandboxPayment implements PaymentPort {
  readonly provider = 'sandbox' as const;
  /** Make every call fail as if the gateway were down (the 503 path). */
  failing = false;
  /**
   * When set, the imitated buyer pays every charge this long after it is made (a job posts the
   * signed callback through the real callback code), so a demo's gateway orders come alive.
   */
  autoPayAfterMs: number | null;
  readonly charges: Array<ChargeRequest & Charge> = [];
  private keyPair?: { publicKey: KeyObject; privateKey: KeyObject };

  /** Made on first use: generating an RSA key takes a noticeable moment, and most runs never need one. */
  private get keys() {
    this.keyPair ??= generateKeyPairSync('rsa', { modulusLength: 2048 });
    return this.keyPair;
  }

  constructor(options: { autoPayAfterMs?: number | null } = {}) {
    this.autoPayAfterMs = options.autoPayAfterMs ?? null;
  }

  channels() {
    return [...winpayChannels];
  }

  async createCharge(request: ChargeRequest): Promise<Charge> {
    if (this.failing) throw new PaymentUnavailableError();
    const known = this.charges.find((c) => c.externalId === request.externalId);
    if (known) {
      const { externalId, providerRef, vaNumber, qrString, expiresAt } = known;
      return { externalId, providerRef, vaNumber, qrString, expiresAt };
    }
    const digits = BigInt(`0x${createHash('sha256').update(request.externalId).digest('hex').slice(0, 15)}`)
      .toString()
      .padStart(12, '0')
      .slice(-12);
    const qris = request.channel === 'QRIS';
    const charge: Charge = {
      externalId: request.externalId,
      providerRef: `SBX${digits}`,
      vaNumber: qris ? null : `8888${digits}`,
      // The shape of an EMVCo merchant-presented QR (what QRIS strings are), not a payable one.
      qrString: qris
        ? `00020101021226570011ID.SANDBOX01189360000000${digits}5204539953033605802ID6304`
        : null,
      expiresAt: request.expiresAt,
    };
    this.charges.push({ ...request, ...charge });
    return charge;
  }

  verifyCallback(callback: SignedCallback): boolean {
    return verifySnap(this.keys.publicKey, callback, callback.signature);
  }

  /**
   * The callback Winpay would send when the buyer pays `externalId` (a VA payment notification,
   * or a QRIS notify), signed at `at`. `amount` defaults to the charged amount.
   */
  signedCallback(externalId: string, at: Date, options: { amount?: number; path?: string } = {}) {
    const charge = this.charges.find((c) => c.externalId === externalId);
    if (!charge) throw new Error(`No sandbox charge ${externalId}`);
    const value = `${options.amount ?? charge.amount}.00`;
    const payload =
      charge.vaNumber === null
        ? {
            originalReferenceNo: charge.providerRef,
            originalPartnerReferenceNo: externalId,
            latestTransactionStatus: '00',
            transactionStatusDesc: 'Success',
            amount: { value, currency: 'IDR' },
            additionalInfo: { channel: 'QRIS' },
          }
        : {
            partnerServiceId: '   88888',
            customerNo: charge.vaNumber.slice(4),
            virtualAccountNo: charge.vaNumber,
            virtualAccountName: charge.customerName,
            trxId: externalId,
            paymentRequestId: `PAY${charge.providerRef}`,
            paidAmount: { value, currency: 'IDR' },
            trxDateTime: snapTimestamp(at),
            additionalInfo: { channel: charge.channel },
          };
    const body = JSON.stringify(payload);
    const timestamp = snapTimestamp(at);
    const path = options.path ?? '/webhook/winpay';
    return {
      path,
      body,
      headers: {
        'content-type': 'application/json',
        'x-timestamp': timestamp,
        'x-signature': signSnap(this.keys.privateKey, { method: 'POST', path, body, timestamp }),
        'x-partner-id': 'SANDBOX',
        'x-external-id': createHash('sha256').update(`${externalId}:${timestamp}`).digest('hex').slice(0, 32),
      },
    };
  }
}
