import { type followUpInput, formatRupiah } from '@bosonline/contracts';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';
import { conflict, serviceUnavailable } from '../../lib/errors.ts';
import { waLink } from '../../lib/whatsapp.ts';
import { MessagingUnavailableError } from '../../ports/index.ts';
import { findOrder } from '../order/load.ts';
import { productSummary } from '../order/views.ts';
import { render, templateFor } from './templates.ts';
import { deliveryOf } from './views.ts';

type FollowUpCtx = Pick<SellerContext, 'db' | 'tenant' | 'actor' | 'ports' | 'clock'>;

export const followUpSentMessage = 'Follow up has been sent.';

/**
 * "Follow Up" (`POST /store/order/follow-up`): renders the store's template for this attempt with
 * the order's facts and sends it on WhatsApp. Every attempt is recorded, sent or not, with the
 * `wa.me` link carrying the same text; with the provider down the answer is 503 and the seller
 * finds the link under "Follow Up Attempts" to send it by hand.
 */
export async function sendFollowUp(ctx: FollowUpCtx, input: z.output<typeof followUpInput>) {
  const order = await findOrder(ctx, input.invoice);
  if (order.status === 'canceled') throw conflict('This order is canceled; there is nothing to follow up');
  const [store, items, cs, template] = await Promise.all([
    ctx.db.store.findUniqueOrThrow({
      where: { id: order.storeId },
      select: { name: true, csPhone: true, owner: { select: { phone: true } } },
    }),
    ctx.db.orderItem.findMany({
      where: { orderId: order.id },
      select: { productName: true, quantity: true },
    }),
    order.csMemberId
      ? ctx.db.storeMember.findUnique({
          where: { id: order.csMemberId },
          select: { user: { select: { phone: true } } },
        })
      : null,
    templateFor(ctx, input.followUpAttempts),
  ]);
  // Where the buyer sends their transfer receipt: their CS, else the store's CS line, else the owner.
  const csPhone = cs?.user.phone ?? store.csPhone ?? store.owner.phone;
  const facts = {
    buyer_name: order.buyerName,
    invoice: order.invoice,
    total: formatRupiah(order.total),
    product: productSummary(items),
    store_name: store.name,
    payment_link: waLink(csPhone, `Halo, saya sudah transfer untuk pesanan ${order.invoice}.`),
  };
  const text = render(template, facts);
  const link = waLink(order.buyerPhone, text);
  let messageId: string | null = null;
  try {
    ({ messageId } = await ctx.ports.messaging.send({
      to: order.buyerPhone,
      template: `order_follow_up_${input.followUpAttempts}`,
      language: 'id',
      params: [
        facts.buyer_name,
        facts.invoice,
        facts.total,
        facts.product,
        facts.store_name,
        facts.payment_link,
      ],
      text,
    }));
  } catch (error) {
    if (!(error instanceof MessagingUnavailableError)) throw error;
  }
  const sent = messageId !== null;
  const attempt = ctx.db.orderFollowUp.create({
    data: {
      orderId: order.id,
      storeId: order.storeId,
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

/** "Follow Up Attempts": every attempt on the order, oldest first. */
export async function attempts(ctx: Pick<SellerContext, 'db' | 'tenant'>, invoice: string) {
  const order = await findOrder(ctx, invoice);
  const rows = await ctx.db.orderFollowUp.findMany({
    where: { orderId: order.id },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((r) => ({
    attempt: r.attempt,
    status: r.status,
    message: r.message,
    waLink: r.waLink,
    delivery: deliveryOf(r),
    at: r.createdAt,
  }));
}
