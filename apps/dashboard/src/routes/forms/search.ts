import { catalogStatuses } from '@bosonline/contracts';
import { z } from 'zod';

// The form list's filters, kept in the URL so a filtered list can be shared; a value the server
// would refuse drops that filter instead of breaking the page.

export const formSearch = z.object({
  /** Name or slug substring. */
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(catalogStatuses).optional().catch(undefined),
});
export type FormSearch = z.output<typeof formSearch>;

export function hasFilters(search: FormSearch): boolean {
  return Boolean(search.q || search.status);
}
