import { orderPaymentMethods, orderStatuses, riskLevels } from '@bosonline/contracts';
import { day, optional, searchText, v } from '../url-search.ts';

// The order list's filters, kept in the URL so a list can be shared or bookmarked. A hand-edited
// URL with a value the server would refuse drops that filter instead of breaking the page.

export const orderSearch = v.object({
  status: optional(v.picklist(orderStatuses)),
  /** Buyer phone, invoice or AWB (the server also matches a buyer's name). */
  q: optional(searchText()),
  /** Asia/Jakarta days, inclusive. */
  from: optional(day),
  to: optional(day),
  paymentMethod: optional(v.picklist(orderPaymentMethods)),
  /** COD risk level at checkout. */
  risk: optional(v.picklist(riskLevels)),
});
export type OrderSearch = v.InferOutput<typeof orderSearch>;

/** Whether any filter besides the status tab is set. */
export function hasFilters(search: OrderSearch): boolean {
  return Boolean(search.q || search.from || search.to || search.paymentMethod || search.risk);
}
