import type { saveAbandonedInput } from '@bosonline/contracts';
import type { Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import { isUniqueViolation } from '../../lib/errors.ts';
import { publishedForm } from './public.ts';

/**
 * "Request Create Order Abandoned" (`POST /order/{id}/abandoned`): keeps what the buyer typed so
 * far, one row per form and phone number, so the seller can follow up if no order comes. A row
 * already linked to an order is left as it was (the buyer came back and ordered).
 */
export async function saveAbandoned(
  ctx: Pick<Context, 'db'>,
  input: z.output<typeof saveAbandonedInput>,
): Promise<{ id: string }> {
  const form = await publishedForm(ctx, input.formId, []);
  const key = { formId_buyerPhone: { formId: form.id, buyerPhone: input.phone } };
  const data = { buyerName: input.name, data: input.data as Prisma.InputJsonObject };
  // Two tabs of one buyer may race to create the row: the loser updates the winner's.
  for (let attempt = 0; ; attempt++) {
    const existing = await ctx.db.abandonedCheckout.findUnique({ where: key, select: { id: true } });
    if (existing) {
      // `orderId: null` in the condition, so an order linked meanwhile is never overwritten.
      await ctx.db.abandonedCheckout.updateMany({ where: { id: existing.id, orderId: null }, data });
      return existing;
    }
    try {
      return await ctx.db.abandonedCheckout.create({
        data: { ...data, storeId: form.storeId, formId: form.id, buyerPhone: input.phone },
        select: { id: true },
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt > 0) throw error;
    }
  }
}
