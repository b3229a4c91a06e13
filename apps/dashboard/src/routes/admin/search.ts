import {
  adminRoles,
  catalogStatuses,
  orderPaymentMethods,
  orderStatuses,
  productMarkings,
  revenuePeriods,
  sellerMarkings,
} from '@bosonline/contracts';
import { optional, searchText, z } from '../url-search.ts';

// The admin lists' filters, kept in the URL (shareable, survive a reload); a hand-edited value the
// server would refuse drops that filter. Kept apart from the contracts' full schemas: these load
// with the route tree.

export const sellerSearch = z.object({
  /** Part of a name, email, phone or store name. */
  q: optional(searchText()),
  status: optional(z.enum(['active', 'suspended', 'deleted'])),
  marking: optional(z.enum([...sellerMarkings, 'none'])),
});
export type SellerSearch = z.output<typeof sellerSearch>;

export const internalUserSearch = z.object({
  q: optional(searchText()),
  role: optional(z.enum(adminRoles)),
  active: optional(z.boolean()),
});
export type InternalUserSearch = z.output<typeof internalUserSearch>;

export const auditSearch = z.object({
  /** A procedure path or its prefix, e.g. `admin.seller.`. */
  action: optional(searchText()),
});
export type AuditSearch = z.output<typeof auditSearch>;

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const uuid = z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i));

/** The console's dashboard: Asia/Jakarta days (the page picks the last 30 when none are given). */
export const dashboardSearch = z.object({
  from: optional(day),
  to: optional(day),
  period: optional(z.enum(revenuePeriods)),
  paymentMethod: optional(z.enum(orderPaymentMethods)),
});
export type DashboardSearch = z.output<typeof dashboardSearch>;

/** Products of every seller; `product` is the one open in the drawer. */
export const adminProductSearch = z.object({
  q: optional(searchText()),
  status: optional(z.enum(catalogStatuses)),
  marking: optional(z.enum([...productMarkings, 'none'])),
  sellerId: optional(uuid),
  product: optional(uuid),
});
export type AdminProductSearch = z.output<typeof adminProductSearch>;

/** Orders of every store: the seller list's filters plus seller and store; `order` is the one open. */
export const adminOrderSearch = z.object({
  q: optional(searchText()),
  status: optional(z.enum(orderStatuses)),
  paymentMethod: optional(z.enum(orderPaymentMethods)),
  sellerId: optional(uuid),
  storeId: optional(uuid),
  from: optional(day),
  to: optional(day),
  order: optional(uuid),
});
export type AdminOrderSearch = z.output<typeof adminOrderSearch>;

/** The cache page: `match` filters the key list (a glob under `bos:`), `key` is the one open. */
export const cacheSearch = z.object({
  match: optional(z.string().check(z.regex(/^bos:.{1,296}$/))),
  key: optional(z.string().check(z.regex(/^bos:.{1,296}$/))),
});
export type CacheSearch = z.output<typeof cacheSearch>;

/** The sellers' COD cash: WIB days of the findings (the last 30 when none), and one store or all. */
export const adminCodLedgerSearch = z.object({
  from: optional(day),
  to: optional(day),
  store: optional(uuid),
});
export type AdminCodLedgerSearch = z.output<typeof adminCodLedgerSearch>;
