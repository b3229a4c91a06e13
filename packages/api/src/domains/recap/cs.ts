import type { csRecapOutput, OrderFilter } from '@bosonline/contracts';
import { Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { OrderReader } from '../order/filter.ts';
import { orderSumsSql } from '../order/recap-source.ts';

type Member = z.infer<typeof csRecapOutput>['members'][number];

/** Statuses an order reaches only once paid (or, for COD, confirmed to ship). */
const pastPayment = Prisma.raw(
  `('paid','processing','booking','ready_to_ship','shipped','delivered','returned')`,
);

/** "Recap CS": the filtered orders per CS member, with paid, delivered and RTS rates. */
export async function csRecap(ctx: OrderReader, filter: OrderFilter): Promise<z.infer<typeof csRecapOutput>> {
  const rows = await ctx.db.$queryRaw<Array<Omit<Member, 'paidRate' | 'deliveredRate' | 'rtsRate'>>>`
    SELECT r."csMemberId"::text AS "memberId", COALESCE(u."name", 'Unassigned') AS "name",
      sum(r."orders")::int AS "orders",
      COALESCE(sum(r."orders") FILTER (WHERE r."status" IN ${pastPayment}), 0)::int AS "paid",
      COALESCE(sum(r."orders") FILTER (WHERE r."status" = 'delivered'), 0)::int AS "delivered",
      COALESCE(sum(r."orders") FILTER (WHERE r."status" = 'returned'), 0)::int AS "returned",
      COALESCE(sum(r."revenue") FILTER (WHERE r."status" <> 'canceled'), 0)::float8 AS "revenue"
    FROM (${orderSumsSql(ctx.tenant, filter)}) r
    LEFT JOIN "StoreMember" m ON m."id" = r."csMemberId" LEFT JOIN "User" u ON u."id" = m."userId"
    GROUP BY r."csMemberId", u."name"
    HAVING sum(r."orders") > 0
    ORDER BY 3 DESC, 2, 1`;
  return { members: rows.map((row) => ({ ...row, ...rates(row) })) };
}

/** Rates rounded to 4 places (0.1234 = 12.34 %); 0 when there is nothing to divide by. */
export function rates(m: { orders: number; paid: number; delivered: number; returned: number }) {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10_000) / 10_000);
  return {
    paidRate: ratio(m.paid, m.orders),
    deliveredRate: ratio(m.delivered, m.orders),
    rtsRate: ratio(m.returned, m.delivered + m.returned),
  };
}
