import {
  type AbandonedState,
  type AbandonedView,
  type abandonedListInput,
  normalizePhone,
} from '@bosonline/contracts';
import type { Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';
import { conflict, notFound } from '../../lib/errors.ts';
import { positionCursor, toPage } from '../../lib/pagination.ts';
import { sendReminder } from './reminder.ts';

// Abandoned checkouts, seen from the store: buyers who typed their number into a form and did not
// order (yet). Rows are written by the public `checkout.saveAbandoned` and linked to the order
// when the same buyer orders on the same form.

const include = {
  form: { select: { name: true } },
  order: { select: { invoice: true } },
} satisfies Prisma.AbandonedCheckoutInclude;
type Row = Prisma.AbandonedCheckoutGetPayload<{ include: typeof include }>;

function stateOf(row: Pick<Row, 'orderId' | 'followedUpAt'>): AbandonedState {
  if (row.orderId) return 'recovered';
  return row.followedUpAt ? 'followed_up' : 'open';
}

function stateWhere(state: AbandonedState | undefined): Prisma.AbandonedCheckoutWhereInput {
  if (state === 'recovered') return { orderId: { not: null } };
  if (state === 'followed_up') return { orderId: null, followedUpAt: { not: null } };
  if (state === 'open') return { orderId: null, followedUpAt: null };
  return {};
}

/** `q` as a phone (any spelling: 0812…, +62 812…, 812…) or as part of the buyer's name. */
function searchWhere(q: string | undefined): Prisma.AbandonedCheckoutWhereInput {
  if (!q) return {};
  const digits = q.replace(/\D/g, '');
  const phone = normalizePhone(q) ?? (digits.startsWith('0') ? `62${digits.slice(1)}` : digits);
  return {
    OR: [
      { buyerName: { contains: q, mode: 'insensitive' } },
      ...(digits.length >= 3 ? [{ buyerPhone: { contains: phone } }] : []),
    ],
  };
}

function view(row: Row): AbandonedView {
  const data = row.data;
  return {
    id: row.id,
    formId: row.formId,
    formName: row.form.name,
    buyerPhone: row.buyerPhone,
    buyerName: row.buyerName,
    data: data && typeof data === 'object' && !Array.isArray(data) ? data : {},
    state: stateOf(row),
    invoice: row.order?.invoice ?? null,
    followedUpAt: row.followedUpAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The store's abandoned checkouts, latest activity first (served by the (storeId, updatedAt) index). */
export async function list(ctx: SellerContext, input: z.output<typeof abandonedListInput>) {
  const after = positionCursor.parse(input.cursor);
  const rows = await ctx.db.abandonedCheckout.findMany({
    where: {
      AND: [
        { storeId: ctx.tenant.storeId, formId: input.formId },
        stateWhere(input.state),
        searchWhere(input.q),
        after ? { OR: [{ updatedAt: { lt: after.at } }, { updatedAt: after.at, id: { lt: after.id } }] } : {},
      ],
    },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    include,
  });
  return toPage(rows, input, view, (row) => positionCursor.encode(row.updatedAt, row.id));
}

/**
 * Invites the buyer back with the approved `abandoned_checkout` WhatsApp template and marks the
 * row followed up. With the provider down nothing is marked and `sent` is false; the `wa.me`
 * link carries the same text so CS can send it by hand.
 */
export async function followUp(ctx: SellerContext, id: string): Promise<{ sent: boolean; waLink: string }> {
  const row = await ctx.db.abandonedCheckout.findFirst({
    where: { id, storeId: ctx.tenant.storeId },
    include: { form: { select: { slug: true, status: true, deletedAt: true } } },
  });
  if (!row) throw notFound('Abandoned checkout');
  if (row.orderId) throw conflict('This buyer has already ordered; there is nothing to follow up');
  if (row.form.status !== 'active' || row.form.deletedAt) {
    throw conflict('This form is no longer published, so the buyer could not finish the order');
  }
  const result = await sendReminder(ctx, row, row.form);
  if (result.sent) {
    await ctx.db.abandonedCheckout.update({ where: { id: row.id }, data: { followedUpAt: ctx.clock.now() } });
  }
  return result;
}
