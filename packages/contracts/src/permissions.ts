import type { StoreRole } from './profile.ts';

/**
 * What each store role may change. Every role may read its store's catalogue, warehouses and
 * settings; the checks below guard writes. One table, so the dashboard can hide what the server
 * would refuse.
 */
export const permissions = [
  'store.manage',
  'warehouse.manage',
  'bankAccount.manage',
  'staff.manage',
  'catalog.manage',
  'inventory.manage',
  'voucher.manage',
  'form.manage',
  /** Message buyers (unfinished checkouts, unpaid orders): CS work, so every role may. */
  'order.followUp',
  /**
   * Place an order on a buyer's behalf ("Atur Pengiriman": `POST /order/{id}` with a token): taking
   * orders by phone or chat is CS work, so every role may; the caller becomes its handler.
   */
  'order.create',
  /** Correct an order's customer, courier and payment method before it is paid: CS work too. */
  'order.edit',
  /** Confirm payments, book shipments, change status and fees, write follow-up texts. */
  'order.manage',
  /** See the store's BosPay balance and its movements (money: owners and admins). */
  'bosPay.view',
  /** The COD cash ledger: what couriers owe, what they remitted, upload their remittance files. */
  'codLedger.manage',
  /** Send order events to the store's own systems (URLs and signing secrets): the owner's call. */
  'webhook.manage',
  /** Make and revoke the store's API keys, which act as the owner: the owner's call too. */
  'apiKey.manage',
] as const;
export type Permission = (typeof permissions)[number];

/** What only the store's owner may do, whatever else a role is granted. */
const ownerOnly: ReadonlySet<Permission> = new Set(['webhook.manage', 'apiKey.manage']);

const grants: Record<StoreRole, ReadonlySet<Permission>> = {
  owner: new Set(permissions),
  admin: new Set(permissions.filter((p) => !ownerOnly.has(p))),
  cs: new Set<Permission>(['order.followUp', 'order.edit', 'order.create']),
};

export function can(role: StoreRole, permission: Permission): boolean {
  return grants[role].has(permission);
}

// The platform-staff realm's table, beside the stores' one: what each internal role may do.

export const adminRoles = ['superadmin', 'operations', 'finance', 'support'] as const;
export type AdminRole = (typeof adminRoles)[number];

export const adminPermissions = [
  /** See sellers, their stores and status (every role: support answers sellers' questions). */
  'seller.view',
  /** Change a seller's status (suspend, reactivate) and markings, and edit their store's profile. */
  'seller.manage',
  /** See sellers' bank accounts (where their money goes: finance's business, not support's). */
  'seller.bank',
  /** Write notes on a seller (the people who talk to sellers and act on them). */
  'seller.note',
  /** See every seller's products, variants and the forms selling them, and download them. */
  'product.view',
  /** Change any seller's product status and markings. */
  'product.manage',
  /** Open a store for an existing seller account and upload images into a store. */
  'store.manage',
  /** Publish and delete the announcements and tips sellers' dashboards show. */
  'post.manage',
  /** Read and drop cached data (the Cache group). */
  'cache.manage',
  /** Create, edit, deactivate and delete internal users. */
  'adminUser.manage',
  /** Read the audit log of admin writes. */
  'audit.view',
  /** The platform dashboard: order counts, GMV, revenue, best sellers and products of every store. */
  'dashboard.view',
  /** Every store's orders: list, recap, detail, download and printed invoices (buyers' data). */
  'order.view',
  /** The COD cash ledger across sellers: cash couriers hold and how overdue it is. */
  'codLedger.view',
] as const;
export type AdminPermission = (typeof adminPermissions)[number];

const adminGrants: Record<AdminRole, ReadonlySet<AdminPermission>> = {
  superadmin: new Set(adminPermissions),
  operations: new Set<AdminPermission>([
    'seller.view',
    'seller.manage',
    'seller.note',
    'post.manage',
    'product.view',
    'product.manage',
    'store.manage',
    'dashboard.view',
    'order.view',
  ]),
  // Finance watches the money: figures, orders and sellers' bank accounts, not buyers' problems.
  finance: new Set<AdminPermission>([
    'seller.view',
    'seller.bank',
    'product.view',
    'dashboard.view',
    'order.view',
    'codLedger.view',
  ]),
  // Support looks orders up for sellers who ask, but platform figures are not theirs to see.
  support: new Set<AdminPermission>(['seller.view', 'seller.note', 'product.view', 'order.view']),
};

export function adminRoleCan(role: AdminRole, permission: AdminPermission): boolean {
  return adminGrants[role].has(permission);
}

/** Everything `role` may do, in the table's order. */
export function adminRolePermissions(role: AdminRole): AdminPermission[] {
  return adminPermissions.filter((permission) => adminGrants[role].has(permission));
}
