import { abandonedStates } from '@bosonline/contracts';
import { z } from 'zod';

// The abandoned list's filters, in the URL; a hand-edited value the server would refuse is dropped.
export const abandonedSearch = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  state: z.enum(abandonedStates).optional().catch(undefined),
});
export type AbandonedSearch = z.output<typeof abandonedSearch>;
