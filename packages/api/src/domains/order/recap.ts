import type { OrderFilter, OrderRecap } from '@bosonline/contracts';
import { Prisma } from '@bosonline/db';
import type { SellerContext } from '../../context.ts';
import { dateColumn, jakartaDaySql, orderFilterSql } from './filter.ts';

interface Totals {
  orders: number;
  items: number;
  revenue: number;
  itemsTotal: number;
  shipping: number;
  codFees: number;
  canceled: number;
  codOrders: number;
  codTotal: number;
  transferOrders: number;
  transferTotal: number;
}

// Canceled orders are counted (the list shows them) but earn nothing.
const live = Prisma.sql`o."status" <> 'canceled'`;
const cod = Prisma.sql`o."paymentMethod" = 'cod'`;
/** A rupiah sum as a JS number (bigint sums would arrive as strings or BigInt). */
const sum = (expr: Prisma.Sql, when: Prisma.Sql) =>
  Prisma.sql`COALESCE(sum(${expr}) FILTER (WHERE ${when}), 0)::float8`;

/**
 * "Recap Order List": counts and sums for exactly the orders Order List shows with the same
 * filters (the same WHERE clause), and a per-day series in Asia/Jakarta days of the filter's
 * date field. Money sums leave canceled orders out; `orders` counts them and `canceled` says how many.
 */
export async function recap(
  ctx: Pick<SellerContext, 'db' | 'tenant'>,
  filter: OrderFilter,
): Promise<OrderRecap> {
  const where = orderFilterSql(ctx.tenant, filter);
  const day = jakartaDaySql(dateColumn(filter));
  const [totalsRows, days] = await Promise.all([
    ctx.db.$queryRaw<Totals[]>`
      SELECT count(*)::int AS "orders",
        ${sum(Prisma.sql`n."items"`, live)} AS "items",
        ${sum(Prisma.sql`o."total"`, live)} AS "revenue",
        ${sum(Prisma.sql`o."itemsTotal"`, live)} AS "itemsTotal",
        ${sum(Prisma.sql`o."shippingCost"`, live)} AS "shipping",
        ${sum(Prisma.sql`o."codFee"`, live)} AS "codFees",
        (count(*) FILTER (WHERE NOT ${live}))::int AS "canceled",
        (count(*) FILTER (WHERE ${live} AND ${cod}))::int AS "codOrders",
        ${sum(Prisma.sql`o."total"`, Prisma.sql`${live} AND ${cod}`)} AS "codTotal",
        (count(*) FILTER (WHERE ${live} AND NOT ${cod}))::int AS "transferOrders",
        ${sum(Prisma.sql`o."total"`, Prisma.sql`${live} AND NOT ${cod}`)} AS "transferTotal"
      FROM "Order" o
      CROSS JOIN LATERAL (
        SELECT sum(i."quantity") AS "items" FROM "OrderItem" i WHERE i."orderId" = o."id") n
      WHERE ${where}`,
    ctx.db.$queryRaw<OrderRecap['days']>`
      SELECT ${day} AS "date", count(*)::int AS "orders", ${sum(Prisma.sql`o."total"`, live)} AS "revenue"
      FROM "Order" o
      WHERE ${where} AND ${dateColumn(filter)} IS NOT NULL
      GROUP BY 1 ORDER BY 1`,
  ]);
  const totals = totalsRows[0] as Totals;
  return {
    orders: totals.orders,
    items: Math.round(totals.items),
    revenue: totals.revenue,
    itemsTotal: totals.itemsTotal,
    shipping: totals.shipping,
    codFees: totals.codFees,
    canceled: totals.canceled,
    cod: { orders: totals.codOrders, total: totals.codTotal },
    transfer: { orders: totals.transferOrders, total: totals.transferTotal },
    days,
  };
}
