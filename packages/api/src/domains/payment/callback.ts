import { createHash } from 'node:crypto';
import type { Prisma } from '@bosonline/db';
import type { AppDeps } from '../../context.ts';
import { isUniqueViolation } from '../../lib/errors.ts';
import { findInputProblem } from '../../lib/input-guard.ts';
import { type CallbackPayment, parseCallbackBody } from './callback-body.ts';
import { type Settlement, settle } from './settle.ts';

/** A signed callback older or newer than this is refused: a captured request cannot be replayed later. */
export const callbackMaxAgeMs = 5 * 60_000;

export interface IncomingCallback {
  method: string;
  path: string;
  /** The raw body text (what was signed). */
  body: string;
  header: (name: string) => string | undefined;
}

/** SNAP's answer: HTTP status, and `responseCode` = status + service code + case code. */
export interface CallbackAnswer {
  status: 200 | 400 | 401 | 404;
  body: { responseCode: string; responseMessage: string };
}

const answer = (
  status: CallbackAnswer['status'],
  service: string,
  caseCode: string,
  responseMessage: string,
): CallbackAnswer => ({ status, body: { responseCode: `${status}${service}${caseCode}`, responseMessage } });

const outcomes: Record<Settlement, string> = {
  paid: 'Successful',
  recorded: 'Successful',
  refund_due: 'Successful (order was canceled; refund due)',
  already_processed: 'Successful (already processed)',
};

type CallbackDeps = Pick<AppDeps, 'db' | 'ports' | 'clock' | 'logger'>;

/**
 * `POST /webhook/winpay`. In this order, so nothing unverified touches the database: the SNAP
 * signature (SHA256withRSA over METHOD:path:sha256(minified body):X-Timestamp, checked with the
 * provider's public key) → 401; a timestamp more than 5 minutes off → 401; a body that is not a
 * VA payment or QRIS notify → 400. Then, once per callback id (X-EXTERNAL-ID): an unknown charge
 * → 404, a wrong amount → 400 with nothing changed, else `settle` (paid, or refund due).
 */
export async function receivePaymentCallback(
  deps: CallbackDeps,
  request: IncomingCallback,
): Promise<CallbackAnswer> {
  const timestamp = request.header('x-timestamp') ?? '';
  const signature = request.header('x-signature') ?? '';
  const signed = deps.ports.payment.verifyCallback({
    method: request.method,
    path: request.path,
    body: request.body,
    timestamp,
    signature,
  });
  if (!signed) return answer(401, '25', '00', 'Unauthorized. Invalid signature');
  const at = Date.parse(timestamp);
  if (Number.isNaN(at) || Math.abs(deps.clock.now().getTime() - at) > callbackMaxAgeMs) {
    return answer(401, '25', '00', 'Unauthorized. Stale or invalid X-TIMESTAMP');
  }
  let json: unknown;
  try {
    json = JSON.parse(request.body);
  } catch {
    return answer(400, '25', '00', 'Bad Request. Body is not JSON');
  }
  // What no request may hold (NUL, lone surrogates, deep nesting: PostgreSQL's jsonb refuses the
  // first two); no genuine notification carries any.
  if (findInputProblem(json)) return answer(400, '25', '01', 'Invalid Field Format');
  const payment = parseCallbackBody(json);
  if (!payment) return answer(400, '25', '01', 'Invalid Field Format');

  const callbackId =
    request.header('x-external-id')?.slice(0, 64) || createHash('sha256').update(request.body).digest('hex');
  const prior = await deps.db.paymentCallback.findUnique({ where: { callbackId } });
  if (prior) return answer(prior.status as CallbackAnswer['status'], payment.service, '00', prior.outcome);

  const result = await decide(deps, payment);
  try {
    await deps.db.paymentCallback.create({
      data: {
        callbackId,
        externalId: payment.externalId,
        outcome: result.body.responseMessage,
        status: result.status,
        payload: json as Prisma.InputJsonValue,
      },
    });
  } catch (error) {
    // The same request raced itself; the other copy's record stands (the settlement is guarded).
    if (!isUniqueViolation(error)) throw error;
  }
  return result;
}

async function decide(deps: CallbackDeps, payment: CallbackPayment): Promise<CallbackAnswer> {
  const charge = await deps.db.paymentCharge.findUnique({ where: { externalId: payment.externalId } });
  if (!charge) return answer(404, payment.service, '12', 'Bill not found');
  if (payment.amount !== charge.amount) {
    deps.logger.warn(
      { externalId: charge.externalId, expected: charge.amount, got: payment.amount },
      'payment callback with a wrong amount refused',
    );
    return answer(400, payment.service, '13', `Invalid Amount (expected ${charge.amount}.00)`);
  }
  if (!payment.success)
    return answer(200, payment.service, '00', 'Successful (payment not completed; ignored)');
  const order = await deps.db.order.findUnique({
    where: { id: charge.orderId },
    select: { id: true, storeId: true, status: true, invoice: true },
  });
  if (!order) return answer(404, payment.service, '12', 'Bill not found');
  const settled = await settle(deps, charge, payment, order);
  return answer(200, payment.service, '00', outcomes[settled]);
}
