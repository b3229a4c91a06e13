import { createSession } from './session.ts';
import { createQueryClient } from './trpc.ts';

// The platform staff's console (/app/admin) signs in on its own: its tokens sit under keys of
// their own, so a seller signed in in the same tab is not staff, and staff signing out leave the
// seller's session alone. Its answers live in a cache of their own too, so a 401 of the admin API
// ends the admin session only (the seller's cache sends its 401s to the seller's login).

export const adminSession = createSession({
  refreshToken: 'bos.admin.refreshToken',
  endOnServer: (client) => client.admin.auth.logout.mutate(),
});

let sessionEnded = () => {};
/** What to do when the admin session could not be refreshed (main.tsx: back to the admin login). */
export function onAdminSessionEnded(handler: () => void) {
  sessionEnded = handler;
}

export const adminQueryClient = createQueryClient(() => sessionEnded());
