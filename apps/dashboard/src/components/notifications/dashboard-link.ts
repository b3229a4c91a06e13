// Notifications carry the API's path of what they are about (`/store/order/INV57123`); the
// dashboard pages that show the same thing are found here. Paths without a page yet get no link.

const orderPath = /^\/store\/order\/(INV\d{1,18})$/;

export type DashboardLink =
  | { to: '/orders/$invoice'; params: { invoice: string } }
  | { to: '/settings/team'; params?: undefined };

export function dashboardLink(link: string | null): DashboardLink | null {
  if (link === '/store/staff') return { to: '/settings/team' };
  const invoice = link?.match(orderPath)?.[1];
  return invoice ? { to: '/orders/$invoice', params: { invoice } } : null;
}
