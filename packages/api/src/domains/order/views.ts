import { type OrderSummary, type ShieldReason, shieldReasonOutput } from '@bosonline/contracts';
import type { Prisma } from '@bosonline/db';
import { resolveRegion } from '../region/service.ts';
import { orderRiskOf } from '../risk/view.ts';
import type { OrderReader } from './filter.ts';

export const summaryInclude = {
  items: { select: { productName: true, quantity: true } },
  form: { select: { id: true, name: true } },
  // Only the admin list shows it (the seller's output schema drops it).
  store: { select: { id: true, name: true } },
} satisfies Prisma.OrderInclude;
export type SummaryRow = Prisma.OrderGetPayload<{ include: typeof summaryInclude }>;

/** The Order Shield's reasons stored on an order (a JSON column), typed; junk reads as none. */
export function shieldReasonsOf(value: unknown): ShieldReason[] {
  const parsed = shieldReasonOutput.array().safeParse(value);
  return parsed.success ? parsed.data : [];
}

/** "2x Kopi Arabica, 1x Teh Hijau": what a row of the list shows of the items. */
export function productSummary(items: Array<{ productName: string; quantity: number }>): string {
  const byProduct = new Map<string, number>();
  for (const item of items)
    byProduct.set(item.productName, (byProduct.get(item.productName) ?? 0) + item.quantity);
  return [...byProduct].map(([name, qty]) => `${qty}x ${name}`).join(', ');
}

/** Names of the store's CS members by member id (one query for a whole page). */
export async function csNames(
  ctx: OrderReader,
  memberIds: Array<string | null>,
): Promise<Map<string, { name: string; phone: string }>> {
  const ids = [...new Set(memberIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const members = await ctx.db.storeMember.findMany({
    where: { id: { in: ids }, storeId: ctx.tenant.storeId ?? undefined },
    select: { id: true, user: { select: { name: true, phone: true } } },
  });
  return new Map(members.map((m) => [m.id, m.user]));
}

/** List rows as the seller sees them, with region labels and CS names. */
export async function summaries(
  ctx: OrderReader,
  rows: SummaryRow[],
): Promise<Array<OrderSummary & { store: { id: string; name: string } }>> {
  const cs = await csNames(
    ctx,
    rows.map((r) => r.csMemberId),
  );
  return Promise.all(
    rows.map(async (row) => {
      const member = row.csMemberId ? cs.get(row.csMemberId) : undefined;
      const region = await resolveRegion(ctx.db, row.regionId, 'regionId');
      return {
        id: row.id,
        invoice: row.invoice,
        status: row.status,
        paymentMethod: row.paymentMethod,
        buyerName: row.buyerName,
        buyerPhone: row.buyerPhone,
        regionLabel: region.label,
        courierCode: row.courierCode,
        serviceCode: row.serviceCode,
        awb: row.awb,
        total: row.total,
        itemCount: row.itemCount,
        productSummary: productSummary(row.items),
        cs: row.csMemberId && member ? { memberId: row.csMemberId, name: member.name } : null,
        form: row.form,
        store: row.store,
        createdAt: row.createdAt,
        paidAt: row.paidAt,
        shippedAt: row.shippedAt,
        risk: orderRiskOf(row),
        shieldReasons: shieldReasonsOf(row.shieldReasons),
      };
    }),
  );
}
