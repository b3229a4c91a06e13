import { can, type Permission, type StoreRole } from '@bosonline/contracts';
import { forbidden } from './errors.ts';

/** 403 unless the member's store role grants `permission` (see contracts/permissions.ts). */
export function assertCan(tenant: { role: StoreRole }, permission: Permission): void {
  if (!can(tenant.role, permission)) {
    throw forbidden(`Your role (${tenant.role}) is not allowed to do this`);
  }
}
