import { z } from 'zod';
import { orderPaymentMethods, orderStatuses } from './states.ts';
import { datesInOrder, datesMessage, orderFilterFields } from './store-order.ts';

// The spec's Store recaps: Recap Store, Recap Product, Recap CS and Get Revenue (Recap Order is
// order.recap). Each takes Order List's filters, so a recap and the list it sums never disagree.
// Money sums count sales only (`isSale`: orders on hold and canceled ones are left out), as Recap
// Order List does.

export const recapFilterInput = orderFilterFields.refine(datesInOrder, datesMessage).prefault({});

const count = z.number().int();
const money = z.number().int();

/** "Recap Store": orders and revenue per status and per payment method. */
export const storeRecapOutput = z.object({
  orders: count,
  /** Sum of totals of the sales (neither on hold nor canceled). */
  revenue: money,
  items: count,
  statuses: z.partialRecord(z.enum(orderStatuses), z.object({ orders: count, revenue: money })),
  paymentMethods: z.partialRecord(z.enum(orderPaymentMethods), z.object({ orders: count, revenue: money })),
});

/** "Recap Product": per product, units and sales in sales (neither on hold nor canceled), and units returned. */
export const productRecapOutput = z.object({
  products: z.array(
    z.object({
      productId: z.string(),
      name: z.string(),
      sku: z.string(),
      units: count,
      /** Price × quantity of its lines (before order-level discounts). */
      revenue: money,
      returnedUnits: count,
    }),
  ),
});

/**
 * "Recap CS": per CS member (null: orders nobody is assigned), with rates as fractions 0–1:
 * paid = past payment (neither unpaid nor canceled) / orders; delivered = delivered / orders;
 * RTS = returned / (delivered + returned), the share of finished shipments that came back.
 */
export const csRecapOutput = z.object({
  members: z.array(
    z.object({
      memberId: z.string().nullable(),
      name: z.string(),
      orders: count,
      paid: count,
      delivered: count,
      returned: count,
      revenue: money,
      paidRate: z.number(),
      deliveredRate: z.number(),
      rtsRate: z.number(),
    }),
  ),
});

export const revenueInput = orderFilterFields
  .extend({ period: z.enum(['day', 'month']).default('day') })
  .refine(datesInOrder, datesMessage)
  .prefault({});

/** "Get Revenue": orders not canceled and their totals, per Asia/Jakarta day or month. */
export const revenueOutput = z.object({
  orders: count,
  revenue: money,
  series: z.array(z.object({ period: z.string(), orders: count, revenue: money })),
});
