import { randomUUID } from 'node:crypto';
import { canTransition, hasEnded, type OrderStatus } from '@bosonline/contracts';
import type { Order, OrderEvent, Prisma } from '@bosonline/db';
import type { AppDeps } from '../../context.ts';
import { systemClock } from '../../lib/clock.ts';
import { conflict } from '../../lib/errors.ts';
import { forgetRiskBaseline } from '../cache/forget.ts';
import { kickConversions, recordConversions } from '../conversion/outbox.ts';
import type { Tx } from '../inventory/ledger.ts';
import { stockTransaction } from '../inventory/transaction.ts';
import { kickDeliveries } from '../webhook/jobs.ts';
import { type ActiveSubscription, recordWebhookEvents } from '../webhook/outbox.ts';
import { insertEventReadingSubscriptionsSql } from './order.sql.ts';

// The one way to change an order, for sellers, buyers' checkouts, provider webhooks and jobs alike:
// a guarded UPDATE on the state the change was decided from, the event row for the timeline, and
// the change's own work (stock, vouchers, outgoing notices), all in one transaction. Two actors
// deciding from the same state cannot both win, and a change is never half-written.

export interface OrderChange {
  /**
   * The new status, which the lifecycle must allow from the current one (so never the same);
   * absent for a change that keeps it (an edit, a new AWB, a failed delivery).
   */
  to?: OrderStatus;
  /** The timeline event's type (`payment_confirmed`, `awb_assigned`…). */
  type: string;
  /** Columns that change with it (timestamps, amounts, payment facts, AWB…). */
  data?: Prisma.OrderUpdateManyMutationInput;
  /** What the timeline shows about it. */
  details?: Prisma.InputJsonValue;
  /** More the row must still be (e.g. `{ shipmentRef: null }`), checked by the same UPDATE. */
  expect?: Prisma.OrderWhereInput;
  /** More work in the same transaction. */
  also?: (tx: Tx) => Promise<unknown>;
}

/**
 * Who changes it: a seller's user, or nobody for the system (a provider webhook, a job). With the
 * job queue at hand, outgoing webhooks are sent at once; without, by the next sweep. The cache is
 * needed because a change that moves stock (`also`) makes forms forget what they showed.
 */
export type ChangeCtx = Pick<AppDeps, 'db' | 'ports' | 'logger'> &
  Partial<Pick<AppDeps, 'jobs' | 'clock'>> & { actor?: { userId: string } | null };

type ChangedOrder = Pick<Order, 'id' | 'storeId' | 'status'>;

/**
 * Applies the change if the lifecycle allows it and the order is still as it was read. Answers
 * whether it landed: false for a move the state machine refuses or an order that moved on
 * meanwhile, which callers that must not fail (webhooks, jobs, replays) simply skip.
 */
export async function applyOrderChange(
  ctx: ChangeCtx,
  order: ChangedOrder,
  change: OrderChange,
): Promise<boolean> {
  if (change.to && !canTransition(order.status, change.to)) return false;
  const to = change.to ?? order.status;
  const at = ctx.clock?.now() ?? new Date();
  // Stock moved by `also` (a cancel giving units back, a release taking them) reaches the forms
  // that show it through stockTransaction.
  const landed = await stockTransaction(ctx, async (tx) => {
    const { count } = await tx.order.updateMany({
      where: { ...change.expect, id: order.id, status: order.status },
      data: { ...change.data, status: to },
    });
    if (count === 0) return { landed: false, outgoing: false, conversions: [] as string[] };
    const subscriptions = await insertEventReadingSubscriptions(tx, {
      id: randomUUID(),
      orderId: order.id,
      storeId: order.storeId,
      type: change.type,
      fromStatus: order.status,
      toStatus: to,
      actorUserId: ctx.actor?.userId ?? null,
      data: change.details ?? {},
      createdAt: new Date(),
    });
    await change.also?.(tx);
    // The outbox rows commit or roll back with the change itself.
    const outgoing = await recordWebhookEvents(
      tx,
      {
        orderId: order.id,
        storeId: order.storeId,
        from: order.status,
        to,
        awb: change.data?.awb,
        paidAt: change.data?.paidAt,
        at,
      },
      subscriptions,
    );
    // The ad platforms' Purchase, when this change is the one the form counts (conversion/eligibility.ts).
    const conversions = await recordConversions(tx, {
      orderId: order.id,
      storeId: order.storeId,
      from: order.status,
      to,
      paidAt: change.data?.paidAt,
    });
    return { landed: true, outgoing, conversions };
  });
  // An order's end (delivered, returned, canceled; nothing leaves one) moves the store's COD risk
  // baseline: a district's return rate, or the median of totals that were not canceled.
  if (landed.landed && to !== order.status && hasEnded(to)) await forgetRiskBaseline(ctx, order.storeId);
  if (landed.outgoing && ctx.jobs) await kickDeliveries({ jobs: ctx.jobs }, at).catch(() => undefined);
  if (landed.conversions.length > 0 && ctx.jobs) {
    await kickConversions(
      { jobs: ctx.jobs, clock: ctx.clock ?? systemClock, logger: ctx.logger },
      landed.conversions,
    );
  }
  return landed.landed;
}

/**
 * Writes the timeline event and reads the store's active webhook subscriptions (which the outbox
 * needs next) in one statement: every change pays for both, and a round trip less per change is
 * what lets one process keep up with a courier's webhooks (bench/webhooks/incoming.ts).
 */
async function insertEventReadingSubscriptions(
  tx: Tx,
  event: Omit<OrderEvent, 'data'> & { data: Prisma.InputJsonValue },
): Promise<ActiveSubscription[]> {
  return tx.$queryRaw<ActiveSubscription[]>(insertEventReadingSubscriptionsSql(event));
}

/** As `applyOrderChange`, for a person who asked for it: a refused or raced change is a 409. */
export async function changeOrder(ctx: ChangeCtx, order: ChangedOrder, change: OrderChange): Promise<void> {
  if (change.to && !canTransition(order.status, change.to)) {
    throw conflict(
      `An order that is ${statusLabel(order.status)} cannot become ${statusLabel(change.to)}`,
      'status',
    );
  }
  if (!(await applyOrderChange(ctx, order, change))) {
    throw conflict('This order changed meanwhile; reload it', 'status');
  }
}

export const statusLabel = (status: OrderStatus) => status.replaceAll('_', ' ');
