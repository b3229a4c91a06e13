import { Box, Flex, NavLink, Skeleton } from '@mantine/core';
import { createRoute, Link, Navigate, Outlet, useRouterState } from '@tanstack/react-router';
import { settingsPagesFor } from '../../components/settings/pages.ts';
import { useMe } from '../../hooks/profile.ts';
import { useT } from '../../i18n/i18n.tsx';
import { layoutRoute } from '../layout.tsx';

/** Pengaturan: its own list of pages (a row to scroll on a phone, a column beside the page on wider screens). */
export const settingsRoute = createRoute({
  getParentRoute: () => layoutRoute,
  path: '/settings',
  component: SettingsSection,
});

/** /settings alone opens the first page the role may see. */
export const settingsIndexRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/',
  component: SettingsIndex,
});

function SettingsSection() {
  const t = useT();
  const me = useMe();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const pages = settingsPagesFor(me.data?.store?.role);
  return (
    <Flex direction={{ base: 'column', sm: 'row' }} gap="lg" align="flex-start">
      <Box
        component="nav"
        aria-label={t.settingsNav.label}
        w={{ base: '100%', sm: 220 }}
        style={{ flexShrink: 0 }}
      >
        {me.isPending ? (
          <Skeleton h={36} />
        ) : (
          // The browser's own sideways scroll on a phone (this layout loads with the app: Mantine's
          // ScrollArea would bring its positioning library into every first load).
          <Flex direction={{ base: 'row', sm: 'column' }} gap={4} pb={4} style={{ overflowX: 'auto' }}>
            {pages.map((page) => (
              <NavLink
                key={page.to}
                component={Link}
                to={page.to}
                label={t.settingsNav.pages[page.label]}
                active={pathname.startsWith(page.to)}
                variant="light"
                style={{ whiteSpace: 'nowrap', borderRadius: 'var(--mantine-radius-sm)' }}
                w={{ base: 'auto', sm: '100%' }}
              />
            ))}
          </Flex>
        )}
      </Box>
      <Box style={{ flexGrow: 1, minWidth: 0 }} w="100%">
        <Outlet />
      </Box>
    </Flex>
  );
}

function SettingsIndex() {
  const me = useMe();
  const first = settingsPagesFor(me.data?.store?.role)[0];
  if (!me.data || !first) return <Skeleton h={120} />;
  return <Navigate to={first.to} replace />;
}
