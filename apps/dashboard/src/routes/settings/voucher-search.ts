import { voucherStates } from '@bosonline/contracts';
import { optional, searchText, z } from '../url-search.ts';

// The list's filters live in the URL so a filtered list can be shared; a value the server would
// refuse drops that filter instead of breaking the page.
export const voucherSearch = z.object({
  q: optional(searchText()),
  state: optional(z.enum(voucherStates)),
});
export type VoucherSearch = z.input<typeof voucherSearch>;
