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
  /** Message buyers who left a checkout unfinished: CS work, so every role may. */
  'order.followUp',
] as const;
export type Permission = (typeof permissions)[number];

const grants: Record<StoreRole, ReadonlySet<Permission>> = {
  owner: new Set(permissions),
  admin: new Set(permissions),
  cs: new Set<Permission>(['order.followUp']),
};

export function can(role: StoreRole, permission: Permission): boolean {
  return grants[role].has(permission);
}
