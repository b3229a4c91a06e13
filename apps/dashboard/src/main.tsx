// Mantine's reset and variables first; each component's sheet comes with its code (build/mantine-css.ts).
import '@mantine/core/styles.css';
import 'dayjs/locale/id';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { type ReactNode, StrictMode, useMemo, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { adminQueryClient, adminSession, onAdminSessionEnded } from './api/admin-session.ts';
import { forgetEarlyAnswers } from './api/early-answers.ts';
import { session } from './api/session.ts';
import { BosProvider, onSessionEnded, queryClient } from './api/trpc.ts';
import { useFloating } from './hooks/floating.ts';
import { I18nProvider, useI18n } from './i18n/i18n.tsx';
import { router } from './router.tsx';
import { cssVariables, themeIn } from './ui/theme.ts';
// After the components' sheets they adjust (same specificity: the later one wins).
import '@mantine/notifications/styles.css';
import './styles.css';

/** The toasts' container, which comes after the first screen with the other overlays (hooks/floating.ts). */
function Toasts() {
  const { floating } = useFloating();
  return floating ? <floating.Notifications position="top-center" /> : null;
}

onSessionEnded(() => {
  // The SDK could not refresh the session: start over at the login page, and say why.
  session.forget();
  queryClient.clear();
  void router.navigate({ to: '/login', search: { expired: true } });
});

onAdminSessionEnded(() => {
  // The same for the staff's console, which has a login of its own.
  adminSession.forget();
  adminQueryClient.clear();
  void router.navigate({ to: '/admin/login', search: { expired: true } });
});

function App() {
  const current = useSyncExternalStore(session.subscribe, session.get);
  const { language } = useI18n();
  return (
    <DatesProvider settings={{ locale: language }}>
      <BosProvider client={current.client} queryClient={queryClient}>
        <RouterProvider router={router} />
      </BosProvider>
    </DatesProvider>
  );
}

/** Mantine in the reader's language (the close buttons' names follow the language switch). */
function Themed({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const theme = useMemo(() => themeIn(t.common), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
      {children}
    </MantineProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// The page's loaders (its API requests) start now rather than after React's first render, which
// costs a phone about 0.3 s: the requests travel meanwhile. The router's provider then finds this
// load under way and does not start another.
void router.load().finally(forgetEarlyAnswers);
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <Themed>
        <Toasts />
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </Themed>
    </I18nProvider>
  </StrictMode>,
);
