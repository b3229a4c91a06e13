// Notifications carry the API's path of what they are about (`/store/order/INV57123`); the
// dashboard pages that show the same thing are found here. Paths without a page yet get no link.

const orderPath = /^\/store\/order\/(INV\d{1,18})$/;

export function dashboardLink(
  link: string | null,
): { to: '/orders/$invoice'; params: { invoice: string } } | null {
  const invoice = link?.match(orderPath)?.[1];
  return invoice ? { to: '/orders/$invoice', params: { invoice } } : null;
}
