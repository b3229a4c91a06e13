import { isHeld, type OrderStatus, riskPolicySchema } from '@bosonline/contracts';
import type { Order } from '@bosonline/db';
import type { AppDeps, SellerContext } from '../../context.ts';
import { delayUntil, enqueueSweptJob } from '../../jobs/enqueue.ts';
import { conflict } from '../../lib/errors.ts';
import { isProviderUnavailable } from '../../ports/index.ts';
import { cachedStoreFacts } from '../checkout/store-facts.ts';
import { cachedOnWhatsapp } from '../checkout/whatsapp.ts';
import { stopFollowUps } from '../follow-up/plan.ts';
import { formSettings } from '../form/settings.ts';
import type { Tx } from '../inventory/ledger.ts';
import { applyOrderChange, changeOrder } from '../order/change.ts';
import { queueExpiry } from '../order/expiry.ts';
import { findOrder } from '../order/load.ts';
import { releaseVouchers, restock, takeStock } from '../order/release.ts';
import { pastShield } from '../risk/assess.ts';
import { holdColumns, startHold } from '../risk/hold.ts';
import { bookStoredOrder, recordBooking } from '../shipping/booking.ts';

// What happens to an order the shield holds (`suspicious`): the seller releases it ("Bukan spam")
// into the status its checkout would have given it, or cancels it ("Spam"); left alone, it is
// canceled when its hold ends, and its stock (if it took any: order/release.ts `holdsStock`) and
// voucher uses come back. Every move goes through
// the order's one guarded change, so two releases racing each other land once and book once.

type DecideCtx = Pick<SellerContext, 'db' | 'tenant' | 'actor' | 'ports' | 'clock' | 'logger'> &
  Pick<AppDeps, 'jobs' | 'tokens'> &
  Partial<Pick<AppDeps, 'publicUrl'>>;
type JobDeps = Pick<AppDeps, 'db' | 'clock' | 'ports' | 'logger'>;

export const holdExpireJob = 'shield.hold-expire';

/** Queues the end of an order's hold (the sweep covers a lost job). */
export async function queueHoldExpiry(
  deps: Pick<AppDeps, 'jobs' | 'logger' | 'clock'>,
  order: Pick<Order, 'id' | 'heldUntil'>,
): Promise<void> {
  if (!order.heldUntil) return;
  await enqueueSweptJob(
    deps,
    holdExpireJob,
    { orderId: order.id },
    { jobId: `hold:${order.id}`, delayMs: delayUntil(deps, order.heldUntil) },
  );
}

async function heldOrder(ctx: DecideCtx, invoice: string) {
  const order = await findOrder(ctx, invoice);
  if (!isHeld(order.status)) {
    throw conflict(
      `This order is ${order.status.replaceAll('_', ' ')}, not held by the Order Shield`,
      'status',
    );
  }
  return order;
}

/** The form's COD risk policy as it stands now (an order whose form is gone: never held). */
async function riskPolicyOf(ctx: DecideCtx, order: Order) {
  const form = order.formId ? await ctx.db.form.findUnique({ where: { id: order.formId } }) : null;
  return form ? formSettings(form).riskPolicy : riskPolicySchema.parse(undefined);
}

interface ReleaseTarget {
  to: OrderStatus;
  paidAt?: Date;
  /** The columns of the risk hold the order meets instead of the booking (its window, its down payment). */
  hold?: ReturnType<typeof holdColumns>;
}

/**
 * Where a released order goes: where `POST /order/{id}` puts an order the shield lets through
 * (risk/assess.ts `pastShield`, the same call: a risky COD order meets the form's risk hold with
 * the score its checkout gave it, else COD to the courier booking, transfer to unpaid), or paid
 * when its gateway charge was paid meanwhile. Whether the buyer has WhatsApp is what the cache
 * knows now: the checkout's answer went there with the order.
 */
async function releaseTarget(ctx: DecideCtx, order: Order): Promise<ReleaseTarget> {
  const [policy, onWhatsapp] = await Promise.all([
    riskPolicyOf(ctx, order),
    cachedOnWhatsapp(ctx, order.buyerPhone),
  ]);
  const past = pastShield(
    policy,
    { score: order.riskScore ?? 0 },
    {
      paymentMethod: order.paymentMethod,
      byStaff: order.createdById !== null,
      total: order.total,
      onWhatsapp,
    },
  );
  if (past.hold) {
    return { to: past.status, hold: holdColumns(past.hold, policy, ctx.clock.now()) };
  }
  if (past.status !== 'unpaid') return { to: past.status };
  const paid = await ctx.db.paymentCharge.findFirst({
    where: { orderId: order.id, status: 'paid' },
    select: { paidAt: true },
  });
  return paid?.paidAt ? { to: 'paid', paidAt: paid.paidAt } : { to: 'unpaid' };
}

/**
 * "Bukan spam": the order goes on as if it had never been held. A risky COD order waits for its
 * buyer's confirmation or down payment from now (the message and window its checkout would have
 * started; a buyer without WhatsApp waits for the seller's call, with neither); any other COD order is booked with the courier now (a courier outage leaves it in `booking`, which the booking recovery retries); an
 * unpaid one gets its whole payment window again from now. An order held for a block-list entry
 * takes its stock now; when a unit is gone meanwhile the release is a 409 naming it and writes
 * nothing. A second release, concurrent or later, is a 409 and books (and takes) nothing.
 */
export async function releaseOrder(ctx: DecideCtx, invoice: string): Promise<void> {
  const order = await heldOrder(ctx, invoice);
  const now = ctx.clock.now();
  const target = await releaseTarget(ctx, order);
  const window = order.paymentDueAt ? order.paymentDueAt.getTime() - order.createdAt.getTime() : null;
  const paymentDueAt =
    target.to === 'unpaid' && window !== null ? new Date(now.getTime() + window) : undefined;
  await changeOrder(ctx, order, {
    to: target.to,
    type: 'shield_released',
    data: {
      heldUntil: null,
      paymentDueAt,
      ...(target.paidAt ? { paidAt: target.paidAt } : {}),
      ...target.hold,
    },
    details: { reasons: order.shieldReasons },
    // An order held for a block-list entry takes its stock now, with the release or not at all.
    also: (tx) => takeStock(tx, order, ctx.actor.userId),
  });
  if (target.to === 'unpaid' && paymentDueAt) await queueExpiry(ctx, { id: order.id, paymentDueAt });
  if (target.hold) {
    const { bankAccounts } = await cachedStoreFacts(ctx, order.storeId);
    await startHold(ctx, { ...order, ...target.hold }, bankAccounts);
    return;
  }
  if (target.to !== 'booking') return;
  const booking = { ...order, status: 'booking' as const };
  try {
    await recordBooking(ctx, booking, await bookStoredOrder(ctx, booking));
  } catch (error) {
    if (!isProviderUnavailable(error)) throw error;
    ctx.logger.warn({ invoice }, 'released order: courier down, booking recovery will book it');
  }
}

/** Cancels a held order: its stock and voucher uses come back, planned messages stop. */
function cancelHeld(order: Order, actorUserId: string | null) {
  return async (tx: Tx) => {
    await restock(tx, order, 'sale_canceled', actorUserId);
    await releaseVouchers(tx, order);
    await stopFollowUps(tx, order.id);
  };
}

/** "Spam": the held order is canceled. */
export async function markSpam(ctx: DecideCtx, invoice: string): Promise<void> {
  const order = await heldOrder(ctx, invoice);
  const now = ctx.clock.now();
  await changeOrder(ctx, order, {
    to: 'canceled',
    type: 'shield_spam',
    data: { canceledAt: now, cancelReason: 'Spam (Order Shield)', heldUntil: null },
    details: { reasons: order.shieldReasons },
    also: cancelHeld(order, ctx.actor.userId),
  });
}

/** Cancels the order if it is still held past its hold; answers whether it did. */
export async function expireHold(deps: JobDeps, orderId: string): Promise<boolean> {
  const now = deps.clock.now();
  const order = await deps.db.order.findUnique({ where: { id: orderId } });
  if (!order || !isHeld(order.status) || !order.heldUntil || order.heldUntil > now) return false;
  const system = { db: deps.db, ports: deps.ports, logger: deps.logger, clock: deps.clock, actor: null };
  return applyOrderChange(system, order, {
    to: 'canceled',
    type: 'shield_expired',
    data: { canceledAt: now, cancelReason: 'Not released before the Order Shield hold ended' },
    details: { heldUntil: order.heldUntil.toISOString() },
    expect: { heldUntil: { lte: now } },
    also: cancelHeld(order, null),
  });
}

/** Cancels every held order past its hold (served by the (status, heldUntil) index). */
export async function expireEndedHolds(deps: JobDeps, batch = 200): Promise<number> {
  const ended = await deps.db.order.findMany({
    where: { status: 'suspicious', heldUntil: { lte: deps.clock.now() } },
    orderBy: { heldUntil: 'asc' },
    select: { id: true },
    take: batch,
  });
  let canceled = 0;
  for (const { id } of ended) if (await expireHold(deps, id)) canceled += 1;
  return canceled;
}
