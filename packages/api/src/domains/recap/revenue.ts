import type { OrderFilter, revenueOutput } from '@bosonline/contracts';
import { Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { OrderReader } from '../order/filter.ts';
import { orderSumsSql } from '../order/recap-source.ts';

/** `week` is the ISO week, `2026-W49` (the platform dashboard offers it). */
const formats = { day: 'YYYY-MM-DD', week: 'IYYY-"W"IW', month: 'YYYY-MM' } as const;

/**
 * "Get Revenue": the filtered orders that are not canceled and their totals, per WIB day, week or month
 * of the filter's date field, oldest first (orders without that date count in the totals only).
 */
export async function revenue(
  ctx: OrderReader,
  input: OrderFilter & { period: keyof typeof formats },
): Promise<z.infer<typeof revenueOutput>> {
  const { period, ...filter } = input;
  const rows = await ctx.db.$queryRaw<Array<{ period: string | null; orders: number; revenue: number }>>`
    SELECT to_char(r."day", ${Prisma.raw(`'${formats[period]}'`)}) AS "period",
      sum(r."orders")::int AS "orders", sum(r."revenue")::float8 AS "revenue"
    FROM (${orderSumsSql(ctx.tenant, filter)}) r
    WHERE r."status" <> 'canceled'
    GROUP BY 1 HAVING sum(r."orders") > 0 ORDER BY 1`;
  let orders = 0;
  let total = 0;
  for (const row of rows) {
    orders += row.orders;
    total += row.revenue;
  }
  return {
    orders,
    revenue: total,
    series: rows.flatMap((row) => (row.period === null ? [] : [{ ...row, period: row.period }])),
  };
}
