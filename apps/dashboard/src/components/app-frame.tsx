import {
  AppShell,
  Burger,
  Button,
  Group,
  NavLink,
  Skeleton,
  Stack,
  Title,
  useMantineTheme,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { type Icon, IconLogout } from '@tabler/icons-react';
import { Link, type LinkProps, Outlet, useRouterState } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { LanguageMenu } from './language-menu.tsx';
import { QueryError } from './query-error.tsx';

export interface FrameSection {
  to: LinkProps['to'] & string;
  label: string;
  icon: Icon;
}

/**
 * The frame of both realms (the seller dashboard and the platform console): skip link, header
 * with the menu button, the sidebar's sections, who is signed in and logout at its foot, and the
 * page, or the error of the "who am I" query the frame depends on.
 */
export function AppFrame({
  title,
  navLabel,
  sections,
  navPending,
  headerActions,
  wideActions,
  who,
  onLogout,
  me,
}: {
  title: ReactNode;
  navLabel: string;
  sections: FrameSection[];
  /** The sections depend on who is signed in, still being asked. */
  navPending?: boolean;
  /** Always in the header (e.g. notifications). */
  headerActions?: ReactNode;
  /** In the header from the `sm` breakpoint, in the sidebar's foot on phones (e.g. store switcher). */
  wideActions?: ReactNode;
  who: ReactNode;
  onLogout: () => void;
  me: { isError: boolean; error: unknown; refetch: () => unknown };
}) {
  const t = useT();
  const [opened, { toggle, close }] = useDisclosure(false);
  // On a phone the sidebar and the wide header's tools are hidden until the menu opens: they are
  // not rendered until then either (two store switchers, two language menus, every section's link
  // and a measured scroll area were a quarter of a phone's first render of a page).
  const wide = useMediaQuery(`(min-width: ${useMantineTheme().breakpoints.sm})`, undefined, {
    getInitialValueInEffect: false,
  });
  const [menuUsed, setMenuUsed] = useState(false);
  const navShown = wide || menuUsed;
  const pathname = useRouterState({ select: (s) => s.location.pathname });
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
              onClick={() => {
                setMenuUsed(true);
                toggle();
              }}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t.app.closeMenu : t.app.openMenu}
            />
            <Title order={2} size="h4" c="brand.8">
              {title}
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {headerActions}
            {wide && (
              <Group gap="sm" wrap="nowrap">
                {wideActions}
                <LanguageMenu />
              </Group>
            )}
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label={navLabel}>
        {navShown && (
          <>
            {/* The browser's own scrolling: Mantine's ScrollArea brings its positioning library
                (~16 KB brotli) into every first load. */}
            <AppShell.Section grow style={{ overflowY: 'auto' }}>
              {navPending ? (
                <Stack gap="xs">
                  <Skeleton h={36} />
                  <Skeleton h={36} />
                </Stack>
              ) : (
                <nav aria-label={navLabel}>
                  {sections.map((section) => (
                    <NavLink
                      key={section.to}
                      component={Link}
                      to={section.to}
                      label={section.label}
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
                {who}
                {!wide && (
                  <Stack gap="xs">
                    {wideActions}
                    <LanguageMenu />
                  </Stack>
                )}
                <Button
                  variant="subtle"
                  color="gray"
                  leftSection={<IconLogout size={16} />}
                  onClick={onLogout}
                >
                  {t.app.logout}
                </Button>
              </Stack>
            </AppShell.Section>
          </>
        )}
      </AppShell.Navbar>

      <AppShell.Main id="content">
        {me.isError ? <QueryError error={me.error} onRetry={() => me.refetch()} /> : <Outlet />}
      </AppShell.Main>
    </AppShell>
  );
}
