import type { formListInput } from '@bosonline/contracts';
import type { Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';
import { pageArgs, toPage } from '../../lib/pagination.ts';
import { summarySelect, summaryView } from './views.ts';

/** "Form list": newest first, by name or slug, filtered by status; deleted forms never appear. */
export async function list(ctx: SellerContext, input: z.output<typeof formListInput>) {
  const where: Prisma.FormWhereInput = {
    storeId: ctx.tenant.storeId,
    deletedAt: null,
    status: input.status,
    ...(input.q
      ? {
          OR: [
            { name: { contains: input.q, mode: 'insensitive' } },
            { slug: { contains: input.q.toLowerCase() } },
          ],
        }
      : {}),
  };
  const rows = await ctx.db.form.findMany({
    where,
    // Served by the (storeId, createdAt, id) index; id breaks ties so pages never overlap.
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageArgs(input),
    select: summarySelect,
  });
  return toPage(rows, input, summaryView);
}
