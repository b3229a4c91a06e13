import type { AdminRole } from '@bosonline/contracts';
import type { TestServer } from './harness.ts';

// The admin realm's test helpers, shared by the admin test files: logging platform staff in, and
// making internal users of a role (created by a superadmin through the API, then logged in).

export type AdminClient = ReturnType<TestServer['client']>;

export const demoAdmin = { email: 'admin@bosonline.id', password: 'admin12345' };
const staffPassword = 'staff-pass-123';

/** Logs an internal user in; answers their client and access token. */
export async function adminLogin(server: TestServer, email: string, password: string) {
  const tokens = await server.client().admin.auth.login.mutate({ email, password });
  return { client: server.client({ token: tokens.accessToken }), token: tokens.accessToken };
}

/**
 * Makes `staff(role)`: a new internal user of that role, created by `superadmin()` (read at each
 * call, as a test may log the superadmin in again), logged in. `prefix` keeps each file's emails apart.
 */
export function staffMaker(server: TestServer, superadmin: () => AdminClient, prefix: string) {
  let serial = 0;
  return async (role: AdminRole) => {
    serial += 1;
    const email = `${prefix}${role}${serial}@bosonline.id`;
    const user = await superadmin().admin.users.create.mutate({
      name: `${role} ${serial}`,
      email,
      password: staffPassword,
      role,
    });
    return { user, password: staffPassword, ...(await adminLogin(server, email, staffPassword)) };
  };
}
