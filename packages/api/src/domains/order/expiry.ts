import type { Order } from '@bosonline/db';
import type { AppDeps } from '../../context.ts';
import { delayUntil, enqueueSweptJob } from '../../jobs/enqueue.ts';
import { MessagingUnavailableError } from '../../ports/index.ts';
import { stopFollowUps } from '../follow-up/plan.ts';
import { applyOrderChange } from './change.ts';
import { releaseVouchers, restock } from './release.ts';

// Unpaid transfer and gateway orders hold stock and voucher uses only for the form's payment
// window. When it runs out the order is canceled (timeline event `expired`), the stock and voucher
// uses come back and the buyer is told. One job per order, queued at checkout, plus a sweep that
// finds any order whose job was lost (a restart of the in-process queue, a queue outage).

type JobDeps = Pick<AppDeps, 'db' | 'clock' | 'ports' | 'logger'>;

export const expireJob = 'order.expire';

/** When an order placed now with this payment method must be paid by; null: it never expires (COD). */
export function paymentDueAt(method: Order['paymentMethod'], windowHours: number, now: Date): Date | null {
  return method === 'cod' ? null : new Date(now.getTime() + windowHours * 3_600_000);
}

/** Queues the order's expiry for its deadline (the sweep covers a lost job). */
export async function queueExpiry(
  deps: Pick<AppDeps, 'jobs' | 'logger' | 'clock'>,
  order: Pick<Order, 'id' | 'paymentDueAt'>,
): Promise<void> {
  if (!order.paymentDueAt) return;
  await enqueueSweptJob(
    deps,
    expireJob,
    { orderId: order.id },
    {
      jobId: `expire:${order.id}`,
      delayMs: delayUntil(deps, order.paymentDueAt),
    },
  );
}

/**
 * Expires the order if it is still unpaid past its deadline; answers whether it did. The guarded
 * change makes a payment confirmed meanwhile win: the order is then no longer `unpaid`, the update
 * matches nothing, and nothing is given back.
 */
export async function expireOrder(deps: JobDeps, orderId: string): Promise<boolean> {
  const now = deps.clock.now();
  const order = await deps.db.order.findUnique({ where: { id: orderId } });
  if (order?.status !== 'unpaid' || !order.paymentDueAt || order.paymentDueAt > now) return false;
  const system = { db: deps.db, ports: deps.ports, logger: deps.logger, actor: null };
  const expired = await applyOrderChange(system, order, {
    to: 'canceled',
    type: 'expired',
    data: { canceledAt: now, cancelReason: 'Payment window ran out' },
    details: { paymentDueAt: order.paymentDueAt.toISOString() },
    expect: { paidAt: null, paymentDueAt: { lte: now } },
    also: async (tx) => {
      await restock(tx, order, 'sale_canceled', null);
      await releaseVouchers(tx, order);
      await stopFollowUps(tx, order.id);
    },
  });
  if (expired) await tellBuyer(deps, order);
  return expired;
}

/** WhatsApp to the buyer; an outage is logged (the order is expired either way). */
async function tellBuyer(deps: JobDeps, order: Order): Promise<void> {
  const store = await deps.db.store.findUniqueOrThrow({
    where: { id: order.storeId },
    select: { name: true },
  });
  const text =
    `Halo ${order.buyerName}, batas waktu pembayaran pesanan ${order.invoice} di ${store.name} ` +
    'sudah lewat, jadi pesanan dibatalkan otomatis. Silakan pesan lagi jika masih berminat.';
  try {
    await deps.ports.messaging.send({
      to: order.buyerPhone,
      template: 'order_expired',
      language: 'id',
      params: [order.buyerName, order.invoice, store.name],
      text,
    });
  } catch (error) {
    if (!(error instanceof MessagingUnavailableError)) throw error;
    deps.logger.warn({ invoice: order.invoice }, 'expired order: buyer not told, WhatsApp down');
  }
}

/** Expires every unpaid order past its deadline (served by the (status, paymentDueAt) index). */
export async function expireOverdueOrders(deps: JobDeps, batch = 200): Promise<number> {
  const overdue = await deps.db.order.findMany({
    where: { status: 'unpaid', paymentDueAt: { lte: deps.clock.now() } },
    orderBy: { paymentDueAt: 'asc' },
    select: { id: true },
    take: batch,
  });
  let expired = 0;
  for (const { id } of overdue) if (await expireOrder(deps, id)) expired += 1;
  return expired;
}
