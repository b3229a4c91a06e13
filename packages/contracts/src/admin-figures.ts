import { z } from 'zod';
import { uuidSchema } from './common.ts';
import { exportFormats } from './product.ts';
import { orderPaymentMethods, revenuePeriods } from './states.ts';
import {
  datesInOrder,
  datesMessage,
  jakartaDay,
  orderDetailOutput,
  orderFilterFields,
  orderListFields,
  orderListOutput,
  orderPrintInput,
  orderSummaryOutput,
} from './store-order.ts';
import { productRecapOutput } from './store-recap.ts';

// AdminBosOnline › Dashboard and › Order: the seller side's figures and order list over every
// store, or one store (`storeId`) or one seller's stores (`sellerId`). The filters are the seller
// side's, so an admin and a seller looking at one store see the same numbers.

const count = z.number().int();
const money = z.number().int();

/** Which stores: all of them, one (`storeId`), or those one seller owns (`sellerId`). */
export const adminStoreScope = z.object({ storeId: uuidSchema.optional(), sellerId: uuidSchema.optional() });

/** A range of Asia/Jakarta days (both ends included; either may be left open). */
const dayRange = z.object({ from: jakartaDay.optional(), to: jakartaDay.optional() });

// --- Dashboard --------------------------------------------------------------------------------

export const dashboardSummaryInput = dayRange.refine(datesInOrder, datesMessage).prefault({});

const dayFigures = z.object({ date: z.string(), orders: count, gmv: money });

/**
 * "Header Summary". Sellers: accounts (not deleted) that own a store; stores: their stores.
 * GMV: totals of orders not canceled. COD share: COD orders / orders not canceled (0–1, four
 * places). Active sellers: sellers with at least one order in the range. Today and yesterday are
 * Asia/Jakarta days by the server's clock, whatever the range.
 */
export const dashboardSummaryOutput = z.object({
  sellers: count,
  activeSellers: count,
  stores: count,
  orders: count,
  canceled: count,
  gmv: money,
  codOrders: count,
  codShare: z.number(),
  today: dayFigures,
  yesterday: dayFigures,
});

export const dashboardProductsInput = adminStoreScope
  .extend(dayRange.shape)
  .extend({ limit: z.coerce.number().int().min(1).max(500).default(10) })
  .refine(datesInOrder, datesMessage)
  .prefault({});

const storeRef = z.object({ id: z.string(), name: z.string() });
const productFigures = productRecapOutput.shape.products.element.extend({ store: storeRef });

/** "Get Popular Products": the best sellers by units in orders not canceled. */
export const popularProductsOutput = z.object({ products: z.array(productFigures) });

/** "Rekap Product": totals over every product sold in the range, and the first `limit` of them. */
export const dashboardProductRecapOutput = z.object({
  productsSold: count,
  units: count,
  revenue: money,
  returnedUnits: count,
  products: z.array(productFigures),
});

export const dashboardRevenueInput = adminStoreScope
  .extend(dayRange.shape)
  .extend({
    paymentMethod: z.enum(orderPaymentMethods).optional(),
    /** `week` is the ISO week (`2026-W49`), Monday to Sunday. */
    period: z.enum(revenuePeriods).default('day'),
  })
  .refine(datesInOrder, datesMessage)
  .prefault({});

const bucket = z.object({ orders: count, revenue: money });

/** "Revenue": orders not canceled and their totals, per period and per payment method. */
export const dashboardRevenueOutput = z.object({
  orders: count,
  revenue: money,
  series: z.array(z.object({ period: z.string(), orders: count, revenue: money })),
  paymentMethods: z.partialRecord(z.enum(orderPaymentMethods), bucket),
});

export const topSellersInput = dayRange
  .extend({ limit: z.coerce.number().int().min(1).max(100).default(10) })
  .refine(datesInOrder, datesMessage)
  .prefault({});

/** "Get Top Seller": sellers by GMV (orders not canceled) over all their stores. */
export const topSellersOutput = z.object({
  sellers: z.array(
    z.object({
      sellerId: z.string(),
      name: z.string(),
      email: z.string(),
      stores: count,
      orders: count,
      gmv: money,
    }),
  ),
});

// --- Order ------------------------------------------------------------------------------------

/** Order List's filters with the store scope. */
export const adminOrderFilterInput = orderFilterFields
  .extend(adminStoreScope.shape)
  .refine(datesInOrder, datesMessage)
  .prefault({});
export type AdminOrderFilter = z.output<typeof adminOrderFilterInput>;

export const adminOrderListInput = orderListFields
  .extend(adminStoreScope.shape)
  .refine(datesInOrder, datesMessage)
  .prefault({});

export const adminOrderSummaryOutput = orderSummaryOutput.extend({ store: storeRef });
export const adminOrderListOutput = orderListOutput.extend({ items: z.array(adminOrderSummaryOutput) });

export const adminOrderDownloadInput = orderFilterFields
  .extend(adminStoreScope.shape)
  .extend({ format: z.enum(exportFormats).default('csv') })
  .refine(datesInOrder, datesMessage)
  .prefault({});

/** An order of any store, by its id (invoices repeat across stores). */
export const adminOrderDetailOutput = orderDetailOutput.extend({
  store: storeRef.extend({ ownerId: z.string() }),
});

/** "Cetak Invoice" for one store's orders. */
export const adminOrderPrintInput = orderPrintInput.extend({ storeId: uuidSchema });
