import { createRouter } from '@tanstack/react-router';
import { session } from './api/session.ts';
import { abandonedRoute } from './routes/abandoned/list.tsx';
import { homeRoute } from './routes/home.tsx';
import { layoutRoute } from './routes/layout.tsx';
import { loginRoute } from './routes/login.tsx';
import { orderDetailRoute } from './routes/orders/detail.tsx';
import { ordersRoute } from './routes/orders/list.tsx';
import { rootRoute } from './routes/root.tsx';
import { teamRoute } from './routes/settings/team.tsx';

const routeTree = rootRoute.addChildren([
  loginRoute,
  layoutRoute.addChildren([homeRoute, ordersRoute, orderDetailRoute, abandonedRoute, teamRoute]),
]);

export const router = createRouter({
  routeTree,
  // The server serves the dashboard at /app (vite.config.ts `base`).
  basepath: '/app',
  context: { session },
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
