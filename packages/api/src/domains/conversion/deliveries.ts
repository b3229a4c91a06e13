import { type ConversionDeliveryView, can, type PageInput, type StoreRole } from '@bosonline/contracts';
import type { ConversionDelivery, Db } from '@bosonline/db';
import type { SellerContext } from '../../context.ts';
import { invalidField, notFound } from '../../lib/errors.ts';
import { pageArgs, toPage } from '../../lib/pagination.ts';

// The delivery log: every Purchase sent (or skipped, or given up) per platform, with the
// platform's answer, newest first, for a form or for one order.

export async function deliveries(
  ctx: SellerContext,
  input: PageInput & { id?: string; invoice?: string },
): Promise<{ items: ConversionDeliveryView[]; nextCursor: string | null }> {
  const storeId = ctx.tenant.storeId;
  if (!input.id && !input.invoice) throw invalidField('id', 'Name a form (id) or an order (invoice)');
  if (input.id) {
    const form = await ctx.db.form.findFirst({
      where: { id: input.id, storeId, deletedAt: null },
      select: { id: true },
    });
    if (!form) throw notFound('Form');
  }
  let orderId: string | undefined;
  if (input.invoice) {
    const order = await ctx.db.order.findUnique({
      where: { storeId_invoice: { storeId, invoice: input.invoice } },
      select: { id: true },
    });
    if (!order) throw notFound('Order');
    orderId = order.id;
  }
  const rows = await ctx.db.conversionDelivery.findMany({
    where: { storeId, ...(input.id ? { formId: input.id } : {}), ...(orderId ? { orderId } : {}) },
    include: { order: { select: { invoice: true } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageArgs(input),
  });
  return toPage(rows, input, (row) => deliveryView(row, row.order.invoice));
}

/** One line of the log, as the form's log and the order's detail show it. */
export function deliveryView(row: ConversionDelivery, invoice: string): ConversionDeliveryView {
  return {
    id: row.id,
    formId: row.formId,
    invoice,
    platform: row.platform,
    eventName: row.eventName,
    eventId: row.eventId,
    trigger: row.trigger,
    eventTime: row.eventTime,
    status: row.status,
    attempts: row.attempts,
    statusCode: row.statusCode,
    response: row.response,
    sentAt: row.sentAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** An order's log, oldest first, for whom may see it (who builds forms); null for anyone else. */
export async function orderDeliveries(
  ctx: { db: Db; tenant: { role?: StoreRole } },
  order: { id: string; invoice: string },
): Promise<ConversionDeliveryView[] | null> {
  if (ctx.tenant.role && !can(ctx.tenant.role, 'form.manage')) return null;
  const rows = await ctx.db.conversionDelivery.findMany({
    where: { orderId: order.id },
    orderBy: [{ createdAt: 'asc' }, { platform: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => deliveryView(row, order.invoice));
}
