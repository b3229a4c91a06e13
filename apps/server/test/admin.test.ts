import {
  type AdminPermission,
  type AdminRole,
  adminPermissions,
  adminRoleCan,
  adminRoles,
} from '@bosonline/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminClient, adminLogin, demoAdmin, staffMaker } from './admin-harness.ts';
import { newTransferOrder } from './demo-orders.ts';
import { expectError, newSeller, sellerClient, startTestServer, type TestServer } from './harness.ts';

// The admin realm's foundation: internal users and their permission table, the audit log of every
// admin write, and sellers (list, detail, status and markings, suspension), through the SDK and
// the REST door against a real server.

type Client = AdminClient;

let server: TestServer;
let superadmin: Client;
let superToken: string;
const login = (email: string, password: string) => adminLogin(server, email, password);
let staff: ReturnType<typeof staffMaker>;

async function auditOf(targetId: string) {
  return (await superadmin.admin.audit.list.query({ targetId, limit: 100 })).items;
}

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  ({ client: superadmin, token: superToken } = await login(demoAdmin.email, demoAdmin.password));
  staff = staffMaker(server, () => superadmin, '');
});
afterAll(() => server?.close());

const someId = '00000000-0000-4000-8000-000000000000';

/** Every admin procedure of this group, the permission it needs, and a call with valid input. */
const procedures: { name: string; permission: AdminPermission; call: (c: Client) => Promise<unknown> }[] = [
  { name: 'users.list', permission: 'adminUser.manage', call: (c) => c.admin.users.list.query({}) },
  {
    name: 'users.detail',
    permission: 'adminUser.manage',
    call: (c) => c.admin.users.detail.query({ id: someId }),
  },
  {
    name: 'users.create',
    permission: 'adminUser.manage',
    call: (c) =>
      c.admin.users.create.mutate({
        name: 'X',
        email: 'x@bosonline.id',
        password: 'x-pass-1234',
        role: 'support',
      }),
  },
  {
    name: 'users.update',
    permission: 'adminUser.manage',
    call: (c) => c.admin.users.update.mutate({ id: someId, name: 'Y' }),
  },
  {
    name: 'users.setActive',
    permission: 'adminUser.manage',
    call: (c) => c.admin.users.setActive.mutate({ id: someId, active: false }),
  },
  {
    name: 'users.delete',
    permission: 'adminUser.manage',
    call: (c) => c.admin.users.delete.mutate({ id: someId }),
  },
  { name: 'audit.list', permission: 'audit.view', call: (c) => c.admin.audit.list.query({}) },
  { name: 'seller.list', permission: 'seller.view', call: (c) => c.admin.seller.list.query({}) },
  {
    name: 'seller.detail',
    permission: 'seller.view',
    call: (c) => c.admin.seller.detail.query({ id: someId }),
  },
  {
    name: 'seller.updateStatus',
    permission: 'seller.manage',
    call: (c) => c.admin.seller.updateStatus.mutate({ id: someId, marking: 'watch' }),
  },
  {
    name: 'seller.updateMarking',
    permission: 'seller.manage',
    call: (c) => c.admin.seller.updateMarking.mutate({ ids: [someId], marking: 'watch' }),
  },
  { name: 'post.list', permission: 'post.manage', call: (c) => c.admin.post.list.query({}) },
  {
    name: 'post.create',
    permission: 'post.manage',
    call: (c) => c.admin.post.create.mutate({ kind: 'announcement', title: 'T', body: 'B' }),
  },
  { name: 'post.delete', permission: 'post.manage', call: (c) => c.admin.post.delete.mutate({ id: someId }) },
];

describe('who may call what', () => {
  it('refuses a seller token on every admin procedure (403) and anonymous callers (401)', async () => {
    const seller = await sellerClient(server);
    for (const p of procedures) {
      await expectError(p.call(seller.client), 'FORBIDDEN');
      await expectError(p.call(server.client()), 'UNAUTHORIZED');
    }
    expect((await server.rest('GET', '/admin/users', { token: seller.token })).status).toBe(403);
    expect((await server.rest('GET', '/admin/sellers')).status).toBe(401);
  });

  it('refuses staff whose role lacks the permission (403), per the one table', async () => {
    const byRole = new Map<AdminRole, Client>();
    for (const role of adminRoles) if (role !== 'superadmin') byRole.set(role, (await staff(role)).client);
    for (const p of procedures) {
      for (const [role, client] of byRole) {
        if (adminRoleCan(role, p.permission)) continue;
        await expectError(p.call(client), 'FORBIDDEN');
      }
    }
    // Reads that every role may make do answer them.
    for (const client of byRole.values())
      expect((await client.admin.seller.list.query({})).items.length).toBeGreaterThan(0);
    const support = byRole.get('support') as Client;
    expect(
      (await server.rest('GET', '/admin/audit-log', { token: (await staff('operations')).token })).status,
    ).toBe(403);
    await expectError(support.admin.users.list.query({}), 'FORBIDDEN');
  });

  it('tells each role its permissions in the profile, exactly those the server lets it use', async () => {
    expect((await superadmin.admin.auth.me.query()).permissions).toEqual([...adminPermissions]);
    for (const role of adminRoles) {
      if (role === 'superadmin') continue;
      const { client } = await staff(role);
      const me = await client.admin.auth.me.query();
      expect(me.role).toBe(role);
      expect(me.permissions).toEqual(adminPermissions.filter((p) => adminRoleCan(role, p)));
      // A console hiding what is not listed hides nothing the server would allow.
      for (const p of procedures.filter((p) => !me.permissions.includes(p.permission)))
        await expectError(p.call(client), 'FORBIDDEN');
    }
    const rest = await server.rest('GET', '/admin/auth/me', { token: superToken });
    expect(rest.body.data).toMatchObject({ permissions: expect.arrayContaining(['audit.view']) });
  });

  it('answers 401 to an admin deactivated since logging in, on every procedure', async () => {
    const ops = await staff('operations');
    expect((await ops.client.admin.seller.list.query({})).items.length).toBeGreaterThan(0);
    await superadmin.admin.users.setActive.mutate({ id: ops.user.id, active: false });
    for (const p of procedures) await expectError(p.call(ops.client), 'UNAUTHORIZED');
    await expectError(
      server.client().admin.auth.login.mutate({ email: ops.user.email, password: 'staff-pass-123' }),
      'UNAUTHORIZED',
    );
    // Reactivated, they log in again (the old session stays ended).
    await superadmin.admin.users.setActive.mutate({ id: ops.user.id, active: true });
    await expectError(ops.client.admin.seller.list.query({}), 'UNAUTHORIZED');
    const again = await login(ops.user.email, 'staff-pass-123');
    expect((await again.client.admin.seller.list.query({})).items.length).toBeGreaterThan(0);
  });

  it('keeps the cache endpoints for superadmins only', async () => {
    for (const role of ['operations', 'finance', 'support'] as const) {
      const s = await staff(role);
      await expectError(s.client.admin.cache.stats.query(), 'FORBIDDEN');
      await expectError(s.client.admin.cache.flush.mutate(), 'FORBIDDEN');
    }
    expect(await superadmin.admin.cache.stats.query()).toHaveProperty('hits');
  });
});

describe('internal users', () => {
  it('creates, lists, shows, edits and deletes them, each write audited with before and after', async () => {
    const created = await superadmin.admin.users.create.mutate({
      name: 'Fina Unik',
      email: 'Fina@BosOnline.id',
      password: 'fina-pass-123',
      role: 'finance',
    });
    expect(created).toMatchObject({ email: 'fina@bosonline.id', role: 'finance', active: true });
    expect(created).not.toHaveProperty('passwordHash');
    await expectError(
      superadmin.admin.users.create.mutate({
        name: 'Dup',
        email: 'fina@bosonline.id',
        password: 'dup-pass-123',
        role: 'support',
      }),
      'CONFLICT',
    );

    // Keyset paging walks every user once.
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await superadmin.admin.users.list.query({ limit: 2, cursor });
      seen.push(...page.items.map((u) => u.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain(created.id);
    expect(
      (await superadmin.admin.users.list.query({ role: 'finance', q: 'unik' })).items.map((u) => u.id),
    ).toEqual([created.id]);

    const rest = await server.rest('GET', `/admin/users/${created.id}`, { token: superToken });
    expect(rest.status).toBe(200);
    expect(rest.body.data).toMatchObject({ id: created.id, name: 'Fina Unik' });

    const edited = await server.rest('PUT', `/admin/users/${created.id}`, {
      token: superToken,
      body: { name: 'Fina Keuangan', role: 'operations' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.data).toMatchObject({ name: 'Fina Keuangan', role: 'operations' });

    const fina = await login('fina@bosonline.id', 'fina-pass-123');
    await superadmin.admin.users.update.mutate({ id: created.id, password: 'fina-pass-456' });
    await expectError(fina.client.admin.auth.me.query(), 'UNAUTHORIZED'); // a new password ends sessions

    const deleted = await server.rest('DELETE', `/admin/users/${created.id}`, { token: superToken });
    expect(deleted.status).toBe(200);
    await expectError(superadmin.admin.users.detail.query({ id: created.id }), 'NOT_FOUND');

    const audit = await auditOf(created.id);
    expect(audit.map((a) => a.action).reverse()).toEqual([
      'admin.users.create',
      'admin.users.update',
      'admin.users.update',
      'admin.users.delete',
    ]);
    const [remove, password, edit, create] = audit;
    expect(create).toMatchObject({ before: null, after: { email: 'fina@bosonline.id', role: 'finance' } });
    expect(edit).toMatchObject({
      before: { name: 'Fina Unik', role: 'finance' },
      after: { name: 'Fina Keuangan', role: 'operations' },
      adminEmail: 'admin@bosonline.id',
    });
    expect(password?.after).toMatchObject({ passwordChanged: true });
    expect(JSON.stringify(audit)).not.toContain('passwordHash');
    expect(remove).toMatchObject({ before: { name: 'Fina Keuangan' }, after: null });
    for (const row of audit) expect(row.requestId).toMatch(/\S/);
  });

  it('never removes the last active superadmin (409), but allows it once another exists', async () => {
    const me = await superadmin.admin.auth.me.query();
    const audited = (await auditOf(me.id)).length;
    await expectError(superadmin.admin.users.setActive.mutate({ id: me.id, active: false }), 'CONFLICT');
    await expectError(superadmin.admin.users.update.mutate({ id: me.id, role: 'support' }), 'CONFLICT');
    await expectError(superadmin.admin.users.delete.mutate({ id: me.id }), 'CONFLICT');
    expect((await server.rest('DELETE', `/admin/users/${me.id}`, { token: superToken })).status).toBe(409);
    expect(await auditOf(me.id)).toHaveLength(audited); // a refused write leaves no audit row

    const second = await staff('superadmin');
    await second.client.admin.users.setActive.mutate({ id: me.id, active: false });
    await expectError(superadmin.admin.auth.me.query(), 'UNAUTHORIZED');
    // Now the second one is the last: it cannot demote itself.
    await expectError(
      second.client.admin.users.update.mutate({ id: second.user.id, role: 'operations' }),
      'CONFLICT',
    );
    await second.client.admin.users.setActive.mutate({ id: me.id, active: true });
    ({ client: superadmin, token: superToken } = await login('admin@bosonline.id', 'admin12345'));
    await superadmin.admin.users.delete.mutate({ id: second.user.id });
  });

  it('refuses bad input with a 400 and writes nothing', async () => {
    const before = (await superadmin.admin.audit.list.query({ limit: 1 })).items[0]?.id;
    const bad = await server.rest('POST', '/admin/users', {
      token: superToken,
      body: { name: 'Z', email: 'not-an-email', password: 'short', role: 'king' },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors ?? {})).toEqual(expect.arrayContaining(['email', 'password', 'role']));
    expect((await superadmin.admin.audit.list.query({ limit: 1 })).items[0]?.id).toBe(before);
  });
});

describe('audit log', () => {
  it('pages newest first and filters by admin, action, target and time', async () => {
    const ops = await staff('operations');
    const post = await ops.client.admin.post.create.mutate({
      kind: 'announcement',
      title: 'Audit',
      body: 'Body',
    });
    await ops.client.admin.post.delete.mutate({ id: post.id });
    const byOps = await superadmin.admin.audit.list.query({ adminUserId: ops.user.id });
    expect(byOps.items.map((a) => a.action)).toEqual(['admin.post.delete', 'admin.post.create']);
    expect(byOps.items[0]).toMatchObject({
      targetType: 'platformPost',
      targetId: post.id,
      before: { title: 'Audit' },
    });

    const group = await superadmin.admin.audit.list.query({ action: 'admin.post.', limit: 100 });
    expect(group.items.every((a) => a.action.startsWith('admin.post.'))).toBe(true);
    expect((await superadmin.admin.audit.list.query({ to: new Date(Date.now() - 3_600_000) })).items).toEqual(
      [],
    );

    const all: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await superadmin.admin.audit.list.query({ limit: 3, cursor });
      all.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThan(5);

    const rest = await server.rest('GET', `/admin/audit-log?adminUserId=${ops.user.id}&limit=1`, {
      token: superToken,
    });
    expect(rest.status).toBe(200);
    expect((rest.body.data as { items: unknown[] }).items).toHaveLength(1);
    expect((await server.rest('GET', '/admin/audit-log?cursor=junk', { token: superToken })).status).toBe(
      400,
    );
  });

  it('records the cache group’s drops too', async () => {
    await superadmin.admin.cache.deletePattern.mutate({ pattern: 'bos:region:*' });
    const [row] = (await superadmin.admin.audit.list.query({ action: 'admin.cache.deletePattern' })).items;
    expect(row).toMatchObject({
      targetType: 'cache',
      targetId: 'bos:region:*',
      after: { deleted: expect.any(Number) },
    });
  });
});

describe('sellers', () => {
  it('lists sellers with search, status, marking and registration filters, keyset paged', async () => {
    const a = await sellerClient(server, { name: 'Ani Marking' });
    const b = await sellerClient(server, { name: 'Budi Marking' });
    await superadmin.admin.seller.updateMarking.mutate({ ids: [a.userId, b.userId], marking: 'verified' });
    await superadmin.admin.seller.updateStatus.mutate({ id: b.userId, marking: 'watch' });

    const q = await superadmin.admin.seller.list.query({ q: 'marking' });
    expect(q.items.map((s) => s.id)).toEqual([b.userId, a.userId]); // newest first
    expect(q.items[0]?.stores).toHaveLength(1);
    expect(
      (await superadmin.admin.seller.list.query({ q: 'marking', marking: 'watch' })).items.map((s) => s.id),
    ).toEqual([b.userId]);
    expect((await superadmin.admin.seller.list.query({ q: a.seller.phone })).items.map((s) => s.id)).toEqual([
      a.userId,
    ]);
    const none = await superadmin.admin.seller.list.query({ marking: 'none', limit: 100 });
    expect(none.items.some((s) => s.id === a.userId || s.id === b.userId)).toBe(false);
    expect(
      (
        await superadmin.admin.seller.list.query({
          q: 'marking',
          registeredTo: new Date(Date.now() - 3_600_000),
        })
      ).items,
    ).toEqual([]);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await superadmin.admin.seller.list.query({ limit: 2, cursor });
      seen.push(...page.items.map((s) => s.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([a.userId, b.userId]));

    const rest = await server.rest('GET', '/admin/sellers?status=active&marking=verified&limit=5', {
      token: superToken,
    });
    expect(rest.status).toBe(200);
    expect((rest.body.data as { items: { id: string }[] }).items.map((s) => s.id)).toContain(a.userId);

    const marked = await auditOf(b.userId);
    expect(marked.map((m) => [m.action, m.before, m.after]).reverse()).toEqual([
      [
        'admin.seller.updateMarking',
        { status: 'active', marking: null },
        { status: 'active', marking: 'verified' },
      ],
      [
        'admin.seller.updateStatus',
        { status: 'active', marking: 'verified' },
        { status: 'active', marking: 'watch' },
      ],
    ]);
    await expectError(
      superadmin.admin.seller.updateMarking.mutate({ ids: [a.userId, someId], marking: 'fraud' }),
      'NOT_FOUND',
    );
    expect((await superadmin.admin.seller.detail.query({ id: a.userId })).marking).toBe('verified');
  });

  it('suspending ends the seller’s sessions and takes their forms offline; reactivating restores them', async () => {
    const demoFormId = 'd9cc7807-36c2-4eb1-b910-ece18a1bbb6e';
    const demo = await server
      .client()
      .auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
    const seller = server.client({ token: demo.accessToken });
    const me = await seller.profile.me.query();
    const { key } = await seller.apiKey.create.mutate({ name: 'ERP', scopes: ['orders:read'] });
    const erp = server.client({ token: key });
    expect((await erp.order.list.query({ limit: 1 })).items).toHaveLength(1);
    // A store admin (staff): their account is their own, the store is the seller's.
    const person = newSeller();
    await seller.staff.create.mutate({ ...person, role: 'admin' });
    const csLogin = await server
      .client()
      .auth.login.mutate({ login: person.email, password: person.password });
    const cs = server.client({ token: csLogin.accessToken });
    expect((await cs.order.list.query({ limit: 1 })).items).toHaveLength(1);
    // Cached before the suspension: it must not survive it.
    await server.client().checkout.loadForm.query({ formId: demoFormId });
    expect((await fetch(`${server.url}/f/kopi-arabica`)).status).toBe(200);

    const suspended = await server.rest('PATCH', `/admin/sellers/${me.id}`, {
      token: superToken,
      body: { status: 'suspended', marking: 'fraud' },
    });
    expect(suspended.status).toBe(200);
    expect(suspended.body.data).toMatchObject({ status: 'suspended', marking: 'fraud', active_sessions: 0 });

    await expectError(seller.profile.me.query(), 'UNAUTHORIZED');
    await expectError(erp.order.list.query({ limit: 1 }), 'UNAUTHORIZED'); // their API keys too
    // Their staff stay signed in, but the store is closed to them as it is to buyers.
    expect((await cs.profile.me.query()).email).toBe(person.email);
    const closed = await expectError(cs.order.list.query({ limit: 1 }), 'FORBIDDEN');
    expect(String(closed)).toContain('This store is not available right now');
    await expectError(
      server.client().auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' }),
      'UNAUTHORIZED',
    );
    const page = await fetch(`${server.url}/f/kopi-arabica`);
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('Toko ini sedang tidak tersedia.');
    const error = await expectError(
      server.client().checkout.loadForm.query({ formId: demoFormId }),
      'FORBIDDEN',
    );
    expect(String(error)).toContain('This store is not available right now');
    const order = await server.rest('POST', `/order/${demoFormId}`, {
      body: {
        receiver: {
          receiver_name: 'Pembeli',
          receiver_phone: '081311119999',
          receiver_addr_id: 15022,
          receiver_address: 'Jl. Uji 1',
        },
        items: {
          service_code: '00',
          courier_code: 'idx',
          payment_method: { type: 'transfer', bank: 'BCA' },
          order_items: [{ item_sku: 'BAT-AA-001-01', item_qty: 1 }],
        },
      },
    });
    expect(order.status).toBe(403);
    expect(order.body.message).toBe('This store is not available right now');

    const [audit] = await auditOf(me.id);
    expect(audit).toMatchObject({
      action: 'admin.seller.updateStatus',
      before: { status: 'active' },
      after: { status: 'suspended', marking: 'fraud' },
    });

    await superadmin.admin.seller.updateStatus.mutate({ id: me.id, status: 'active', marking: null });
    expect((await fetch(`${server.url}/f/kopi-arabica`)).status).toBe(200);
    expect((await server.client().checkout.loadForm.query({ formId: demoFormId })).id).toBe(demoFormId);
    const back = await server
      .client()
      .auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
    const restored = server.client({ token: back.accessToken });
    expect((await restored.profile.me.query()).id).toBe(me.id);
    expect((await erp.order.list.query({ limit: 1 })).items).toHaveLength(1);
    expect((await cs.order.list.query({ limit: 1 })).items).toHaveLength(1);
    expect(await newTransferOrder(server, restored, '081311118888')).toMatch(/\S/);
  });

  it('shows a seller’s detail, 404 for an unknown one', async () => {
    const s = await sellerClient(server);
    const detail = await superadmin.admin.seller.detail.query({ id: s.userId });
    expect(detail).toMatchObject({ id: s.userId, status: 'active', marking: null, activeSessions: 1 });
    expect(detail.stores).toEqual([
      expect.objectContaining({ id: s.storeId, forms: 0, products: 0, orders: 0 }),
    ]);
    await expectError(superadmin.admin.seller.detail.query({ id: someId }), 'NOT_FOUND');
    expect((await server.rest('GET', `/admin/sellers/${someId}`, { token: superToken })).status).toBe(404);
  });
});
