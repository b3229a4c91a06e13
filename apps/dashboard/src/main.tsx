import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import 'dayjs/locale/id';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { type ReactNode, StrictMode, useMemo, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { session } from './api/session.ts';
import { createQueryClient, TRPCProvider } from './api/trpc.ts';
import { I18nProvider, useI18n, useT } from './i18n/i18n.tsx';
import { router } from './router.tsx';
import { cssVariables, localizedTheme } from './ui/theme.ts';

const queryClient = createQueryClient(() => {
  // The SDK could not refresh the session: start over at the login page, and say why.
  session.forget();
  queryClient.clear();
  void router.navigate({ to: '/login', search: { expired: true } });
});

function App() {
  const current = useSyncExternalStore(session.subscribe, session.get);
  const { language } = useI18n();
  return (
    <DatesProvider settings={{ locale: language }}>
      <TRPCProvider trpcClient={current.client} queryClient={queryClient}>
        <RouterProvider router={router} />
      </TRPCProvider>
    </DatesProvider>
  );
}

/** The kit, with its own few words (toasts' close button) in the page's language. */
function Kit({ children }: { children: ReactNode }) {
  const t = useT();
  const theme = useMemo(() => localizedTheme({ close: t.common.close }), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
      <Notifications position="top-center" />
      {children}
    </MantineProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <Kit>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </Kit>
    </I18nProvider>
  </StrictMode>,
);
