import {
  adminRoles,
  catalogStatuses,
  orderPaymentMethods,
  orderStatuses,
  productMarkings,
  revenuePeriods,
  sellerMarkings,
} from '@bosonline/contracts';
import { day, optional, searchText, uuid, v } from '../url-search.ts';

// The admin lists' filters, kept in the URL (shareable, survive a reload); a hand-edited value the
// server would refuse drops that filter. Kept apart from the contracts' full schemas: these load
// with the route tree.

export const sellerSearch = v.object({
  /** Part of a name, email, phone or store name. */
  q: optional(searchText()),
  status: optional(v.picklist(['active', 'suspended', 'deleted'])),
  marking: optional(v.picklist([...sellerMarkings, 'none'])),
});
export type SellerSearch = v.InferOutput<typeof sellerSearch>;

export const internalUserSearch = v.object({
  q: optional(searchText()),
  role: optional(v.picklist(adminRoles)),
  active: optional(v.boolean()),
});
export type InternalUserSearch = v.InferOutput<typeof internalUserSearch>;

export const auditSearch = v.object({
  /** A procedure path or its prefix, e.g. `admin.seller.`. */
  action: optional(searchText()),
});
export type AuditSearch = v.InferOutput<typeof auditSearch>;

/** The console's dashboard: Asia/Jakarta days (the page picks the last 30 when none are given). */
export const dashboardSearch = v.object({
  from: optional(day),
  to: optional(day),
  period: optional(v.picklist(revenuePeriods)),
  paymentMethod: optional(v.picklist(orderPaymentMethods)),
});
export type DashboardSearch = v.InferOutput<typeof dashboardSearch>;

/** Products of every seller; `product` is the one open in the drawer. */
export const adminProductSearch = v.object({
  q: optional(searchText()),
  status: optional(v.picklist(catalogStatuses)),
  marking: optional(v.picklist([...productMarkings, 'none'])),
  sellerId: optional(uuid),
  product: optional(uuid),
});
export type AdminProductSearch = v.InferOutput<typeof adminProductSearch>;

/** Orders of every store: the seller list's filters plus seller and store; `order` is the one open. */
export const adminOrderSearch = v.object({
  q: optional(searchText()),
  status: optional(v.picklist(orderStatuses)),
  paymentMethod: optional(v.picklist(orderPaymentMethods)),
  sellerId: optional(uuid),
  storeId: optional(uuid),
  from: optional(day),
  to: optional(day),
  order: optional(uuid),
});
export type AdminOrderSearch = v.InferOutput<typeof adminOrderSearch>;

/** The cache page: `match` filters the key list (a glob under `bos:`), `key` is the one open. */
export const cacheSearch = v.object({
  match: optional(v.pipe(v.string(), v.regex(/^bos:.{1,296}$/))),
  key: optional(v.pipe(v.string(), v.regex(/^bos:.{1,296}$/))),
});
export type CacheSearch = v.InferOutput<typeof cacheSearch>;

/** The sellers' COD cash: WIB days of the findings (the last 30 when none), and one store or all. */
export const adminCodLedgerSearch = v.object({
  from: optional(day),
  to: optional(day),
  store: optional(uuid),
});
export type AdminCodLedgerSearch = v.InferOutput<typeof adminCodLedgerSearch>;
