import { createRoute, redirect } from '@tanstack/react-router';
import { withEarlyAnswer } from '../api/early-answers.ts';
import { onlySignedOut } from '../components/auth/signed-out.ts';
import { orderListOptions } from '../hooks/orders.ts';
import { abandonedSearch } from './abandoned/search.ts';
import { adminLayoutRoute, adminRoute } from './admin/layout.tsx';
import {
  adminCodLedgerSearch,
  adminOrderSearch,
  adminProductSearch,
  auditSearch,
  cacheSearch,
  dashboardSearch,
  internalUserSearch,
  sellerSearch,
} from './admin/search.ts';
import { forgotSearch, loginSearch } from './auth/search.ts';
import { codLedgerSearch } from './cod-ledger/search.ts';
import { formSearch } from './forms/search.ts';
import { layoutRoute } from './layout.tsx';
import { orderSearch } from './orders/search.ts';
import { inventorySearch, productSearch } from './products/search.ts';
import { rootRoute } from './root.tsx';
import { settingsRoute } from './settings/section.tsx';
import { voucherSearch } from './settings/voucher-search.ts';

// Every page's place in the app, its URL search and its guard, without the page itself: each
// page's code is a chunk of its own, fetched when the page is first opened (or hovered: the
// router preloads on intent). The sign-in pages, the order list and the form builder thus never
// weigh on each other's first load.

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: loginSearch,
  // Already signed in (a bookmarked login page): straight to the dashboard.
  beforeLoad: ({ context }) => {
    if (context.session.get().signedIn) throw redirect({ to: '/' });
  },
}).lazy(() => import('./login.tsx').then((m) => m.loginPageLazy));

export const registerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/register',
  beforeLoad: onlySignedOut,
}).lazy(() => import('./auth/register.tsx').then((m) => m.registerPageLazy));

export const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  validateSearch: forgotSearch,
  beforeLoad: onlySignedOut,
}).lazy(() => import('./auth/forgot-password.tsx').then((m) => m.forgotPasswordPageLazy));

export const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  // `login`: who asked, so "ask for a new code" does not make them type it again.
  validateSearch: forgotSearch,
  beforeLoad: onlySignedOut,
}).lazy(() => import('./auth/reset-password.tsx').then((m) => m.resetPasswordPageLazy));

export const homeRoute = createRoute({
  getParentRoute: () => layoutRoute,
  path: '/',
}).lazy(() => import('./home.tsx').then((m) => m.homePageLazy));

export const ordersRoute = createRoute({
  getParentRoute: () => layoutRoute,
  path: '/orders',
  validateSearch: orderSearch,
  // The first page is asked for while the page's code is still on its way (not awaited: the page
  // shows its skeleton meanwhile, and the query picks up this very request).
  loaderDeps: ({ search }) => search,
  loader: ({ context, deps }) => {
    void context.queryClient.prefetchInfiniteQuery(withEarlyAnswer(orderListOptions(context.trpc(), deps)));
  },
}).lazy(() => import('./orders/list.tsx').then((m) => m.ordersPageLazy));

/** "Atur Pengiriman": an order placed for a buyer (before `$invoice`, which would take "new"). */
export const newOrderRoute = createRoute({
  getParentRoute: () => layoutRoute,
  path: '/orders/new',
}).lazy(() => import('./orders/new.tsx').then((m) => m.newOrderPageLazy));

export const orderDetailRoute = createRoute({
  getParentRoute: () => layoutRoute,
  path: '/orders/$invoice',
}).lazy(() => import('./orders/detail.tsx').then((m) => m.orderDetailPageLazy));

export const abandonedRoute = createRoute({
  getParentRoute: () => layoutRoute,
  path: '/abandoned',
  validateSearch: abandonedSearch,
}).lazy(() => import('./abandoned/list.tsx').then((m) => m.abandonedPageLazy));

export const codLedgerRoute = createRoute({
  getParentRoute: () => layoutRoute,
  path: '/cod-ledger',
  validateSearch: codLedgerSearch,
}).lazy(() => import('./cod-ledger/page.tsx').then((m) => m.codLedgerPageLazy));

export const productsRoute = createRoute({
  getParentRoute: () => layoutRoute,
  path: '/products',
  validateSearch: productSearch,
}).lazy(() => import('./products/list.tsx').then((m) => m.productsPageLazy));

export const newProductRoute = createRoute({
  getParentRoute: () => layoutRoute,
  path: '/products/new',
}).lazy(() => import('./products/form.tsx').then((m) => m.newProductPageLazy));

export const inventoryRoute = createRoute({
  getParentRoute: () => layoutRoute,
  path: '/products/inventory',
  validateSearch: inventorySearch,
}).lazy(() => import('./products/inventory.tsx').then((m) => m.inventoryPageLazy));

export const editProductRoute = createRoute({
  getParentRoute: () => layoutRoute,
  path: '/products/$id',
}).lazy(() => import('./products/form.tsx').then((m) => m.editProductPageLazy));

export const formsRoute = createRoute({
  getParentRoute: () => layoutRoute,
  path: '/forms',
  validateSearch: formSearch,
}).lazy(() => import('./forms/list.tsx').then((m) => m.formsPageLazy));

export const newFormRoute = createRoute({
  getParentRoute: () => layoutRoute,
  path: '/forms/new',
}).lazy(() => import('./forms/new.tsx').then((m) => m.newFormPageLazy));

export const editFormRoute = createRoute({
  getParentRoute: () => layoutRoute,
  path: '/forms/$formId',
}).lazy(() => import('./forms/edit.tsx').then((m) => m.editFormPageLazy));

export const storeRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'store',
}).lazy(() => import('./settings/store.tsx').then((m) => m.storePageLazy));

export const domainsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'domains',
}).lazy(() => import('./settings/domains.tsx').then((m) => m.domainsPageLazy));

export const warehousesRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'warehouses',
}).lazy(() => import('./settings/warehouses.tsx').then((m) => m.warehousesPageLazy));

export const bankAccountsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'bank-accounts',
}).lazy(() => import('./settings/bank-accounts.tsx').then((m) => m.bankAccountsPageLazy));

export const vouchersRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'vouchers',
  validateSearch: voucherSearch,
}).lazy(() => import('./settings/vouchers.tsx').then((m) => m.vouchersPageLazy));

export const templatesRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'templates',
}).lazy(() => import('./settings/templates.tsx').then((m) => m.templatesPageLazy));

export const teamRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'team',
}).lazy(() => import('./settings/team.tsx').then((m) => m.teamPageLazy));

export const accountRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'account',
}).lazy(() => import('./settings/account.tsx').then((m) => m.accountPageLazy));

export const sessionsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'sessions',
}).lazy(() => import('./settings/sessions.tsx').then((m) => m.sessionsPageLazy));

export const webhooksRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'webhooks',
}).lazy(() => import('./settings/webhooks.tsx').then((m) => m.webhooksPageLazy));
export const apiKeysRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'api-keys',
}).lazy(() => import('./settings/api-keys.tsx').then((m) => m.apiKeysPageLazy));
export const blocksRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'blocks',
}).lazy(() => import('./settings/blocks.tsx').then((m) => m.blocksPageLazy));

// The platform staff's console: its own login and session (routes/admin/layout.tsx).

export const adminLoginRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/login',
  validateSearch: loginSearch,
  beforeLoad: ({ context }) => {
    if (context.adminSession.get().signedIn) throw redirect({ to: '/admin' });
  },
}).lazy(() => import('./admin/login.tsx').then((m) => m.adminLoginPageLazy));

/** The console's landing: the first section the staff member's role may open (the dashboard for most). */
export const adminIndexRoute = createRoute({
  getParentRoute: () => adminLayoutRoute,
  path: '/',
}).lazy(() => import('./admin/landing.tsx').then((m) => m.adminLandingLazy));

export const adminDashboardRoute = createRoute({
  getParentRoute: () => adminLayoutRoute,
  path: '/dashboard',
  validateSearch: dashboardSearch,
}).lazy(() => import('./admin/dashboard.tsx').then((m) => m.adminDashboardPageLazy));

export const adminProductsRoute = createRoute({
  getParentRoute: () => adminLayoutRoute,
  path: '/products',
  validateSearch: adminProductSearch,
}).lazy(() => import('./admin/products.tsx').then((m) => m.adminProductsPageLazy));

export const adminOrdersRoute = createRoute({
  getParentRoute: () => adminLayoutRoute,
  path: '/orders',
  validateSearch: adminOrderSearch,
}).lazy(() => import('./admin/orders.tsx').then((m) => m.adminOrdersPageLazy));

export const adminSellersRoute = createRoute({
  getParentRoute: () => adminLayoutRoute,
  path: '/sellers',
  validateSearch: sellerSearch,
}).lazy(() => import('./admin/sellers.tsx').then((m) => m.adminSellersPageLazy));

export const adminSellerRoute = createRoute({
  getParentRoute: () => adminLayoutRoute,
  path: '/sellers/$id',
}).lazy(() => import('./admin/seller.tsx').then((m) => m.adminSellerPageLazy));

export const adminUsersRoute = createRoute({
  getParentRoute: () => adminLayoutRoute,
  path: '/users',
  validateSearch: internalUserSearch,
}).lazy(() => import('./admin/users.tsx').then((m) => m.adminUsersPageLazy));

export const adminAuditRoute = createRoute({
  getParentRoute: () => adminLayoutRoute,
  path: '/audit',
  validateSearch: auditSearch,
}).lazy(() => import('./admin/audit.tsx').then((m) => m.adminAuditPageLazy));

export const adminCacheRoute = createRoute({
  getParentRoute: () => adminLayoutRoute,
  path: '/cache',
  validateSearch: cacheSearch,
}).lazy(() => import('./admin/cache.tsx').then((m) => m.adminCachePageLazy));

export const adminCodLedgerRoute = createRoute({
  getParentRoute: () => adminLayoutRoute,
  path: '/cod-ledger',
  validateSearch: adminCodLedgerSearch,
}).lazy(() => import('./admin/cod-ledger.tsx').then((m) => m.adminCodLedgerPageLazy));
