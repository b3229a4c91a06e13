import type { OrderFilter, OrderRecap } from '@bosonline/contracts';
import { Prisma } from '@bosonline/db';
import type { SellerContext } from '../../context.ts';
import { dateColumn, jakartaDaySql, orderFilterSql } from './filter.ts';

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
const live = Prisma.sql`o."status" <> 'canceled'`;
const cod = Prisma.sql`o."paymentMethod" = 'cod'`;
/** A rupiah sum as a JS number (bigint sums would arrive as strings or BigInt). */
const sum = (expr: string, when: Prisma.Sql) =>
  Prisma.sql`COALESCE(sum(${Prisma.raw(expr)}) FILTER (WHERE ${when}), 0)::float8`;
const count = (when: Prisma.Sql) => Prisma.sql`(count(*) FILTER (WHERE ${when}))::int`;

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
 * One scan grouped by day; the totals are the days added up. Money sums leave canceled orders
 * out; `orders` counts them and `canceled` says how many.
 */
export async function recap(
  ctx: Pick<SellerContext, 'db' | 'tenant'>,
  filter: OrderFilter,
): Promise<OrderRecap> {
  const rows = await ctx.db.$queryRaw<DayRow[]>`
    SELECT ${jakartaDaySql(dateColumn(filter))} AS "date",
      count(*)::int AS "orders",
      ${count(Prisma.sql`NOT ${live}`)} AS "canceled",
      ${sum('o."itemCount"', live)} AS "items",
      ${sum('o."total"', live)} AS "revenue",
      ${sum('o."itemsTotal"', live)} AS "itemsTotal",
      ${sum('o."shippingCost"', live)} AS "shipping",
      ${sum('o."codFee"', live)} AS "codFees",
      ${count(Prisma.sql`${live} AND ${cod}`)} AS "codOrders",
      ${sum('o."total"', Prisma.sql`${live} AND ${cod}`)} AS "codTotal",
      ${count(Prisma.sql`${live} AND NOT ${cod}`)} AS "transferOrders",
      ${sum('o."total"', Prisma.sql`${live} AND NOT ${cod}`)} AS "transferTotal"
    FROM "Order" o
    WHERE ${orderFilterSql(ctx.tenant, filter)}
    GROUP BY 1 ORDER BY 1`;
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
