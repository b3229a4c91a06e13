import { optional, z } from '../url-search.ts';

// "Kas COD"'s range of WIB days, in the URL (shareable, survives a reload); the page shows the
// last 30 days when it names none. A hand-edited value the server would refuse is dropped.

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const codLedgerSearch = z.object({ from: optional(day), to: optional(day) });
export type CodLedgerSearch = z.output<typeof codLedgerSearch>;
