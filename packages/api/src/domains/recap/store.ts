import {
  isSale,
  type OrderFilter,
  type orderPaymentMethods,
  type orderStatuses,
  type storeRecapOutput,
} from '@bosonline/contracts';
import type { z } from 'zod';
import type { OrderReader } from '../order/filter.ts';
import { orderSumsSql } from '../order/recap-source.ts';
import { storeRecapSql } from './recap.sql.ts';

type Status = (typeof orderStatuses)[number];
type Method = (typeof orderPaymentMethods)[number];
type Bucket = { orders: number; revenue: number };

/** "Recap Store": the filtered orders per status and per payment method (revenue and items: sales only, `isSale`). */
export async function storeRecap(
  ctx: OrderReader,
  filter: OrderFilter,
): Promise<z.infer<typeof storeRecapOutput>> {
  const rows = await ctx.db.$queryRaw<
    Array<{ status: Status; paymentMethod: Method; orders: number; items: number; revenue: number }>
  >(storeRecapSql(orderSumsSql(ctx.tenant, filter)));
  const statuses: Partial<Record<Status, Bucket>> = {};
  const paymentMethods: Partial<Record<Method, Bucket>> = {};
  const total = { orders: 0, revenue: 0, items: 0 };
  for (const row of rows) {
    const revenue = isSale(row.status) ? row.revenue : 0;
    const items = isSale(row.status) ? row.items : 0;
    statuses[row.status] = add(statuses[row.status], row.orders, revenue);
    paymentMethods[row.paymentMethod] = add(paymentMethods[row.paymentMethod], row.orders, revenue);
    total.orders += row.orders;
    total.revenue += revenue;
    total.items += items;
  }
  return { ...total, statuses, paymentMethods };
}

function add(bucket: Bucket | undefined, orders: number, revenue: number): Bucket {
  return { orders: (bucket?.orders ?? 0) + orders, revenue: (bucket?.revenue ?? 0) + revenue };
}
