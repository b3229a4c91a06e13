import { type followUpInput, followUpTemplateKindOf } from '@bosonline/contracts';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';
import { conflict, serviceUnavailable } from '../../lib/errors.ts';
import { findOrder, type OrderRow } from '../order/load.ts';
import { composeFollowUp, deliverFollowUp } from './compose.ts';
import { templateFor } from './templates.ts';
import { followUpOrder, followUpView } from './views.ts';

type FollowUpCtx = Pick<SellerContext, 'db' | 'tenant' | 'actor' | 'ports' | 'clock'>;

export const followUpSentMessage = 'Follow up has been sent.';

/**
 * The message of follow-up `attempt` for this order: the store's template for its kind of order
 * (COD, or prepaid by transfer or gateway), else the built-in one, filled with the order's facts,
 * and the `wa.me` link carrying the same text. What `followUp.preview` shows is exactly what
 * `sendFollowUp` sends.
 */
async function compose(ctx: FollowUpCtx, order: OrderRow, attempt: number) {
  if (order.status === 'canceled') throw conflict('This order is canceled; there is nothing to follow up');
  return composeFollowUp(
    ctx,
    order,
    await templateFor(ctx, followUpTemplateKindOf(order.paymentMethod), attempt),
  );
}

/**
 * The approved WhatsApp template a manual follow-up goes out as: the prepaid ones kept their
 * original names; COD texts are other templates (the schedule's are `order_follow_up_cod_<n>`).
 */
const manualTemplateName = (order: OrderRow, attempt: number) =>
  order.paymentMethod === 'cod' ? `order_follow_up_manual_cod_${attempt}` : `order_follow_up_${attempt}`;

/** `followUp.preview`: the next send's message, rendered, without sending or recording anything. */
export async function previewFollowUp(ctx: FollowUpCtx, input: z.output<typeof followUpInput>) {
  const order = await findOrder(ctx, input.invoice);
  const { text, waLink: link } = await compose(ctx, order, input.followUpAttempts);
  return { attempt: input.followUpAttempts, message: text, waLink: link };
}

/**
 * "Follow Up" (`POST /store/order/follow-up`): renders the store's template for this attempt with
 * the order's facts and sends it on WhatsApp. Every attempt is recorded, sent or not, with the
 * `wa.me` link carrying the same text; with the provider down the answer is 503 and the seller
 * finds the link under "Follow Up Attempts" to send it by hand.
 */
export async function sendFollowUp(ctx: FollowUpCtx, input: z.output<typeof followUpInput>) {
  const order = await findOrder(ctx, input.invoice);
  const message = await compose(ctx, order, input.followUpAttempts);
  const { text, waLink: link } = message;
  const messageId = await deliverFollowUp(
    ctx,
    order.buyerPhone,
    manualTemplateName(order, input.followUpAttempts),
    message,
  );
  const sent = messageId !== null;
  const attempt = ctx.db.orderFollowUp.create({
    data: {
      orderId: order.id,
      storeId: order.storeId,
      kind: 'manual',
      attempt: input.followUpAttempts,
      message: text,
      status: sent ? 'sent' : 'failed',
      waLink: link,
      actorUserId: ctx.actor.userId,
      // The provider's status callbacks (delivered, read, failed) find the attempt by this id.
      messageId,
    },
  });
  const counted = ctx.db.order.update({
    where: { id: order.id },
    data: { followUpCount: { increment: 1 }, lastFollowUpAt: ctx.clock.now() },
  });
  if (sent) await ctx.db.$transaction([attempt, counted]);
  else await attempt;
  if (!sent) {
    throw serviceUnavailable(
      'WhatsApp is unavailable right now; send the message by hand from Follow Up Attempts',
    );
  }
  return { message: followUpSentMessage, sent, waLink: link };
}

/** "Follow Up Attempts": every attempt on the order, of both series, oldest first. */
export async function attempts(ctx: Pick<SellerContext, 'db' | 'tenant'>, invoice: string) {
  const order = await findOrder(ctx, invoice);
  const rows = await ctx.db.orderFollowUp.findMany({ where: { orderId: order.id }, orderBy: followUpOrder });
  return rows.map(followUpView);
}
