import { z } from 'zod';

// The two SNAP notifications Winpay sends: a VA payment (`/transfer-va/payment` shape) and a
// QRIS notify (`/qr/qr-mpm-notify` shape). Both become one Payment; anything else is malformed.

const amount = z.object({
  // SNAP writes money as a string with two decimals: "102200.00". Rupiah have no cents.
  value: z.string().regex(/^\d{1,13}\.00$/, 'amount must look like 10000.00'),
  currency: z.literal('IDR'),
});

const vaPayment = z.object({
  virtualAccountNo: z.string().trim().min(1).max(64),
  trxId: z.string().min(1).max(64),
  paymentRequestId: z.string().max(128).optional(),
  paidAmount: amount,
});

const qrisNotify = z.object({
  originalPartnerReferenceNo: z.string().min(1).max(64),
  originalReferenceNo: z.string().max(128).optional(),
  latestTransactionStatus: z.string().min(2).max(2),
  amount,
});

export interface CallbackPayment {
  /** Our charge id (trxId / partnerReferenceNo). */
  externalId: string;
  /** The provider's id for the payment, for the timeline. */
  paymentRef: string | null;
  amount: number;
  /** A QRIS notify may report a failed or pending payment: only `success` pays. */
  success: boolean;
  /** SNAP service code of the notification, for the answer's responseCode (25 VA, 52 QRIS). */
  service: '25' | '52';
}

export function parseCallbackBody(value: unknown): CallbackPayment | null {
  const va = vaPayment.safeParse(value);
  if (va.success) {
    return {
      externalId: va.data.trxId,
      paymentRef: va.data.paymentRequestId ?? null,
      amount: Number.parseInt(va.data.paidAmount.value, 10),
      success: true,
      service: '25',
    };
  }
  const qr = qrisNotify.safeParse(value);
  if (qr.success) {
    return {
      externalId: qr.data.originalPartnerReferenceNo,
      paymentRef: qr.data.originalReferenceNo ?? null,
      amount: Number.parseInt(qr.data.amount.value, 10),
      success: qr.data.latestTransactionStatus === '00',
      service: '52',
    };
  }
  return null;
}
