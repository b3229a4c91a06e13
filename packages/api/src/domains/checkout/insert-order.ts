import type { Order, OrderEvent, OrderFollowUp, OrderItem, WhatsappCheck } from '@bosonline/db';
import type { Tx } from '../inventory/ledger.ts';
import type { ActiveSubscription } from '../webhook/outbox.ts';
import { insertOrderRowsSql } from './checkout.sql.ts';

export interface OrderRows {
  order: Order;
  items: OrderItem[];
  event: OrderEvent;
  /** Its planned follow-ups (follow-up/plan.ts). */
  followUps: OrderFollowUp[];
  /**
   * The provider's answer for the buyer's number when the Order Shield asked it just now (null
   * otherwise), for the shared WhatsApp cache (checkout/whatsapp.ts).
   */
  whatsappCheck: WhatsappCheck | null;
}

/**
 * Writes a new order, its items, its first event and its planned follow-ups, links the buyer's
 * abandoned checkout on this form, caches a fresh WhatsApp answer for the buyer's number, and reads
 * the store's active webhook subscriptions (which the outbox needs next), in one statement. The
 * rows are typed as whole table rows (every column named, so a new column cannot be forgotten) and
 * travel as JSON into `json_populate_record`: one round trip where Prisma's nested creates (and
 * the cache's upsert) take seven, on the path every order takes.
 */
export function insertOrderRows(
  tx: Tx,
  { order, items, event, followUps, whatsappCheck }: OrderRows,
): Promise<ActiveSubscription[]> {
  return tx.$queryRaw<ActiveSubscription[]>(
    insertOrderRowsSql({
      order,
      items,
      event,
      followUps,
      whatsappChecks: whatsappCheck ? [whatsappCheck] : [],
    }),
  );
}
