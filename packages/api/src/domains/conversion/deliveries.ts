import type { ConversionDeliveryView, PageInput } from '@bosonline/contracts';
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
  return toPage(rows, input, (row) => ({
    id: row.id,
    formId: row.formId,
    invoice: row.order.invoice,
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
  }));
}
