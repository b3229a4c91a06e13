import type { AdminPermission } from '@bosonline/contracts';
import { Skeleton, Text } from '@mantine/core';
import {
  IconBuildingStore,
  IconCash,
  IconChartBar,
  IconDatabase,
  IconHistory,
  IconPackage,
  IconReceipt,
  IconUsers,
} from '@tabler/icons-react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createLazyRoute, Outlet, useNavigate } from '@tanstack/react-router';
import { useSyncExternalStore } from 'react';
import { adminQueryClient, adminSession } from '../../api/admin-session.ts';
import { BosProvider } from '../../api/trpc.ts';
import { AppFrame } from '../../components/app-frame.tsx';
import { useAdminCan, useAdminMe } from '../../hooks/admin.ts';
import { adminSection } from '../../i18n/admin.ts';
import { useT } from '../../i18n/i18n.tsx';

// The console's frame: its own API client and cache, the sidebar and header. A lazy chunk of its
// own (routes/admin/layout.tsx), so the seller dashboard's first load carries none of it.

export const adminRealmLazy = createLazyRoute('/admin')({ component: AdminRealm });
export const adminFrameLazy = createLazyRoute('/admin/staff')({ component: AdminLayout });

/**
 * Everything under /admin talks as the platform staff member: their own client and cache, so
 * `useTRPC()` in these pages carries the admin's token, never the seller's of the same tab.
 */
function AdminRealm() {
  const current = useSyncExternalStore(adminSession.subscribe, adminSession.get);
  return (
    <QueryClientProvider client={adminQueryClient}>
      <BosProvider client={current.client} queryClient={adminQueryClient}>
        <Outlet />
      </BosProvider>
    </QueryClientProvider>
  );
}

/** The console's sections, each shown to staff whose role grants what it needs (the server's table). */
export const sections = [
  { to: '/admin/dashboard', label: 'dashboard', icon: IconChartBar, permission: 'dashboard.view' },
  { to: '/admin/sellers', label: 'sellers', icon: IconBuildingStore, permission: 'seller.view' },
  { to: '/admin/products', label: 'products', icon: IconPackage, permission: 'product.view' },
  { to: '/admin/orders', label: 'orders', icon: IconReceipt, permission: 'order.view' },
  { to: '/admin/cod-ledger', label: 'codLedger', icon: IconCash, permission: 'codLedger.view' },
  { to: '/admin/users', label: 'users', icon: IconUsers, permission: 'adminUser.manage' },
  { to: '/admin/audit', label: 'audit', icon: IconHistory, permission: 'audit.view' },
  { to: '/admin/cache', label: 'cache', icon: IconDatabase, permission: 'cache.manage' },
] as const satisfies readonly { to: string; permission: AdminPermission; [more: string]: unknown }[];

function AdminLayout() {
  const t = useT(adminSection);
  const me = useAdminMe();
  const can = useAdminCan();
  const navigate = useNavigate();

  const logout = async () => {
    await adminSession.logout();
    adminQueryClient.clear();
    await navigate({ to: '/admin/login' });
  };

  return (
    <AppFrame
      title={
        <>
          {t.app.name}{' '}
          <Text span c="dimmed" fw={500} inherit>
            {t.admin.console}
          </Text>
        </>
      }
      navLabel={t.admin.nav.label}
      sections={sections
        .filter((section) => can(section.permission))
        .map((section) => ({ ...section, label: t.admin.nav[section.label] }))}
      who={
        me.data ? (
          <div>
            <Text size="sm" fw={600} truncate>
              {me.data.name}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {me.data.email} · {t.admin.role[me.data.role]}
            </Text>
          </div>
        ) : (
          me.isPending && <Skeleton h={36} />
        )
      }
      onLogout={logout}
      me={me}
    />
  );
}
