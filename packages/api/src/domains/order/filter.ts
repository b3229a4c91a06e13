import type { OrderFilter, StoreRole } from '@bosonline/contracts';
import { type Db, Prisma } from '@bosonline/db';

// One WHERE clause for Order List, its status tabs, Recap Order List and the downloads, so a recap
// and a list with the same filters can never disagree. Written as SQL (over `"Order" o`) because
// the recap groups by Jakarta day, which Prisma's query API cannot express.

/**
 * Whose orders a query reads. In the seller realm: the tenant's store, and a CS member only the
 * orders assigned to them (a `Tenant` is an OrderScope). Platform staff read every store
 * (`storeId: null`), one store, or the stores one seller owns (`sellerId`).
 */
export interface OrderScope {
  storeId: string | null;
  sellerId?: string;
  role?: StoreRole;
  memberId?: string;
}

/** One store's orders (an order's detail, its printed invoice): a scope that names its store. */
export type StoreScope = OrderScope & { storeId: string };

/** What a read of orders needs: the database and whose orders. */
export interface OrderReader {
  db: Db;
  tenant: OrderScope;
}

/** The scope's conditions over a table aliased `alias` that carries storeId (and csMemberId). */
export function scopeSql(scope: OrderScope, alias: 'o' | 'r'): Prisma.Sql[] {
  const a = Prisma.raw(alias);
  const where: Prisma.Sql[] = [];
  if (scope.storeId) where.push(Prisma.sql`${a}."storeId" = ${scope.storeId}::uuid`);
  if (scope.sellerId) {
    where.push(
      Prisma.sql`${a}."storeId" IN (SELECT s."id" FROM "Store" s WHERE s."ownerId" = ${scope.sellerId}::uuid)`,
    );
  }
  if (scope.role === 'cs') where.push(Prisma.sql`${a}."csMemberId" = ${scope.memberId ?? null}::uuid`);
  // Every store: an always-true condition keeps the clause a valid AND-list.
  if (where.length === 0) where.push(Prisma.sql`TRUE`);
  return where;
}

/** Western Indonesian Time is UTC+7 all year (no daylight saving), so a WIB day is a fixed range. */
const jakartaOffsetMs = 7 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

/** The WIB day (`YYYY-MM-DD`) an instant falls on. */
export function jakartaDay(at: Date): string {
  return new Date(at.getTime() + jakartaOffsetMs).toISOString().slice(0, 10);
}

/** The WIB day before `day`. */
export function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - dayMs).toISOString().slice(0, 10);
}

/** The UTC instant a WIB day (`YYYY-MM-DD`) starts at. */
export function jakartaDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - jakartaOffsetMs);
}

/** The UTC instant the WIB calendar month holding `now` started at. */
export function jakartaMonthStart(now: Date): Date {
  return jakartaDayStart(`${new Date(now.getTime() + jakartaOffsetMs).toISOString().slice(0, 7)}-01`);
}

/** SQL for the WIB calendar day of a UTC timestamp column. */
export function jakartaDaySql(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(${column} + interval '7 hours', 'YYYY-MM-DD')`;
}

const dateColumns = {
  created: Prisma.raw('o."createdAt"'),
  paid: Prisma.raw('o."paidAt"'),
  shipped: Prisma.raw('o."shippedAt"'),
} as const;

export function dateColumn(filter: Pick<OrderFilter, 'dateField'>): Prisma.Sql {
  return dateColumns[filter.dateField];
}

/** `0812…`, `+62812…` and `62812…` all search the stored `62812…`. */
function phonePrefix(q: string): string | null {
  const digits = q.replace(/[\s\-().]/g, '');
  if (!/^(\+?62|0)?8\d{2,}$/.test(digits)) return null;
  return `628${digits.replace(/^(\+?62|0)?8/, '')}`;
}

/** The digit string just above every string starting with `prefix` (`62812` → `62813`). */
function nextPrefix(prefix: string): string | null {
  if (/^9+$/.test(prefix)) return null;
  return (BigInt(prefix) + 1n).toString().padStart(prefix.length, '0');
}

/**
 * What `q` matches: an invoice, an AWB, the start of a buyer's phone or part of their name. Each
 * condition is added only for a `q` of its shape, so every branch of the OR has an index to use
 * (the admin list searches every store, where one unindexable branch means reading every order).
 */
function searchSql(raw: string): Prisma.Sql {
  const q = raw.trim();
  const upper = q.toUpperCase();
  const matches: Prisma.Sql[] = [Prisma.sql`o."awb" = ${upper}`];
  if (/^INV\d+$/.test(upper)) matches.push(Prisma.sql`o."invoice" = ${upper}`);
  const phone = phonePrefix(q);
  if (phone) {
    // A range rather than LIKE: digit strings sort the same under any collation, so the
    // (storeId, buyerPhone, createdAt) index serves it.
    const above = nextPrefix(phone);
    matches.push(
      above
        ? Prisma.sql`(o."buyerPhone" >= ${phone} AND o."buyerPhone" < ${above})`
        : Prisma.sql`o."buyerPhone" >= ${phone}`,
    );
  }
  const name = q.replace(/[%_\\]/g, '');
  // A phone number is not part of a name.
  if (name.length >= 3 && !phone) matches.push(Prisma.sql`o."buyerName" ILIKE ${`%${name}%`}`);
  return Prisma.sql`(${Prisma.join(matches, ' OR ')})`;
}

/**
 * The conditions of an order filter inside the scope (the tenant's store; a CS member only ever
 * sees the orders assigned to them).
 */
export function orderFilterSql(scope: OrderScope, filter: OrderFilter): Prisma.Sql {
  const where = scopeSql(scope, 'o');
  if (filter.status) where.push(Prisma.sql`o."status" = ${filter.status}::"OrderStatus"`);
  if (filter.paymentMethod) {
    where.push(Prisma.sql`o."paymentMethod" = ${filter.paymentMethod}::"PaymentMethod"`);
  }
  if (filter.courierCode) where.push(Prisma.sql`o."courierCode" = ${filter.courierCode}`);
  if (filter.csMemberId) where.push(Prisma.sql`o."csMemberId" = ${filter.csMemberId}::uuid`);
  if (filter.formId) where.push(Prisma.sql`o."formId" = ${filter.formId}::uuid`);
  if (filter.productId) {
    where.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "OrderItem" i JOIN "Variant" v ON v."id" = i."variantId"
      WHERE i."orderId" = o."id" AND v."productId" = ${filter.productId}::uuid)`);
  }
  const column = dateColumn(filter);
  if (filter.from) where.push(Prisma.sql`${column} >= ${jakartaDayStart(filter.from)}`);
  if (filter.to) {
    where.push(Prisma.sql`${column} < ${new Date(jakartaDayStart(filter.to).getTime() + dayMs)}`);
  }
  if (filter.q) where.push(searchSql(filter.q));
  return Prisma.join(where, ' AND ');
}
