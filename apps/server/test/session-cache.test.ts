import { sessionCacheMs } from '@bosonline/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, demoAdmin } from './admin-harness.ts';
import {
  expectError,
  newSeller,
  sellerClient,
  startTestServer,
  statementRecorder,
  type TestServer,
} from './harness.ts';

// A session's check is kept a few seconds (domains/auth/session-cache.ts), so a dashboard's reads
// cost the database nothing for it; and anything the check read changing is seen by the very next
// request: logout, a revoked device, a suspended account, a store member switched off, a rename.

let server: TestServer;
const { onStatement, statementsOf } = statementRecorder();
beforeAll(async () => {
  server = await startTestServer({ seed: true, background: false, onStatement });
});
afterAll(() => server?.close());

/** A second device of the same person: its own session and client. */
async function secondLogin(seller: { email: string; password: string }) {
  const tokens = await server.client().auth.login.mutate({ login: seller.email, password: seller.password });
  return { token: tokens.accessToken, client: server.client({ token: tokens.accessToken }) };
}

describe('the session check, kept for a few seconds', () => {
  it('answers a signed-in person’s next calls without a statement, and reads (and touches) again once the window passes', async () => {
    const owner = await sellerClient(server);
    const me = await owner.client.profile.me.query();
    expect(await statementsOf(() => owner.client.profile.me.query())).toEqual([]);
    // The window is the app clock's: past it, the check is read again, with the touch.
    server.clock.advance(sessionCacheMs);
    const again = await statementsOf(() => owner.client.profile.me.query());
    expect(again).toHaveLength(1);
    expect(again[0]).toContain('"Session"');
    // The once-a-minute touch writes lastSeenAt without forgetting anyone's kept check.
    server.clock.advance(61_000);
    expect(await statementsOf(() => owner.client.profile.me.query())).toHaveLength(1);
    expect(await statementsOf(() => owner.client.profile.me.query())).toEqual([]);
    const {
      items: [session],
    } = await owner.client.session.listActive.query();
    expect(session?.lastSeenAt.getTime()).toBe(server.clock.now().getTime());
    expect(await owner.client.profile.me.query()).toEqual(me);
  });

  it('refuses a token at once after its logout, though its check was kept a moment before', async () => {
    const owner = await sellerClient(server);
    const other = await secondLogin(owner.seller);
    await other.client.profile.me.query();
    await other.client.auth.logout.mutate();
    await expectError(server.client({ token: other.token }).profile.me.query(), 'UNAUTHORIZED');
    // The person's other session is untouched.
    expect((await owner.client.profile.me.query()).id).toBe(owner.userId);
  });

  it('refuses a device at once after another device revokes it', async () => {
    const owner = await sellerClient(server);
    const tablet = await secondLogin(owner.seller);
    await tablet.client.order.list.query({ limit: 1 });
    const { items } = await owner.client.session.listActive.query();
    const tabletSession = items.find((s) => !s.current);
    await owner.client.session.revoke.mutate({ id: tabletSession!.id });
    await expectError(tablet.client.order.list.query({ limit: 1 }), 'UNAUTHORIZED');
  });

  it('shuts a store member out at once when switched off, and lets them back in when switched on', async () => {
    const owner = await sellerClient(server);
    const person = newSeller();
    const member = await owner.client.staff.create.mutate({ ...person, role: 'cs' });
    const cs = await secondLogin(person);
    expect((await cs.client.profile.me.query()).store?.role).toBe('cs');
    await cs.client.order.list.query({ limit: 1 });
    await owner.client.staff.setStatus.mutate({ id: member.id, status: 'inactive' });
    await expectError(cs.client.order.list.query({ limit: 1 }), 'FORBIDDEN');
    expect((await cs.client.profile.me.query()).store).toBeNull();
    await owner.client.staff.setStatus.mutate({ id: member.id, status: 'active' });
    expect((await cs.client.order.list.query({ limit: 1 })).items).toEqual([]);
  });

  it('shows an account edit and a store rename on the next call', async () => {
    const owner = await sellerClient(server);
    const tablet = await secondLogin(owner.seller);
    await tablet.client.profile.me.query();
    await owner.client.profile.update.mutate({ name: 'Nama Baru' });
    await owner.client.store.update.mutate({ name: 'Toko Baru' });
    const me = await tablet.client.profile.me.query();
    expect(me.name).toBe('Nama Baru');
    expect(me.store?.name).toBe('Toko Baru');
  });

  it('refuses a suspended seller’s kept session at once', async () => {
    const owner = await sellerClient(server);
    await owner.client.profile.me.query();
    const admin = await adminLogin(server, demoAdmin.email, demoAdmin.password);
    const suspended = await server.rest('PATCH', `/admin/sellers/${owner.userId}`, {
      token: admin.token,
      body: { status: 'suspended', marking: 'fraud' },
    });
    expect(suspended.status).toBe(200);
    await expectError(owner.client.profile.me.query(), 'UNAUTHORIZED');
  });
});
