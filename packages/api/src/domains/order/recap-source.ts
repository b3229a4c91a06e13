import { type OrderFilter, onHoldStatuses, unsoldStatuses } from '@bosonline/contracts';
import { Prisma } from '@bosonline/db';
import { dateColumn, type OrderScope, orderFilterSql, scopeSql } from './filter.ts';

// Where the recaps read their sums from. A filter the daily rollups can answer (dates on the day
// an order was created; no search, no product for order sums) reads StoreDailyRollup /
// StoreVariantDailyRollup: a whole-history recap of 200 000 orders adds up a few thousand rows.
// Any other filter sums the orders themselves, grouped the same way, so every recap is one query
// over either source and cannot tell them apart (apps/server/test/store-recap.test.ts).

const statusList = (statuses: readonly string[]) => Prisma.raw(statuses.map((s) => `'${s}'`).join(', '));

/**
 * Whether a sums row (`alias`, a row of orderSumsSql or productSumsSql) is a sale: neither on hold
 * nor canceled (contracts' unsoldStatuses). Every recap's revenue, items and units sum these only.
 */
export function soldSql(alias: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(`${alias}."status"`)} NOT IN (${statusList(unsoldStatuses)})`;
}

/** Whether a sums row is an order on hold for a check (counted as an order, not as a sale). */
export function onHoldSql(alias: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(`${alias}."status"`)} IN (${statusList(onHoldStatuses)})`;
}

/** No CS member / no form, as the rollup keys store them. */
const nil = '00000000-0000-0000-0000-000000000000';

/**
 * Rows of (storeId, day, status, paymentMethod, courierCode, csMemberId, formId, orders, items, revenue,
 * itemsTotal, shipping, codFees) for the orders the filter selects; `day` is the WIB day of the
 * filter's date field (null for orders without it), csMemberId/formId null when unset.
 */
export function orderSumsSql(scope: OrderScope, filter: OrderFilter): Prisma.Sql {
  if (filter.dateField === 'created' && !filter.q && !filter.productId) {
    return Prisma.sql`SELECT r."storeId", r."day", r."status", r."paymentMethod", r."courierCode",
        NULLIF(r."csMemberId", ${nil}::uuid) AS "csMemberId", NULLIF(r."formId", ${nil}::uuid) AS "formId",
        r."orders", r."items", r."revenue", r."itemsTotal", r."shipping", r."codFees"
      FROM "StoreDailyRollup" r WHERE ${rollupFilterSql(scope, filter)} AND r."orders" <> 0`;
  }
  return Prisma.sql`SELECT o."storeId", (${dateColumn(filter)} + interval '7 hours')::date AS "day",
      o."status", o."paymentMethod", o."courierCode", o."csMemberId", o."formId", count(*)::int AS "orders",
      sum(o."itemCount")::bigint AS "items", sum(o."total")::bigint AS "revenue",
      sum(o."itemsTotal")::bigint AS "itemsTotal", sum(o."shippingCost")::bigint AS "shipping",
      sum(o."codFee")::bigint AS "codFees"
    FROM "Order" o WHERE ${orderFilterSql(scope, filter)}
    GROUP BY 1, 2, 3, 4, 5, 6, 7`;
}

/**
 * Rows of (storeId, day, status, productId, units, sales) for the order lines the filter selects; with a
 * product filter, that product's lines only.
 */
export function productSumsSql(scope: OrderScope, filter: OrderFilter): Prisma.Sql {
  const onlyRollupKeys =
    filter.dateField === 'created' &&
    !filter.q &&
    !filter.paymentMethod &&
    !filter.courierCode &&
    !filter.csMemberId &&
    !filter.formId &&
    scope.role !== 'cs';
  const product = filter.productId ? Prisma.sql`AND v."productId" = ${filter.productId}::uuid` : Prisma.empty;
  if (onlyRollupKeys) {
    return Prisma.sql`SELECT r."storeId", r."day", r."status", v."productId", r."units", r."sales"
      FROM "StoreVariantDailyRollup" r JOIN "Variant" v ON v."id" = r."variantId"
      WHERE ${rollupFilterSql(scope, filter)} ${product} AND (r."units" <> 0 OR r."sales" <> 0)`;
  }
  return Prisma.sql`SELECT o."storeId", (${dateColumn(filter)} + interval '7 hours')::date AS "day",
      o."status", v."productId", sum(i."quantity")::bigint AS "units", sum(i."quantity"::bigint * i."price") AS "sales"
    FROM "Order" o JOIN "OrderItem" i ON i."orderId" = o."id" JOIN "Variant" v ON v."id" = i."variantId"
    WHERE ${orderFilterSql(scope, filter)} ${product}
    GROUP BY 1, 2, 3, 4`;
}

/** The order filter over a rollup table `r` (only the keys both rollups share are used for products). */
function rollupFilterSql(scope: OrderScope, filter: OrderFilter): Prisma.Sql {
  const where = scopeSql(scope, 'r');
  if (filter.status) where.push(Prisma.sql`r."status" = ${filter.status}::"OrderStatus"`);
  if (filter.paymentMethod) {
    where.push(Prisma.sql`r."paymentMethod" = ${filter.paymentMethod}::"PaymentMethod"`);
  }
  if (filter.courierCode) where.push(Prisma.sql`r."courierCode" = ${filter.courierCode}`);
  if (filter.csMemberId) where.push(Prisma.sql`r."csMemberId" = ${filter.csMemberId}::uuid`);
  if (filter.formId) where.push(Prisma.sql`r."formId" = ${filter.formId}::uuid`);
  if (filter.from) where.push(Prisma.sql`r."day" >= ${filter.from}::date`);
  if (filter.to) where.push(Prisma.sql`r."day" <= ${filter.to}::date`);
  return Prisma.join(where, ' AND ');
}
