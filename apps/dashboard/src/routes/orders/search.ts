import { orderPaymentMethods, orderStatuses, riskLevels } from '@bosonline/contracts';
import { optional, searchText, z } from '../url-search.ts';

// The order list's filters, kept in the URL so a list can be shared or bookmarked. A hand-edited
// URL with a value the server would refuse drops that filter instead of breaking the page.

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const orderSearch = z.object({
  status: optional(z.enum(orderStatuses)),
  /** Buyer phone, invoice or AWB (the server also matches a buyer's name). */
  q: optional(searchText()),
  /** Asia/Jakarta days, inclusive. */
  from: optional(day),
  to: optional(day),
  paymentMethod: optional(z.enum(orderPaymentMethods)),
  /** COD risk level at checkout. */
  risk: optional(z.enum(riskLevels)),
});
export type OrderSearch = z.output<typeof orderSearch>;

/** Whether any filter besides the status tab is set. */
export function hasFilters(search: OrderSearch): boolean {
  return Boolean(search.q || search.from || search.to || search.paymentMethod || search.risk);
}
