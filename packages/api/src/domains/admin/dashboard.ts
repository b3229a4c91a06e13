import {
  type dashboardProductRecapOutput,
  type dashboardProductsInput,
  type dashboardRevenueInput,
  type dashboardRevenueOutput,
  type dashboardSummaryInput,
  type dashboardSummaryOutput,
  type OrderFilter,
  orderFilterInput,
  type orderPaymentMethods,
  type popularProductsOutput,
  type topSellersInput,
  type topSellersOutput,
} from '@bosonline/contracts';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import { dayBefore, jakartaDay, type OrderScope } from '../order/filter.ts';
import { orderSumsSql, productSumsSql } from '../order/recap-source.ts';
import { type ProductFigures, productRecap } from '../recap/product.ts';
import { productFiguresSql } from '../recap/recap.sql.ts';
import { revenue as storeRevenue } from '../recap/revenue.ts';
import {
  dailySumsSql,
  dashboardSumsSql,
  productTotalsSql,
  sellerCountsSql,
  topSellersSql,
} from './admin.sql.ts';
import { scopeOf } from './orders.ts';

// AdminBosOnline › Dashboard: the platform's figures. Every sum reads the seller recaps' source
// (order/recap-source.ts): for these filters (dates of creation, payment method, store) that is the
// daily rollups, so a figure over a million orders adds up rollup rows, and it always equals what
// the stores' own recaps say. GMV, as everywhere, is the totals of orders that are not canceled.

type ReadCtx = Pick<Context, 'db' | 'clock'>;
type Method = (typeof orderPaymentMethods)[number];

const everyStore: OrderScope = { storeId: null };

/** The seller filter for a dashboard input: a range of creation days and maybe a payment method. */
function filterOf(input: { from?: string | undefined; to?: string | undefined; paymentMethod?: Method }) {
  return orderFilterInput.parse({ from: input.from, to: input.to, paymentMethod: input.paymentMethod });
}

interface Sums {
  orders: number;
  canceled: number;
  gmv: number;
  codOrders: number;
  activeSellers: number;
}

/** Orders, GMV and COD orders over the filter, and how many sellers had any of those orders. */
async function sums(ctx: ReadCtx, filter: OrderFilter): Promise<Sums> {
  const [row] = await ctx.db.$queryRaw<Sums[]>(dashboardSumsSql(orderSumsSql(everyStore, filter)));
  return row ?? { orders: 0, canceled: 0, gmv: 0, codOrders: 0, activeSellers: 0 };
}

/** "Header Summary": sellers and stores, the range's orders, GMV and COD share, today and yesterday. */
export async function summary(
  ctx: ReadCtx,
  input: z.output<typeof dashboardSummaryInput>,
): Promise<z.infer<typeof dashboardSummaryOutput>> {
  const today = jakartaDay(ctx.clock.now());
  const yesterday = dayBefore(today);
  const [counts, range, days] = await Promise.all([
    ctx.db.$queryRaw<Array<{ sellers: number; stores: number }>>(sellerCountsSql()),
    sums(ctx, filterOf(input)),
    ctx.db.$queryRaw<Array<{ date: string; orders: number; gmv: number }>>(
      dailySumsSql(orderSumsSql(everyStore, filterOf({ from: yesterday, to: today }))),
    ),
  ]);
  const day = (date: string) => {
    const found = days.find((d) => d.date === date);
    return { date, orders: found?.orders ?? 0, gmv: found?.gmv ?? 0 };
  };
  const earning = range.orders - range.canceled;
  return {
    sellers: counts[0]?.sellers ?? 0,
    stores: counts[0]?.stores ?? 0,
    activeSellers: range.activeSellers,
    orders: range.orders,
    canceled: range.canceled,
    gmv: range.gmv,
    codOrders: range.codOrders,
    codShare: earning === 0 ? 0 : Math.round((range.codOrders / earning) * 10_000) / 10_000,
    today: day(today),
    yesterday: day(yesterday),
  };
}

/** Each product's store, by name (one query for a page of products). */
async function withStores(ctx: ReadCtx, products: ProductFigures[]) {
  const stores = await ctx.db.store.findMany({
    where: { id: { in: [...new Set(products.map((p) => p.storeId))] } },
    select: { id: true, name: true },
  });
  const byId = new Map(stores.map((s) => [s.id, s]));
  return products.map(({ storeId, ...p }) => ({
    ...p,
    store: byId.get(storeId) ?? { id: storeId, name: '' },
  }));
}

/** "Get Popular Products": Recap Product's best sellers over the scope, the first `limit`. */
export async function popularProducts(
  ctx: ReadCtx,
  input: z.output<typeof dashboardProductsInput>,
): Promise<z.infer<typeof popularProductsOutput>> {
  const { products } = await productRecap(
    { db: ctx.db, tenant: scopeOf(input) },
    filterOf(input),
    input.limit,
  );
  return { products: await withStores(ctx, products) };
}

/** "Rekap Product": totals over every product Recap Product lists for the scope, and its first `limit`. */
export async function productSummary(
  ctx: ReadCtx,
  input: z.output<typeof dashboardProductsInput>,
): Promise<z.infer<typeof dashboardProductRecapOutput>> {
  const scope = scopeOf(input);
  const filter = filterOf(input);
  const [totals, top] = await Promise.all([
    ctx.db.$queryRaw<Array<{ productsSold: number; units: number; revenue: number; returnedUnits: number }>>(
      productTotalsSql(productFiguresSql(productSumsSql(scope, filter))),
    ),
    productRecap({ db: ctx.db, tenant: scope }, filter, input.limit),
  ]);
  const sum = totals[0] ?? { productsSold: 0, units: 0, revenue: 0, returnedUnits: 0 };
  return { ...sum, products: await withStores(ctx, top.products) };
}

/** "Revenue": Get Revenue over the scope per day, ISO week or month, and per payment method. */
export function revenue(
  ctx: ReadCtx,
  input: z.output<typeof dashboardRevenueInput>,
): Promise<z.infer<typeof dashboardRevenueOutput>> {
  return storeRevenue({ db: ctx.db, tenant: scopeOf(input) }, { ...filterOf(input), period: input.period });
}

/**
 * "Get Top Seller": sellers by GMV over all their stores in the range; `orders` counts the orders
 * not canceled, `stores` the stores that had them.
 */
export async function topSellers(
  ctx: ReadCtx,
  input: z.output<typeof topSellersInput>,
): Promise<z.infer<typeof topSellersOutput>> {
  const sellers = await ctx.db.$queryRaw<z.infer<typeof topSellersOutput>['sellers']>(
    topSellersSql(orderSumsSql(everyStore, filterOf(input)), input.limit),
  );
  return { sellers };
}
