import { codAmountOf, type OrderStatus } from '@bosonline/contracts';
import type { Order } from '@bosonline/db';
import type { AppDeps } from '../../context.ts';
import { isUniqueViolation } from '../../lib/errors.ts';
import { looksLikeUuid } from '../../lib/ids.ts';
import { findInputProblem } from '../../lib/input-guard.ts';
import {
  type BoscodWebhookBody,
  boscodWebhookBody,
  verifyBoscodWebhook,
} from '../../ports/shipping/webhook.ts';
import { type CourierSettledOrder, deliveredMovements, returnedMovements } from '../bospay/courier.ts';
import { recordBosPay } from '../bospay/ledger.ts';
import type { Tx } from '../inventory/ledger.ts';
import { applyOrderChange, type OrderChange } from '../order/change.ts';
import { deliveredColumns } from '../order/delivered.ts';
import { restock } from '../order/release.ts';
import * as inbox from './webhook-inbox.ts';

// BosCOD's webhook (`POST /webhook/boscod`, and the sandbox's, which posts the same signed bodies):
// verified, kept in the inbox (webhook-inbox.ts), then the order is moved forward only, through
// applyOrderChange. Idempotent: a status move that already happened is found in the status itself
// (a replay or a late event finds the order at or past its goal and changes nothing); a change that
// keeps the status (a failed delivery attempt) is remembered by the notification's id. The seller's
// BosPay movements of a delivered or returned COD parcel are written with that move, so they too
// happen once.

type WebhookDeps = Pick<
  AppDeps,
  'db' | 'logger' | 'ports' | 'clock' | 'jobs' | 'shippingWebhookSecret' | 'shippingWebhookInline'
>;

export interface WebhookAnswer {
  status: 200 | 202 | 400 | 401 | 404;
  message: string;
}

type WebhookOrder = CourierSettledOrder & Pick<Order, 'status' | 'shipmentRef' | 'awb' | 'paidAt'>;
const orderFields = {
  id: true,
  storeId: true,
  invoice: true,
  status: true,
  shipmentRef: true,
  awb: true,
  paymentMethod: true,
  total: true,
  shippingCost: true,
  codFee: true,
  insuranceFee: true,
  paidAt: true,
  downPayment: true,
  downPaymentPaidAt: true,
} as const;

/** Where each notification takes the order. A failed attempt keeps it shipped. */
const goalOf: Record<BoscodWebhookBody['event'], OrderStatus> = {
  awb_assigned: 'ready_to_ship',
  picked_up: 'shipped',
  delivery_failed: 'shipped',
  delivered: 'delivered',
  returned: 'returned',
};
/** The shipping road; an order only ever moves right along it. */
const road: readonly OrderStatus[] = ['booking', 'ready_to_ship', 'shipped'];
const rank = (status: OrderStatus) =>
  status === 'delivered' || status === 'returned' ? road.length : road.indexOf(status);

/**
 * Notifications this process applies while answering them, at most: past it, a notification is
 * kept and answered 202, and the inbox drain applies it. Keeping is cheap and applying is not, so
 * this is what lets one process accept a burst (bench/webhooks/incoming.ts) instead of queueing
 * every request behind the ones still applying. Process-wide, because the CPU is.
 */
let applyingInline = 0;

export async function receiveBoscodWebhook(
  deps: WebhookDeps,
  rawBody: string,
  signature: string | null | undefined,
  /**
   * The caller is background work already (the sandbox's webhooks come through a job): apply it
   * now rather than hand it to yet another job; the job runner's concurrency bounds it.
   */
  options: { applyNow?: boolean } = {},
): Promise<WebhookAnswer> {
  if (!verifyBoscodWebhook(deps.shippingWebhookSecret, rawBody, signature)) {
    return { status: 401, message: 'Invalid or missing X-Boscod-Signature' };
  }
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return { status: 400, message: 'Body is not valid JSON' };
  }
  // What no request may hold (NUL, lone surrogates, deep nesting) is refused before it is kept.
  const problem = findInputProblem(json);
  if (problem) {
    const at = problem.path.length ? ` at ${problem.path.join('.')}` : '';
    return { status: 400, message: `Invalid webhook${at}: ${problem.message}` };
  }
  const parsed = boscodWebhookBody.safeParse(json);
  if (!parsed.success) {
    return { status: 400, message: `Invalid webhook: ${parsed.error.issues[0]?.message ?? 'bad body'}` };
  }
  const body = parsed.data;
  if (body.event === 'awb_assigned' && !body.awb)
    return { status: 400, message: 'awb_assigned needs an awb' };

  const inline =
    options.applyNow === true || (applyingInline < deps.shippingWebhookInline && !inbox.isBehind(deps));
  if (inline) applyingInline += 1;
  try {
    const kept = await inbox.keep(deps, body, inline);
    if (!kept.fresh) {
      // A replay answers 200 whatever became of the first (BosCOD stops redelivering on a 200).
      return kept.outcome === null
        ? { status: 200, message: 'Already received; it is being applied' }
        : { status: 200, message: `Already received (${kept.outcome.replace('_', ' ')})` };
    }
    if (!kept.claimed) {
      inbox.fallenBehind(deps);
      await inbox.kickInboxDrain(deps);
      return { status: 202, message: 'Received; it will be applied shortly' };
    }
    const result = await applyKept(deps, body, 1);
    if (result === null) return { status: 202, message: 'Received; it will be applied shortly' };
    if (result.outcome === 'no_order')
      return { status: 404, message: `No order has shipment ${body.order_no}` };
    return {
      status: 200,
      message: result.outcome === 'applied' ? 'Applied' : `Nothing to change (order is ${result.status})`,
    };
  } finally {
    if (inline) applyingInline -= 1;
  }
}

/**
 * Applies a kept (and claimed) notification and records how it ended. A failure leaves it claimed,
 * so the drain tries again once the claim runs out; after `maxAttempts` it is given up, loudly.
 * Answers null when it failed.
 */
export async function applyKept(
  deps: WebhookDeps,
  body: BoscodWebhookBody,
  attempt: number,
): Promise<{ outcome: inbox.InboxOutcome; status: OrderStatus | null } | null> {
  try {
    const order = await findOrderOf(deps, body);
    const outcome: inbox.InboxOutcome = !order
      ? 'no_order'
      : (await driveOrder(deps, order, body))
        ? 'applied'
        : 'unchanged';
    await inbox.settle(deps, body, outcome);
    return { outcome, status: order?.status ?? null };
  } catch (error) {
    const givingUp = attempt >= inbox.maxAttempts;
    deps.logger.error({ err: error, webhook: body.id, attempt, givingUp }, 'BosCOD webhook not applied');
    if (givingUp) await inbox.settle(deps, body, 'failed').catch(() => undefined);
    return null;
  }
}

/**
 * The order the notification is about: by BosCOD's order number, or, when a crash came between
 * BosCOD accepting the booking and us saving its number, by the external id we booked with
 * (the order's id, see bookingKey) on an order still waiting for its booking.
 */
async function findOrderOf(deps: WebhookDeps, body: BoscodWebhookBody): Promise<WebhookOrder | null> {
  const byRef = await deps.db.order.findFirst({ where: { shipmentRef: body.order_no }, select: orderFields });
  if (byRef) return byRef;
  const orderId = body.external_id;
  if (!orderId || !looksLikeUuid(orderId)) return null;
  return deps.db.order.findFirst({
    where: { id: orderId, shipmentRef: null, status: 'booking' },
    select: orderFields,
  });
}

/** Moves the order step by step toward the event's goal; answers whether anything changed. */
async function driveOrder(deps: WebhookDeps, first: WebhookOrder, body: BoscodWebhookBody): Promise<boolean> {
  const goal = goalOf[body.event];
  let order = first;
  let changed = false;
  // At most one step per rung of the road, plus one retry after a race.
  for (let round = 0; round < road.length + 2; round += 1) {
    const step = nextStep(order, body, goal);
    if (!step) return changed;
    const landed = await applyWebhookChange(deps, order, step);
    if (landed === 'replayed') return changed;
    if (landed === 'applied') {
      changed = true;
      if (!step.to) return changed;
      order = afterStep(order, step);
      continue;
    }
    // Someone else moved it meanwhile: decide again from what it is now.
    const fresh = await deps.db.order.findUnique({ where: { id: order.id }, select: orderFields });
    if (!fresh) return changed;
    order = fresh;
  }
  return changed;
}

/**
 * The order as a step that landed left it, without reading it again: the guarded update wrote the
 * step's columns onto the row in the state it was read. Should anything else have changed it since,
 * the next step's own guard misses and the loop reads it afresh.
 */
function afterStep(order: WebhookOrder, step: OrderChange): WebhookOrder {
  const data = step.data ?? {};
  return {
    ...order,
    status: step.to ?? order.status,
    awb: typeof data.awb === 'string' ? data.awb : order.awb,
    shipmentRef: typeof data.shipmentRef === 'string' ? data.shipmentRef : order.shipmentRef,
    paidAt: data.paidAt instanceof Date ? data.paidAt : order.paidAt,
  };
}

function nextStep(order: WebhookOrder, body: BoscodWebhookBody, goal: OrderStatus): OrderChange | undefined {
  const at = new Date(body.occurred_at);
  const details = { webhookId: body.id, awb: body.awb ?? order.awb, description: body.description ?? null };
  if (rank(order.status) < 0) return undefined; // never booked, or canceled: not the courier's to move
  if (order.status === 'booking') {
    // The AWB is the way out of `booking`; a later event carries it too when its own webhook was lost.
    if (!body.awb) return undefined;
    return {
      to: 'ready_to_ship',
      type: 'awb_assigned',
      data: { awb: body.awb, shipmentRef: body.order_no },
      details,
      expect: { shipmentRef: order.shipmentRef },
    };
  }
  if (order.status === goal) {
    if (body.event === 'awb_assigned' && body.awb !== order.awb) {
      // The courier re-issued the AWB before pickup.
      return { type: 'awb_assigned', data: { awb: body.awb }, details, expect: { awb: order.awb } };
    }
    if (body.event === 'delivery_failed') {
      return { type: 'delivery_failed', details, also: (tx) => remember(tx, body, order.id) };
    }
    return undefined;
  }
  if (rank(order.status) >= rank(goal)) return undefined; // late or out of order: never backwards
  if (order.status === 'ready_to_ship') {
    return { to: 'shipped', type: 'shipped', data: { shippedAt: at, awb: body.awb ?? undefined }, details };
  }
  if (goal === 'delivered') {
    return {
      to: 'delivered',
      type: 'delivered',
      data: deliveredColumns(order, at),
      details: {
        ...details,
        codCollected: codAmountOf(order),
        proofOfDeliveryUrl: body.pod_photo_url ?? null,
      },
      also: (tx) => recordBosPay(tx, deliveredMovements(order)),
    };
  }
  // Returned to sender: the parcel comes back to the warehouse it left, so its items are sellable
  // stock again by default (a seller who finds them damaged adjusts the stock by hand).
  return {
    to: 'returned',
    type: 'returned',
    data: { returnedAt: at },
    details: { ...details, restock: true },
    also: async (tx) => {
      await restock(tx, order, 'returned', null);
      await recordBosPay(tx, returnedMovements(order));
    },
  };
}

async function remember(tx: Tx, body: BoscodWebhookBody, orderId: string) {
  await tx.shippingWebhookReceipt.create({ data: { id: `boscod:${body.id}`, orderId } });
}

async function applyWebhookChange(
  deps: WebhookDeps,
  order: WebhookOrder,
  change: OrderChange,
): Promise<'applied' | 'raced' | 'replayed'> {
  try {
    const system = { db: deps.db, ports: deps.ports, logger: deps.logger, actor: null };
    return (await applyOrderChange(system, order, change)) ? 'applied' : 'raced';
  } catch (error) {
    // The notification's id is already remembered: a redelivery (or two at once) of a failed attempt.
    if (isUniqueViolation(error)) return 'replayed';
    throw error;
  }
}
