import { day, optional, v } from '../url-search.ts';

// "Kas COD"'s range of WIB days, in the URL (shareable, survives a reload); the page shows the
// last 30 days when it names none. A hand-edited value the server would refuse is dropped.

export const codLedgerSearch = v.object({ from: optional(day), to: optional(day) });
export type CodLedgerSearch = v.InferOutput<typeof codLedgerSearch>;
