import { voucherStates } from '@bosonline/contracts';
import { optional, searchText, v } from '../url-search.ts';

// The list's filters live in the URL so a filtered list can be shared; a value the server would
// refuse drops that filter instead of breaking the page.
export const voucherSearch = v.object({
  q: optional(searchText()),
  state: optional(v.picklist(voucherStates)),
});
export type VoucherSearch = v.InferInput<typeof voucherSearch>;
