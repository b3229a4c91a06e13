import { createRouter } from '@tanstack/react-router';
import { adminSession } from './api/admin-session.ts';
import { session } from './api/session.ts';
import { queryClient, trpcOutsideReact } from './api/trpc.ts';
import { adminLayoutRoute, adminRoute } from './routes/admin/layout.tsx';
import { layoutRoute } from './routes/layout.tsx';
import { rootRoute } from './routes/root.tsx';
import { settingsIndexRoute, settingsRoute } from './routes/settings/section.tsx';
import {
  abandonedRoute,
  accountRoute,
  adminAuditRoute,
  adminCacheRoute,
  adminCodLedgerRoute,
  adminDashboardRoute,
  adminIndexRoute,
  adminLoginRoute,
  adminOrdersRoute,
  adminProductsRoute,
  adminSellerRoute,
  adminSellersRoute,
  adminUsersRoute,
  apiKeysRoute,
  bankAccountsRoute,
  blocksRoute,
  codLedgerRoute,
  domainsRoute,
  editFormRoute,
  editProductRoute,
  forgotPasswordRoute,
  formsRoute,
  homeRoute,
  inventoryRoute,
  loginRoute,
  newFormRoute,
  newOrderRoute,
  newProductRoute,
  orderDetailRoute,
  ordersRoute,
  productsRoute,
  registerRoute,
  resetPasswordRoute,
  sessionsRoute,
  storeRoute,
  teamRoute,
  templatesRoute,
  vouchersRoute,
  warehousesRoute,
  webhooksRoute,
} from './routes/tree.ts';

const routeTree = rootRoute.addChildren([
  loginRoute,
  registerRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  layoutRoute.addChildren([
    homeRoute,
    ordersRoute,
    newOrderRoute,
    orderDetailRoute,
    abandonedRoute,
    codLedgerRoute,
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
      webhooksRoute,
      apiKeysRoute,
      blocksRoute,
    ]),
  ]),
  adminRoute.addChildren([
    adminLoginRoute,
    adminLayoutRoute.addChildren([
      adminIndexRoute,
      adminDashboardRoute,
      adminSellersRoute,
      adminProductsRoute,
      adminOrdersRoute,
      adminSellerRoute,
      adminUsersRoute,
      adminAuditRoute,
      adminCacheRoute,
      adminCodLedgerRoute,
    ]),
  ]),
]);

export const router = createRouter({
  routeTree,
  // The server serves the dashboard at /app (vite.config.ts `base`).
  basepath: '/app',
  context: { session, adminSession, queryClient, trpc: trpcOutsideReact },
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
