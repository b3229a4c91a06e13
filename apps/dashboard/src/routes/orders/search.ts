import { orderPaymentMethods, orderStatuses } from '@bosonline/contracts';
import { z } from 'zod';

// The order list's filters, kept in the URL so a list can be shared or bookmarked. A hand-edited
// URL with a value the server would refuse drops that filter instead of breaking the page.

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const orderSearch = z.object({
  status: z.enum(orderStatuses).optional().catch(undefined),
  /** Buyer phone, invoice or AWB (the server also matches a buyer's name). */
  q: z.string().trim().max(100).optional().catch(undefined),
  /** Asia/Jakarta days, inclusive. */
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  paymentMethod: z.enum(orderPaymentMethods).optional().catch(undefined),
});
export type OrderSearch = z.output<typeof orderSearch>;

/** Whether any filter besides the status tab is set. */
export function hasFilters(search: OrderSearch): boolean {
  return Boolean(search.q || search.from || search.to || search.paymentMethod);
}
