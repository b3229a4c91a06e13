import { abandonedStates } from '@bosonline/contracts';
import { optional, searchText, v } from '../url-search.ts';

// The abandoned list's filters, in the URL; a hand-edited value the server would refuse is dropped.
export const abandonedSearch = v.object({
  q: optional(searchText()),
  state: optional(v.picklist(abandonedStates)),
});
export type AbandonedSearch = v.InferOutput<typeof abandonedSearch>;
