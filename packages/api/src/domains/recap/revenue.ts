import type { OrderFilter, orderPaymentMethods, revenueOutput } from '@bosonline/contracts';
import type { z } from 'zod';
import type { OrderReader } from '../order/filter.ts';
import { orderSumsSql } from '../order/recap-source.ts';
import { type RecapPeriod, revenueSql } from './recap.sql.ts';

type Method = (typeof orderPaymentMethods)[number];
type Bucket = { orders: number; revenue: number };

/**
 * "Get Revenue": the filtered orders that are sales (neither on hold nor canceled) and their
 * totals, per WIB day, week or month of the filter's date field, oldest first (orders without
 * that date count in the totals only), and per payment method. One pass over the sums: GROUPING SETS give both breakdowns.
 */
export async function revenue(
  ctx: OrderReader,
  input: OrderFilter & { period: RecapPeriod },
): Promise<z.infer<typeof revenueOutput> & { paymentMethods: Partial<Record<Method, Bucket>> }> {
  const { period, ...filter } = input;
  const rows = await ctx.db.$queryRaw<
    Array<{ byMethod: boolean; period: string | null; method: Method | null } & Bucket>
  >(revenueSql(orderSumsSql(ctx.tenant, filter), period));
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
