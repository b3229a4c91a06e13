import { can, type Permission, type StoreRole } from '@bosonline/contracts';
import { type Icon, IconHome, IconReceipt } from '@tabler/icons-react';
import type { Messages } from '../i18n/messages.id.ts';

// The sidebar's sections. Only pages that exist are listed (Produk, Form and Pengaturan join as
// they are built); `permission` hides a section from roles the server would refuse anyway.

export interface NavSection {
  label: keyof Messages['nav'];
  to: '/' | '/orders';
  icon: Icon;
  /** Needed to see the section; absent: every role. */
  permission?: Permission;
}

export const navSections: readonly NavSection[] = [
  { label: 'home', to: '/', icon: IconHome },
  { label: 'orders', to: '/orders', icon: IconReceipt },
];

export function sectionsFor(role: StoreRole | undefined): NavSection[] {
  return navSections.filter((s) => !s.permission || (role !== undefined && can(role, s.permission)));
}
