import { adminRoles, sellerMarkings } from '@bosonline/contracts';
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
