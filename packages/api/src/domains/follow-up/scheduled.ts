import { hasEnded } from '@bosonline/contracts';
import type { Order } from '@bosonline/db';
import type { AppDeps } from '../../context.ts';
import { applyOrderChange } from '../order/change.ts';
import { composeFollowUp, deliverFollowUp } from './compose.ts';
import { planFor } from './plan.ts';

type JobDeps = Pick<AppDeps, 'db' | 'clock' | 'ports' | 'logger'>;

/** Paid (COD: delivered), or ended without a sale: a reminder would only confuse the buyer. */
function noLongerNeeded(order: Pick<Order, 'status' | 'paidAt'>): boolean {
  return order.paidAt !== null || hasEnded(order.status);
}

/**
 * Sends one scheduled follow-up once it is due. Claimed first (`scheduled` → `sending` by a
 * guarded update), so two runs of the job, or the job and the sweep, never send it twice; a run
 * before its time or after it was handled changes nothing.
 */
export async function sendScheduledFollowUp(deps: JobDeps, followUpId: string): Promise<void> {
  const now = deps.clock.now();
  const { count } = await deps.db.orderFollowUp.updateMany({
    where: { id: followUpId, status: 'scheduled', dueAt: { lte: now } },
    data: { status: 'sending' },
  });
  if (count === 0) return;
  const row = await deps.db.orderFollowUp.findUniqueOrThrow({
    where: { id: followUpId },
    include: { order: true },
  });
  const { order } = row;
  if (noLongerNeeded(order)) {
    await deps.db.orderFollowUp.update({ where: { id: row.id }, data: { status: 'stopped' } });
    return;
  }
  const plan = planFor(order.paymentMethod);
  const step = plan.find((s) => s.attempt === row.attempt);
  if (!step) {
    // The plan changed since (a new version of it): this step is gone.
    await deps.db.orderFollowUp.update({ where: { id: row.id }, data: { status: 'stopped' } });
    return;
  }
  const message = await composeFollowUp(deps, order, step.message);
  const template = `order_follow_up_${order.paymentMethod}_${row.attempt}`;
  const messageId = await deliverFollowUp(deps, order.buyerPhone, template, message);
  const sent = messageId !== null;
  await deps.db.orderFollowUp.update({
    where: { id: row.id },
    // The provider's status callbacks (delivered, read, failed) find the attempt by its message id.
    data: { status: sent ? 'sent' : 'failed', message: message.text, waLink: message.waLink, messageId },
  });
  if (!sent) {
    deps.logger.warn(
      { invoice: order.invoice, attempt: row.attempt },
      'scheduled follow-up not sent: WhatsApp down',
    );
    return;
  }
  // Counted on the order like a manual follow-up, with its line on the timeline.
  await applyOrderChange({ db: deps.db, ports: deps.ports, logger: deps.logger, actor: null }, order, {
    type: 'follow_up_sent',
    data: { followUpCount: { increment: 1 }, lastFollowUpAt: now },
    details: { attempt: row.attempt, automatic: true },
  });
}

/** Sends every follow-up that is due and still scheduled (those whose job was lost or never queued). */
export async function sendDueFollowUps(deps: JobDeps, batch = 200): Promise<number> {
  const due = await deps.db.orderFollowUp.findMany({
    where: { status: 'scheduled', dueAt: { lte: deps.clock.now() } },
    orderBy: { dueAt: 'asc' },
    select: { id: true },
    take: batch,
  });
  for (const row of due) await sendScheduledFollowUp(deps, row.id);
  return due.length;
}
