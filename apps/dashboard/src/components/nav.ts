import { can, type Permission, type StoreRole } from '@bosonline/contracts';
import {
  type Icon,
  IconCash,
  IconForms,
  IconHome,
  IconPackage,
  IconReceipt,
  IconSettings,
  IconShoppingCartX,
} from '@tabler/icons-react';
import type { Messages } from '../i18n/messages.id.ts';

// The sidebar's sections. Only pages that exist are listed (Produk and Form join as they are
// built); `permission` hides a section from roles the server would refuse anyway.

export interface NavSection {
  label: keyof Messages['nav'];
  to: '/' | '/orders' | '/abandoned' | '/cod-ledger' | '/products' | '/forms' | '/settings';
  icon: Icon;
  /** Needed to see the section; absent: every role. */
  permission?: Permission;
}

export const navSections: readonly NavSection[] = [
  { label: 'home', to: '/', icon: IconHome },
  // Every role reads the catalogue (CS answers buyers about it); writes are hidden per button.
  { label: 'products', to: '/products', icon: IconPackage },
  // Forms are the owner's and admins' work; a CS member shares orders, not form settings.
  { label: 'forms', to: '/forms', icon: IconForms, permission: 'form.manage' },
  { label: 'orders', to: '/orders', icon: IconReceipt },
  { label: 'abandoned', to: '/abandoned', icon: IconShoppingCartX, permission: 'order.followUp' },
  // Money: owners and store admins, like the BosPay balance.
  { label: 'codLedger', to: '/cod-ledger', icon: IconCash, permission: 'codLedger.manage' },
  // Every role has a page there (its own profile, password and sessions); settings/pages.ts hides the rest.
  { label: 'settings', to: '/settings', icon: IconSettings },
];

export function sectionsFor(role: StoreRole | undefined): NavSection[] {
  return navSections.filter((s) => !s.permission || (role !== undefined && can(role, s.permission)));
}
