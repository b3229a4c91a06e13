import { catalogStatuses } from '@bosonline/contracts';
import { optional, searchText, v } from '../url-search.ts';

// The form list's filters, kept in the URL so a filtered list can be shared; a value the server
// would refuse drops that filter instead of breaking the page.

export const formSearch = v.object({
  /** Name or slug substring. */
  q: optional(searchText()),
  status: optional(v.picklist(catalogStatuses)),
});
export type FormSearch = v.InferOutput<typeof formSearch>;

export function hasFilters(search: FormSearch): boolean {
  return Boolean(search.q || search.status);
}
