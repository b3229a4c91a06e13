import { codAmountOf, formatRupiah } from '@bosonline/contracts';
import type { Order } from '@bosonline/db';
import type { AppDeps } from '../../context.ts';
import { waLink } from '../../lib/whatsapp.ts';
import { MessagingUnavailableError } from '../../ports/index.ts';
import { productSummary } from '../order/views.ts';
import { type FollowUpFacts, render } from './templates.ts';

// One follow-up message, whoever sends it (a seller pressing "Follow Up", or the schedule): the
// order's facts, the text from a template, the `wa.me` link with the same text, and the sending.

type FollowUpOrder = Pick<
  Order,
  | 'id'
  | 'storeId'
  | 'invoice'
  | 'buyerName'
  | 'buyerPhone'
  | 'total'
  | 'csMemberId'
  | 'paymentMethod'
  | 'downPayment'
  | 'downPaymentPaidAt'
>;

export interface ComposedFollowUp {
  facts: FollowUpFacts;
  text: string;
  /** Opens WhatsApp to the buyer with the text, for sending by hand. */
  waLink: string;
}

export async function composeFollowUp(
  deps: Pick<AppDeps, 'db'>,
  order: FollowUpOrder,
  template: string,
): Promise<ComposedFollowUp> {
  const [store, items, cs] = await Promise.all([
    deps.db.store.findUniqueOrThrow({
      where: { id: order.storeId },
      select: { name: true, csPhone: true, owner: { select: { phone: true } } },
    }),
    deps.db.orderItem.findMany({
      where: { orderId: order.id },
      select: { productName: true, quantity: true },
    }),
    order.csMemberId
      ? deps.db.storeMember.findUnique({
          where: { id: order.csMemberId },
          select: { user: { select: { phone: true } } },
        })
      : null,
  ]);
  // Where the buyer writes back (a transfer receipt, a COD question): their CS, else the store's
  // CS line, else the owner.
  const csPhone = cs?.user.phone ?? store.csPhone ?? store.owner.phone;
  const opener =
    order.paymentMethod === 'cod'
      ? `Halo, saya mau tanya pesanan COD ${order.invoice}.`
      : `Halo, saya sudah transfer untuk pesanan ${order.invoice}.`;
  const facts: FollowUpFacts = {
    buyer_name: order.buyerName,
    invoice: order.invoice,
    // What the buyer still pays: a COD buyer whose down payment arrived hands the courier the rest.
    total: formatRupiah(order.paymentMethod === 'cod' ? codAmountOf(order) : order.total),
    product: productSummary(items),
    store_name: store.name,
    payment_link: waLink(csPhone, opener),
  };
  const text = render(template, facts);
  return { facts, text, waLink: waLink(order.buyerPhone, text) };
}

/**
 * Sends it on WhatsApp under the approved template `templateName`; answers the provider's message
 * id (its delivery statuses arrive by webhook), or null when the provider is down (the caller keeps
 * the `wa.me` link for sending by hand).
 */
export async function deliverFollowUp(
  deps: Pick<AppDeps, 'ports'>,
  to: string,
  templateName: string,
  message: ComposedFollowUp,
): Promise<string | null> {
  const { facts } = message;
  try {
    const { messageId } = await deps.ports.messaging.send({
      to,
      template: templateName,
      language: 'id',
      params: [
        facts.buyer_name,
        facts.invoice,
        facts.total,
        facts.product,
        facts.store_name,
        facts.payment_link,
      ],
      text: message.text,
    });
    return messageId;
  } catch (error) {
    if (error instanceof MessagingUnavailableError) return null;
    throw error;
  }
}
