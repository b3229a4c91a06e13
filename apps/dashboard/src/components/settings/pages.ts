import { can, type Permission, type StoreRole } from '@bosonline/contracts';
import type { Messages } from '../../i18n/messages.id.ts';

// Pengaturan's own pages, in the order its sub-navigation lists them. `permission` is the one the
// server asks for to change what the page shows, so a role that could change nothing there does
// not see it (a CS member keeps her own profile, password and sessions).

export interface SettingsPage {
  label: keyof Messages['settingsNav']['pages'];
  to:
    | '/settings/store'
    | '/settings/domains'
    | '/settings/warehouses'
    | '/settings/bank-accounts'
    | '/settings/vouchers'
    | '/settings/templates'
    | '/settings/team'
    | '/settings/account'
    | '/settings/sessions'
    | '/settings/webhooks'
    | '/settings/api-keys'
    | '/settings/blocks';
  permission?: Permission;
}

export const settingsPages: readonly SettingsPage[] = [
  { label: 'store', to: '/settings/store', permission: 'store.manage' },
  { label: 'domains', to: '/settings/domains', permission: 'store.manage' },
  { label: 'warehouses', to: '/settings/warehouses', permission: 'warehouse.manage' },
  { label: 'bankAccounts', to: '/settings/bank-accounts', permission: 'bankAccount.manage' },
  { label: 'vouchers', to: '/settings/vouchers', permission: 'voucher.manage' },
  { label: 'templates', to: '/settings/templates', permission: 'order.manage' },
  { label: 'blocks', to: '/settings/blocks', permission: 'order.manage' },
  { label: 'team', to: '/settings/team', permission: 'staff.manage' },
  { label: 'webhooks', to: '/settings/webhooks', permission: 'webhook.manage' },
  { label: 'account', to: '/settings/account' },
  { label: 'sessions', to: '/settings/sessions' },
  { label: 'apiKeys', to: '/settings/api-keys', permission: 'apiKey.manage' },
];

export function settingsPagesFor(role: StoreRole | undefined): SettingsPage[] {
  return settingsPages.filter((p) => !p.permission || (role !== undefined && can(role, p.permission)));
}
