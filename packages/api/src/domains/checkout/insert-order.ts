import type { Order, OrderEvent, OrderItem } from '@bosonline/db';
import type { Tx } from '../inventory/ledger.ts';

export interface OrderRows {
  order: Order;
  items: OrderItem[];
  event: OrderEvent;
}

/**
 * Writes a new order, its items and its first event, and links the buyer's abandoned checkout on
 * this form, in one statement. The rows are typed as whole table rows (every column named, so a
 * new column cannot be forgotten) and travel as JSON into `json_populate_record`: one round trip
 * where Prisma's nested create takes four, on the path every order takes.
 */
export async function insertOrderRows(tx: Tx, { order, items, event }: OrderRows): Promise<void> {
  await tx.$executeRaw`
    WITH "order" AS (
      INSERT INTO "Order" SELECT * FROM json_populate_record(NULL::"Order", ${JSON.stringify(order)}::json)
      RETURNING "id"),
    "items" AS (
      INSERT INTO "OrderItem"
      SELECT * FROM json_populate_recordset(NULL::"OrderItem", ${JSON.stringify(items)}::json)),
    "event" AS (
      INSERT INTO "OrderEvent"
      SELECT * FROM json_populate_record(NULL::"OrderEvent", ${JSON.stringify(event)}::json))
    UPDATE "AbandonedCheckout" SET "orderId" = (SELECT "id" FROM "order"), "updatedAt" = now()
    WHERE "formId" = ${order.formId}::uuid AND "buyerPhone" = ${order.buyerPhone} AND "orderId" IS NULL`;
}
