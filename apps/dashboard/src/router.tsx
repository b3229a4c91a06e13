import { createRouter } from '@tanstack/react-router';
import { session } from './api/session.ts';
import { abandonedRoute } from './routes/abandoned/list.tsx';
import { forgotPasswordRoute } from './routes/auth/forgot-password.tsx';
import { registerRoute } from './routes/auth/register.tsx';
import { resetPasswordRoute } from './routes/auth/reset-password.tsx';
import { editFormRoute } from './routes/forms/edit.tsx';
import { formsRoute } from './routes/forms/list.tsx';
import { newFormRoute } from './routes/forms/new.tsx';
import { homeRoute } from './routes/home.tsx';
import { layoutRoute } from './routes/layout.tsx';
import { loginRoute } from './routes/login.tsx';
import { orderDetailRoute } from './routes/orders/detail.tsx';
import { ordersRoute } from './routes/orders/list.tsx';
import { editProductRoute, newProductRoute } from './routes/products/form.tsx';
import { inventoryRoute } from './routes/products/inventory.tsx';
import { productsRoute } from './routes/products/list.tsx';
import { rootRoute } from './routes/root.tsx';
import { accountRoute } from './routes/settings/account.tsx';
import { apiKeysRoute } from './routes/settings/api-keys.tsx';
import { bankAccountsRoute } from './routes/settings/bank-accounts.tsx';
import { domainsRoute } from './routes/settings/domains.tsx';
import { settingsIndexRoute, settingsRoute } from './routes/settings/section.tsx';
import { sessionsRoute } from './routes/settings/sessions.tsx';
import { storeRoute } from './routes/settings/store.tsx';
import { teamRoute } from './routes/settings/team.tsx';
import { templatesRoute } from './routes/settings/templates.tsx';
import { vouchersRoute } from './routes/settings/vouchers.tsx';
import { warehousesRoute } from './routes/settings/warehouses.tsx';

const routeTree = rootRoute.addChildren([
  loginRoute,
  registerRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  layoutRoute.addChildren([
    homeRoute,
    ordersRoute,
    orderDetailRoute,
    abandonedRoute,
    productsRoute,
    newProductRoute,
    inventoryRoute,
    editProductRoute,
    formsRoute,
    newFormRoute,
    editFormRoute,
    settingsRoute.addChildren([
      settingsIndexRoute,
      storeRoute,
      domainsRoute,
      warehousesRoute,
      bankAccountsRoute,
      vouchersRoute,
      templatesRoute,
      teamRoute,
      accountRoute,
      sessionsRoute,
      apiKeysRoute,
    ]),
  ]),
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
