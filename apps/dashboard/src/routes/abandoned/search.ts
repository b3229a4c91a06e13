import { abandonedStates } from '@bosonline/contracts';
import { optional, searchText, z } from '../url-search.ts';

// The abandoned list's filters, in the URL; a hand-edited value the server would refuse is dropped.
export const abandonedSearch = z.object({
  q: optional(searchText()),
  state: optional(z.enum(abandonedStates)),
});
export type AbandonedSearch = z.output<typeof abandonedSearch>;
