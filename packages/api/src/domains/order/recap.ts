import type { OrderFilter, OrderRecap } from '@bosonline/contracts';
import { Prisma } from '@bosonline/db';
import type { OrderReader } from './filter.ts';
import { orderSumsSql } from './recap-source.ts';

/** One WIB day's sums (day null: orders without the chosen date, e.g. not paid yet). */
interface DayRow {
  date: string | null;
  orders: number;
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

// Canceled orders are counted (the list shows them) but earn nothing.
const live = Prisma.sql`r."status" <> 'canceled'`;
const cod = Prisma.sql`r."paymentMethod" = 'cod'`;
/** A rupiah sum as a JS number (bigint sums would arrive as strings or BigInt). */
const sum = (column: string, when: Prisma.Sql) =>
  Prisma.sql`COALESCE(sum(r.${Prisma.raw(`"${column}"`)}) FILTER (WHERE ${when}), 0)::float8`;
const count = (when: Prisma.Sql) => Prisma.sql`COALESCE(sum(r."orders") FILTER (WHERE ${when}), 0)::int`;

const numericKeys = [
  'orders',
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
 * grouped by day; the totals are the days added up. Money sums leave canceled orders
 * out; `orders` counts them and `canceled` says how many.
 */
export async function recap(ctx: OrderReader, filter: OrderFilter): Promise<OrderRecap> {
  const rows = await ctx.db.$queryRaw<DayRow[]>`
    SELECT to_char(r."day", 'YYYY-MM-DD') AS "date",
      sum(r."orders")::int AS "orders",
      ${count(Prisma.sql`NOT ${live}`)} AS "canceled",
      ${sum('items', live)} AS "items",
      ${sum('revenue', live)} AS "revenue",
      ${sum('itemsTotal', live)} AS "itemsTotal",
      ${sum('shipping', live)} AS "shipping",
      ${sum('codFees', live)} AS "codFees",
      ${count(Prisma.sql`${live} AND ${cod}`)} AS "codOrders",
      ${sum('revenue', Prisma.sql`${live} AND ${cod}`)} AS "codTotal",
      ${count(Prisma.sql`${live} AND NOT ${cod}`)} AS "transferOrders",
      ${sum('revenue', Prisma.sql`${live} AND NOT ${cod}`)} AS "transferTotal"
    FROM (${orderSumsSql(ctx.tenant, filter)}) r
    GROUP BY 1 HAVING sum(r."orders") > 0 ORDER BY 1`;
  const totals = Object.fromEntries(numericKeys.map((k) => [k, 0])) as Record<
    (typeof numericKeys)[number],
    number
  >;
  for (const row of rows) for (const key of numericKeys) totals[key] += row[key];
  return {
    orders: totals.orders,
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
