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
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { createRoute, Link, Outlet, redirect, useNavigate, useRouterState } from '@tanstack/react-router';
import { session } from '../api/session.ts';
import { LanguageMenu } from '../components/language-menu.tsx';
import { sectionsFor } from '../components/nav.ts';
import { NotificationBell } from '../components/notifications/notification-bell.tsx';
import { QueryError } from '../components/query-error.tsx';
import { StoreSwitcher } from '../components/store-switcher.tsx';
import { meOptions, useMe } from '../hooks/profile.ts';
import { useT } from '../i18n/i18n.tsx';
import { rootRoute } from './root.tsx';

/** Every page but login: signed-in people only, inside the sidebar and header. */
export const layoutRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: ({ context, location }) => {
    if (!context.session.get().signedIn) {
      throw redirect({ to: '/login', search: { redirect: location.href } });
    }
  },
  // Who is signed in (the menu depends on the role), asked in the same batch as the page's data.
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(meOptions(context.trpc()));
  },
  component: Layout,
});

function Layout() {
  const t = useT();
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const role = me.data?.store?.role;

  const logout = async () => {
    await session.logout();
    queryClient.clear();
    await navigate({ to: '/login' });
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
              {t.app.name}
              <VisuallyHidden> {t.app.dashboard}</VisuallyHidden>
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {me.data?.store && <NotificationBell />}
            <Group gap="sm" wrap="nowrap" visibleFrom="sm">
              {me.data && <StoreSwitcher me={me.data} />}
              <LanguageMenu />
            </Group>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label={t.nav.label}>
        <AppShell.Section grow component={ScrollArea}>
          {me.isPending ? (
            <Stack gap="xs">
              <Skeleton h={36} />
              <Skeleton h={36} />
            </Stack>
          ) : (
            <nav aria-label={t.nav.label}>
              {sectionsFor(role).map((section) => (
                <NavLink
                  key={section.to}
                  component={Link}
                  to={section.to}
                  label={t.nav[section.label]}
                  leftSection={<section.icon size={18} aria-hidden />}
                  active={section.to === '/' ? pathname === '/' : pathname.startsWith(section.to)}
                  onClick={close}
                />
              ))}
            </nav>
          )}
        </AppShell.Section>
        <AppShell.Section>
          <Stack gap="xs" pt="sm">
            {me.data && (
              <div>
                <Text size="sm" fw={600} truncate>
                  {me.data.name}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {me.data.store
                    ? `${me.data.store.name} · ${t.app.role[me.data.store.role]}`
                    : t.app.noStore}
                </Text>
              </div>
            )}
            <Stack gap="xs" hiddenFrom="sm">
              {me.data && <StoreSwitcher me={me.data} />}
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
