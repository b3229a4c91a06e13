import { Text, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { createRoute, redirect, useNavigate, useRouter } from '@tanstack/react-router';
import { lazy, Suspense, useCallback } from 'react';
import { withEarlyAnswer } from '../api/early-answers.ts';
import { session } from '../api/session.ts';
import { AppFrame } from '../components/app-frame.tsx';
import { sectionsFor } from '../components/nav.ts';
import { NotificationBell } from '../components/notifications/notification-bell.tsx';
import { meOptions, useMe } from '../hooks/profile.ts';
import { useWhenIdle } from '../hooks/when-idle.ts';
import { useT } from '../i18n/i18n.tsx';
import { rootRoute } from './root.tsx';

// The switcher (a select: ~6 KB of a phone's first load) is fetched only for the few people who
// work in more than one store.
const StoreSwitcher = lazy(() =>
  import('../components/store-switcher.tsx').then((m) => ({ default: m.StoreSwitcher })),
);

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
    void context.queryClient.prefetchQuery(withEarlyAnswer(meOptions(context.trpc())));
  },
  component: Layout,
});

function Layout() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  usePageCodeWhenIdle('/signed-in/orders');

  const logout = async () => {
    await session.logout();
    queryClient.clear();
    await navigate({ to: '/login' });
  };

  return (
    <AppFrame
      title={
        <>
          {t.app.name}
          <VisuallyHidden> {t.app.dashboard}</VisuallyHidden>
        </>
      }
      navLabel={t.nav.label}
      sections={sectionsFor(me.data?.store?.role).map((s) => ({ ...s, label: t.nav[s.label] }))}
      navPending={me.isPending}
      headerActions={me.data?.store && <NotificationBell />}
      wideActions={
        me.data &&
        me.data.stores.length > 1 && (
          <Suspense>
            <StoreSwitcher me={me.data} />
          </Suspense>
        )
      }
      who={
        me.data && (
          <div>
            <Text size="sm" fw={600} truncate>
              {me.data.name}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {me.data.store ? `${me.data.store.name} · ${t.app.role[me.data.store.role]}` : t.app.noStore}
            </Text>
          </div>
        )
      }
      onLogout={logout}
      me={me}
    />
  );
}

/**
 * Fetches a page's code once the browser is idle, before anyone asks for it: Pesanan is where a
 * seller goes next from anywhere, and on a phone its ~70 KB (two rounds of requests at 150 ms)
 * otherwise came after the tap, alongside the list's data. Only the code: the data is asked for
 * when the page opens, so it is never old.
 */
function usePageCodeWhenIdle(routeId: '/signed-in/orders') {
  const router = useRouter();
  const load = useCallback(
    () => void router.loadRouteChunk(router.routesById[routeId])?.catch(() => undefined),
    [router, routeId],
  );
  useWhenIdle(load);
}
