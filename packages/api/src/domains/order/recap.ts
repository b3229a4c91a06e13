import type { OrderFilter, OrderRecap } from '@bosonline/contracts';
import type { OrderReader } from './filter.ts';
import { orderRecapDaysSql } from './order.sql.ts';
import { orderSumsSql } from './recap-source.ts';

/** One WIB day's sums (day null: orders without the chosen date, e.g. not paid yet). */
interface DayRow {
  date: string | null;
  orders: number;
  sold: number;
  held: number;
  canceled: number;
  items: number;
  revenue: number;
  itemsTotal: number;
  shipping: number;
  codFees: number;
  codOrders: number;
  codTotal: number;
  transferOrders: number;
  transferTotal: number;
}

const numericKeys = [
  'orders',
  'sold',
  'held',
  'canceled',
  'items',
  'revenue',
  'itemsTotal',
  'shipping',
  'codFees',
  'codOrders',
  'codTotal',
  'transferOrders',
  'transferTotal',
] as const;

/**
 * "Recap Order List": counts and sums for exactly the orders Order List shows with the same
 * filters (the same WHERE clause), and a series per Asia/Jakarta day of the filter's date field.
 * One query over the order sums (the daily rollups when the filter allows, recap-source.ts)
 * grouped by day; the totals are the days added up. Money and items are summed over sales only
 * (`sold`); `orders` counts every order, `held` and `canceled` say how many are no sale and why.
 */
export async function recap(ctx: OrderReader, filter: OrderFilter): Promise<OrderRecap> {
  const rows = await ctx.db.$queryRaw<DayRow[]>(orderRecapDaysSql(orderSumsSql(ctx.tenant, filter)));
  const totals = Object.fromEntries(numericKeys.map((k) => [k, 0])) as Record<
    (typeof numericKeys)[number],
    number
  >;
  for (const row of rows) for (const key of numericKeys) totals[key] += row[key];
  return {
    orders: totals.orders,
    sold: totals.sold,
    held: totals.held,
    items: totals.items,
    revenue: totals.revenue,
    itemsTotal: totals.itemsTotal,
    shipping: totals.shipping,
    codFees: totals.codFees,
    canceled: totals.canceled,
    cod: { orders: totals.codOrders, total: totals.codTotal },
    transfer: { orders: totals.transferOrders, total: totals.transferTotal },
    days: rows
      .filter((row): row is DayRow & { date: string } => row.date !== null)
      .map((row) => ({ date: row.date, orders: row.orders, revenue: row.revenue })),
  };
}
