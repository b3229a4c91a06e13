import { listProcedures, restRouteTable } from '@bosonline/api';
import { type AdminRole, adminRoleCan, adminRoles } from '@bosonline/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminClient, adminLogin, demoAdmin, staffMaker } from './admin-harness.ts';
import { callTrpc } from './fuzz/doors.ts';
import { startTestServer, type TestServer } from './harness.ts';

// Who may call the admin realm, for every procedure of it as the router lists it (built on
// `adminProcedure`, so `meta.platformStaff`): nobody without a token (401), no internal user whose
// account was deactivated after logging in (401), and no role the permission table leaves out (403).
// Auth is checked before input, so each procedure is called without any.

const staffOnly = listProcedures()
  .filter((p) => p.meta.platformStaff)
  .sort((a, b) => a.path.localeCompare(b.path));
const staffRoutes = restRouteTable.filter((route) => staffOnly.some((p) => p.path === route.procedure));
const someId = '00000000-0000-4000-8000-000000000000';

let server: TestServer;
let superadmin: AdminClient;
let staff: ReturnType<typeof staffMaker>;
beforeAll(async () => {
  server = await startTestServer({ seed: true });
  superadmin = (await adminLogin(server, demoAdmin.email, demoAdmin.password)).client;
  staff = staffMaker(server, () => superadmin, 'access-');
});
afterAll(() => server?.close());

/**
 * The tRPC status of each staff procedure `only` keeps, and the status of each of their REST
 * routes, for one caller (uploads get an empty form, so the door reaches the procedure).
 */
async function statusesFor(token: string, only: (path: string) => boolean = () => true) {
  const trpc = await Promise.all(
    staffOnly
      .filter((p) => only(p.path))
      .map(async (p) => [p.path, (await callTrpc(server, token, p, undefined)).status] as const),
  );
  const rest = await Promise.all(
    staffRoutes
      .filter((route) => only(route.procedure))
      .map(async (route) => {
        const res = await fetch(`${server.url}${route.path.replace(/\{\w+\}/g, someId)}`, {
          method: route.method,
          headers: token ? { authorization: `Bearer ${token}` } : {},
          body: route.upload ? new FormData() : undefined,
        });
        await res.body?.cancel();
        return [`${route.method} ${route.path}`, res.status] as const;
      }),
  );
  return new Map([...trpc, ...rest]);
}

const unlike = (statuses: Map<string, number>, expected: number) =>
  [...statuses].filter(([, status]) => status !== expected).map(([name, status]) => `${name}: ${status}`);

describe('admin realm access, every procedure', () => {
  it('finds every admin procedure but the login behind adminProcedure', () => {
    const admin = listProcedures().filter((p) => p.path.startsWith('admin.'));
    expect(admin.filter((p) => !p.meta.platformStaff).map((p) => p.path)).toEqual(['admin.auth.login']);
    expect(staffRoutes.length).toBeGreaterThan(40);
  });

  it('answers 401 without a token', async () => {
    expect(unlike(await statusesFor(''), 401)).toEqual([]);
  });

  it("answers 403 to a seller's token: signed in, but not platform staff", async () => {
    const seller = await server
      .client()
      .auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
    expect(unlike(await statusesFor(seller.accessToken), 403)).toEqual([]);
  });

  it('answers 401 to an internal user deactivated since logging in', async () => {
    const ops = await staff('operations');
    expect((await ops.client.admin.auth.me.query()).email).toBe(ops.user.email);
    await superadmin.admin.users.setActive.mutate({ id: ops.user.id, active: false });
    expect(unlike(await statusesFor(ops.token), 401)).toEqual([]);
  });

  it.each(adminRoles.filter((role) => role !== 'superadmin'))(
    'answers 403 to %s where its role lacks the permission',
    async (role: AdminRole) => {
      const { token } = await staff(role);
      const lacking = (path: string) => {
        const permission = staffOnly.find((p) => p.path === path)?.meta.adminPermission;
        return !!permission && !adminRoleCan(role, permission);
      };
      // Only what the role lacks: a call it may make (admin.auth.logout) would end the session.
      const refused = await statusesFor(token, lacking);
      expect(refused.size, `${role} lacks nothing?`).toBeGreaterThan(0);
      expect(unlike(refused, 403)).toEqual([]);
    },
  );
});
