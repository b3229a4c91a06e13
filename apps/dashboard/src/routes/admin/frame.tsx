import type { AdminPermission } from '@bosonline/contracts';
import {
  AppShell,
  Burger,
  Button,
  Group,
  NavLink,
  ScrollArea,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBuildingStore,
  IconCash,
  IconChartBar,
  IconDatabase,
  IconHistory,
  IconLogout,
  IconPackage,
  IconReceipt,
  IconUsers,
} from '@tabler/icons-react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createLazyRoute, Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useSyncExternalStore } from 'react';
import { adminQueryClient, adminSession } from '../../api/admin-session.ts';
import { BosProvider } from '../../api/trpc.ts';
import { LanguageMenu } from '../../components/language-menu.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useAdminCan, useAdminMe } from '../../hooks/admin.ts';
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
  const t = useT();
  const me = useAdminMe();
  const can = useAdminCan();
  const [opened, { toggle, close }] = useDisclosure(false);
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (s) => s.location.pathname });

  const logout = async () => {
    await adminSession.logout();
    adminQueryClient.clear();
    await navigate({ to: '/admin/login' });
  };

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#content" className="skip-link">
        {t.app.skipToContent}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t.app.closeMenu : t.app.openMenu}
            />
            <Title order={2} size="h4" c="brand.8">
              {t.app.name}{' '}
              <Text span c="dimmed" fw={500} inherit>
                {t.admin.console}
              </Text>
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap" visibleFrom="sm">
            <LanguageMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label={t.admin.nav.label}>
        <AppShell.Section grow component={ScrollArea}>
          <nav aria-label={t.admin.nav.label}>
            {sections
              .filter((section) => can(section.permission))
              .map((section) => (
                <NavLink
                  key={section.to}
                  component={Link}
                  to={section.to}
                  label={t.admin.nav[section.label]}
                  leftSection={<section.icon size={18} aria-hidden />}
                  active={pathname.startsWith(section.to)}
                  onClick={close}
                />
              ))}
          </nav>
        </AppShell.Section>
        <AppShell.Section>
          <Stack gap="xs" pt="sm">
            {me.data ? (
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
            )}
            <Stack gap="xs" hiddenFrom="sm">
              <LanguageMenu />
            </Stack>
            <Button variant="subtle" color="gray" leftSection={<IconLogout size={16} />} onClick={logout}>
              {t.app.logout}
            </Button>
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="content">
        {me.isError ? <QueryError error={me.error} onRetry={() => me.refetch()} /> : <Outlet />}
      </AppShell.Main>
    </AppShell>
  );
}
