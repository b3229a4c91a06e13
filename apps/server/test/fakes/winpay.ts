import { createHash, generateKeyPairSync, type KeyObject, sign, verify } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local stand-in for Winpay's SNAP BI API, written from the documentation (INTEGRATIONS.md),
// not from our adapter: it checks our SHA256withRSA request signatures with the partner's public
// key, creates one-off VAs and QRIS codes, and signs the payment callbacks it would send with a
// key pair of its own (Winpay's). `down` makes it answer 503 like an outage.

const partnerId = 'BOSONLINE-TEST';

function stringToSign(method: string, path: string, body: string, timestamp: string) {
  const minified = JSON.stringify(JSON.parse(body));
  return `${method}:${path}:${createHash('sha256').update(minified).digest('hex').toLowerCase()}:${timestamp}`;
}

/** `2026-12-02T17:30:00+07:00`, as SNAP writes X-TIMESTAMP. */
function jakartaTime(at: Date) {
  return `${new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}

interface FakeCharge {
  trxId: string;
  kind: 'va' | 'qris';
  channel: string;
  amount: string;
  virtualAccountNo: string | null;
  name: string;
  referenceNo: string;
}

export interface FakeWinpay {
  url: string;
  partnerId: string;
  /** Our side's key pair: the private half configures the adapter, the fake verifies with the public. */
  partnerPrivateKey: KeyObject;
  /** Winpay's public key, which the adapter verifies callbacks with. */
  winpayPublicKey: KeyObject;
  charges: Map<string, FakeCharge>;
  /** Requests refused for a bad signature or partner id. */
  refused: number;
  down: boolean;
  /** Answer this many ms late (a slow gateway). */
  stallMs: number;
  /**
   * The callback Winpay sends when `trxId` is paid: the body and its signed headers, signed at
   * `at` (default now). `amount` overrides the paid amount; `signWith` signs with another key (a forgery).
   */
  callback(
    trxId: string,
    options?: { at?: Date; amount?: string; signWith?: KeyObject; externalId?: string },
  ): { body: string; headers: Record<string, string> };
  /** Any body signed by Winpay's key for /webhook/winpay (for bodies no charge would produce). */
  signed(body: string, at: Date): { body: string; headers: Record<string, string> };
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeWinpay(): Promise<FakeWinpay> {
  const partner = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const winpay = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const charges = new Map<string, FakeCharge>();
  let serial = 0;

  const fake = {
    url: '',
    partnerId,
    partnerPrivateKey: partner.privateKey,
    winpayPublicKey: winpay.publicKey,
    charges,
    refused: 0,
    down: false,
    stallMs: 0,
  } as FakeWinpay;

  const server: Server = createServer(async (req, res) => {
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    const body = await readBody(req);
    if (fake.stallMs) await new Promise((resolve) => setTimeout(resolve, fake.stallMs));
    if (res.destroyed) return;
    if (fake.down) return send(503, { responseCode: '5032700', responseMessage: 'Service Unavailable' });
    const path = req.url ?? '';
    const timestamp = String(req.headers['x-timestamp'] ?? '');
    const signature = String(req.headers['x-signature'] ?? '');
    let signed = false;
    try {
      signed = verify(
        'sha256',
        Buffer.from(stringToSign(req.method ?? '', path, body, timestamp)),
        partner.publicKey,
        Buffer.from(signature, 'base64'),
      );
    } catch {
      signed = false;
    }
    if (!signed || req.headers['x-partner-id'] !== partnerId || !req.headers['x-external-id']) {
      fake.refused += 1;
      return send(401, { responseCode: '4012700', responseMessage: 'Unauthorized. Signature' });
    }
    const input = JSON.parse(body);
    serial += 1;
    if (req.method === 'POST' && path === '/v1.0/transfer-va/create-va') {
      const channel = input.additionalInfo?.channel;
      const virtualAccountNo = `7${String(serial).padStart(15, '0')}`;
      charges.set(input.trxId, {
        trxId: input.trxId,
        kind: 'va',
        channel,
        amount: input.totalAmount.value,
        virtualAccountNo,
        name: input.virtualAccountName,
        referenceNo: `CONTRACT${serial}`,
      });
      return send(200, {
        responseCode: '2002700',
        responseMessage: 'Success',
        virtualAccountData: {
          partnerServiceId: '   22691',
          customerNo: virtualAccountNo.slice(-8),
          virtualAccountNo,
          virtualAccountName: input.virtualAccountName,
          trxId: input.trxId,
          totalAmount: input.totalAmount,
          virtualAccountTrxType: 'c',
          expiredDate: input.expiredDate,
          additionalInfo: { channel, contractId: `CONTRACT${serial}` },
        },
      });
    }
    if (req.method === 'POST' && path === '/v1.0/qr/qr-mpm-generate') {
      charges.set(input.partnerReferenceNo, {
        trxId: input.partnerReferenceNo,
        kind: 'qris',
        channel: 'QRIS',
        amount: input.amount.value,
        virtualAccountNo: null,
        name: '',
        referenceNo: `QR${serial}`,
      });
      return send(200, {
        responseCode: '2004700',
        responseMessage: 'Success',
        referenceNo: `QR${serial}`,
        partnerReferenceNo: input.partnerReferenceNo,
        qrContent: `00020101021226650013ID.CO.WINPAY0118936000000000${serial}5204541153033605802ID6304ABCD`,
      });
    }
    return send(404, { responseCode: '4040000', responseMessage: 'Not Found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  fake.callback = (trxId, options = {}) => {
    const charge = charges.get(trxId);
    if (!charge) throw new Error(`The fake Winpay has no charge ${trxId}`);
    const amount = { value: options.amount ?? charge.amount, currency: 'IDR' };
    const payload =
      charge.kind === 'va'
        ? {
            partnerServiceId: '   22691',
            customerNo: charge.virtualAccountNo?.slice(-8),
            virtualAccountNo: charge.virtualAccountNo,
            virtualAccountName: charge.name,
            trxId,
            paymentRequestId: `PAYREQ-${charge.referenceNo}`,
            paidAmount: amount,
            trxDateTime: jakartaTime(options.at ?? new Date()),
            additionalInfo: { channel: charge.channel, contractId: charge.referenceNo },
          }
        : {
            originalReferenceNo: charge.referenceNo,
            originalPartnerReferenceNo: trxId,
            latestTransactionStatus: '00',
            transactionStatusDesc: 'Success',
            amount,
          };
    // Pretty-printed on purpose: the signature covers the minified body, not the bytes as sent.
    return signedBody(JSON.stringify(payload, null, 2), options.at ?? new Date(), options);
  };
  const signedBody = (
    body: string,
    at: Date,
    options: { signWith?: KeyObject; externalId?: string } = {},
  ) => {
    const timestamp = jakartaTime(at);
    const signature = sign(
      'sha256',
      Buffer.from(stringToSign('POST', '/webhook/winpay', body, timestamp)),
      options.signWith ?? winpay.privateKey,
    ).toString('base64');
    return {
      body,
      headers: {
        'content-type': 'application/json',
        'x-timestamp': timestamp,
        'x-signature': signature,
        'x-partner-id': partnerId,
        'x-external-id': options.externalId ?? `${Date.now()}${Math.floor(Math.random() * 1e6)}`,
      },
    };
  };
  fake.signed = (body, at) => signedBody(body, at);
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
