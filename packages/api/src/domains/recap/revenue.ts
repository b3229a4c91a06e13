import type { OrderFilter, orderPaymentMethods, revenueOutput } from '@bosonline/contracts';
import { Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { OrderReader } from '../order/filter.ts';
import { orderSumsSql } from '../order/recap-source.ts';

type Method = (typeof orderPaymentMethods)[number];
type Bucket = { orders: number; revenue: number };

/** `week` is the ISO week, `2026-W49` (the platform dashboard offers it). */
const formats = { day: 'YYYY-MM-DD', week: 'IYYY-"W"IW', month: 'YYYY-MM' } as const;

/**
 * "Get Revenue": the filtered orders that are not canceled and their totals, per WIB day, week or
 * month of the filter's date field, oldest first (orders without that date count in the totals
 * only), and per payment method. One pass over the sums: GROUPING SETS give both breakdowns.
 */
export async function revenue(
  ctx: OrderReader,
  input: OrderFilter & { period: keyof typeof formats },
): Promise<z.infer<typeof revenueOutput> & { paymentMethods: Partial<Record<Method, Bucket>> }> {
  const { period, ...filter } = input;
  const rows = await ctx.db.$queryRaw<
    Array<{ byMethod: boolean; period: string | null; method: Method | null } & Bucket>
  >`
    SELECT GROUPING(r."paymentMethod") = 0 AS "byMethod",
      to_char(r."day", ${Prisma.raw(`'${formats[period]}'`)}) AS "period", r."paymentMethod"::text AS "method",
      sum(r."orders")::int AS "orders", sum(r."revenue")::float8 AS "revenue"
    FROM (${orderSumsSql(ctx.tenant, filter)}) r
    WHERE r."status" <> 'canceled'
    GROUP BY GROUPING SETS ((2), (r."paymentMethod")) HAVING sum(r."orders") > 0 ORDER BY 2`;
  let orders = 0;
  let total = 0;
  const series: Array<{ period: string } & Bucket> = [];
  const paymentMethods: Partial<Record<Method, Bucket>> = {};
  for (const { byMethod, period, method, ...bucket } of rows) {
    if (byMethod) {
      if (method) paymentMethods[method] = bucket;
      continue;
    }
    orders += bucket.orders;
    total += bucket.revenue;
    if (period !== null) series.push({ period, ...bucket });
  }
  return { orders, revenue: total, series, paymentMethods };
}
