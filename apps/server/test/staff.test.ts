import { fieldErrors } from '@bosonline/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, newSeller, sellerClient, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

type Owner = Awaited<ReturnType<typeof sellerClient>>;

const normalised = (phone: string) => `62${phone.slice(1)}`;

/** The owner adds a brand-new person with `role`, who then logs in. */
async function addStaff(owner: Owner, role: 'admin' | 'cs', weight?: number) {
  const person = newSeller();
  const member = await owner.client.staff.create.mutate({ ...person, role, weight });
  const tokens = await server.client().auth.login.mutate({ login: person.email, password: person.password });
  return { member, person, token: tokens.accessToken, client: server.client({ token: tokens.accessToken }) };
}

const validVoucher = () => {
  const now = server.clock.now();
  return {
    code: `CS${Date.now() % 100000}`,
    name: 'Test',
    kind: 'product' as const,
    valueType: 'fixed' as const,
    value: 5_000,
    startsAt: now,
    endsAt: new Date(now.getTime() + 86_400_000),
  };
};

describe('staff: adding people to a store', () => {
  it('creates an account for a new CS member, invites them on WhatsApp, and they see only this store', async () => {
    const owner = await sellerClient(server);
    const me = await owner.client.profile.me.query();
    const { member, person, client } = await addStaff(owner, 'cs');
    expect(member).toMatchObject({
      name: person.name,
      email: person.email,
      phone: normalised(person.phone),
      role: 'cs',
      status: 'active',
      weight: 1,
      accountCreated: true,
      invitationSent: true,
      invitedBy: { id: owner.userId, name: owner.seller.name },
    });

    const message = server.messaging.lastTo(normalised(person.phone));
    expect(message?.template).toBe('staff_invitation');
    expect(message?.text).toContain(me.store?.name);
    expect(message?.text).toContain('CS');

    const theirMe = await client.profile.me.query();
    expect(theirMe.store).toEqual({ id: owner.storeId, name: me.store?.name, role: 'cs' });
    const team = await client.staff.list.query();
    expect(team.items.map((m) => m.role)).toEqual(['owner', 'cs']);
    expect(team.items[0]).toMatchObject({ userId: owner.userId, invitedBy: null });
  });

  it('invites an existing account by its email and phone, without a password and without touching it', async () => {
    const owner = await sellerClient(server);
    const other = await sellerClient(server);
    const added = await owner.client.staff.create.mutate({
      name: 'Ignored Name',
      email: other.seller.email,
      phone: other.seller.phone,
      role: 'admin',
    });
    expect(added).toMatchObject({
      userId: other.userId,
      name: other.seller.name,
      role: 'admin',
      status: 'invited',
      accountCreated: false,
      invitationSent: true,
    });
    // The WhatsApp says where to answer, and that their own account is the one to use.
    const message = server.messaging.lastTo(normalised(other.seller.phone));
    expect(message?.text).toMatch(/terima atau tolak undangan ini di Beranda/);
    expect(message?.text).not.toMatch(/kata sandi yang dibuat/);

    // Until they accept, the store is not theirs: not in their profile, and its door is shut.
    const here = server.client({ token: other.token, storeId: owner.storeId });
    expect((await other.client.profile.me.query()).stores.map((s) => s.id)).toEqual([other.storeId]);
    await expectError(here.staff.list.query(), 'FORBIDDEN');
    const listedByOwner = await owner.client.staff.list.query({ status: 'invited' });
    expect(listedByOwner.items.map((m) => [m.userId, m.status])).toEqual([[other.userId, 'invited']]);

    // The owner cannot switch it on for them, alone or in a batch, nor invite them twice.
    const forced = await expectError(
      owner.client.staff.setStatus.mutate({ id: added.id, status: 'active' }),
      'CONFLICT',
    );
    expect((forced as Error).message).toMatch(/waiting for them to accept/);
    await expectError(
      owner.client.staff.setStatusMany.mutate({ ids: [added.id], status: 'active' }),
      'CONFLICT',
    );
    const again = await expectError(
      owner.client.staff.create.mutate({ ...other.seller, role: 'cs' }),
      'CONFLICT',
    );
    expect((again as Error).message).toMatch(/already been invited/);

    // Nobody else can answer it for them.
    const stranger = await sellerClient(server);
    await expectError(stranger.client.profile.acceptInvitation.mutate({ id: added.id }), 'NOT_FOUND');
    await expectError(stranger.client.profile.declineInvitation.mutate({ id: added.id }), 'NOT_FOUND');
    expect(await stranger.client.profile.invitations.query()).toEqual([]);

    const invitations = await other.client.profile.invitations.query();
    expect(invitations).toEqual([
      {
        id: added.id,
        store: { id: owner.storeId, name: expect.any(String) },
        role: 'admin',
        invitedBy: { id: owner.userId, name: owner.seller.name },
        createdAt: expect.any(Date),
      },
    ]);
    await other.client.profile.acceptInvitation.mutate({ id: added.id });
    expect(await other.client.profile.invitations.query()).toEqual([]);
    await expectError(other.client.profile.acceptInvitation.mutate({ id: added.id }), 'NOT_FOUND');
    // Told once, whatever the second answer did.
    const told = (await owner.client.store.notifications.query()).items.filter((n) =>
      n.type.startsWith('staff.invitation'),
    );
    expect(told.map((n) => n.title)).toEqual(['Undangan tim diterima']);

    // Their own store stays their default; X-Store-Id picks the store they joined.
    const me = await other.client.profile.me.query();
    expect(me.store).toMatchObject({ id: other.storeId, role: 'owner' });
    expect(me.stores.map((s) => [s.id, s.role])).toEqual([
      [other.storeId, 'owner'],
      [owner.storeId, 'admin'],
    ]);
    const team = await here.staff.list.query();
    expect(team.items.map((m) => [m.userId, m.role, m.status])).toEqual([
      [owner.userId, 'owner', 'active'],
      [other.userId, 'admin', 'active'],
    ]);
    // The same client switches stores by its `storeId`, without being created again.
    other.client.storeId = owner.storeId;
    expect((await other.client.staff.list.query()).items).toHaveLength(2);
    other.client.storeId = undefined;
    expect((await other.client.staff.list.query()).items.map((m) => m.userId)).toEqual([other.userId]);
    await server.client().auth.login.mutate({ login: other.seller.email, password: other.seller.password });

    const member = await expectError(
      owner.client.staff.create.mutate({ ...other.seller, role: 'cs' }),
      'CONFLICT',
    );
    expect((member as Error).message).toMatch(/already a member/);
  });

  it('a declined invitation is gone, and a cancelled one can no longer be accepted', async () => {
    const owner = await sellerClient(server);
    const other = await sellerClient(server);
    const invite = () => owner.client.staff.create.mutate({ ...other.seller, role: 'cs' }).then((m) => m.id);

    const declined = await invite();
    await other.client.profile.declineInvitation.mutate({ id: declined });
    expect(await server.db.storeMember.findUnique({ where: { id: declined } })).toBeNull();
    // The store hears the answer in its bell, with a way to its team page.
    const [told] = (await owner.client.store.notifications.query()).items;
    expect(told).toMatchObject({
      type: 'staff.invitation_declined',
      title: 'Undangan tim ditolak',
      body: `${other.seller.name} (CS (Customer Service)) menolak undangan bergabung dengan toko.`,
      link: '/store/staff',
    });
    expect((await other.client.profile.me.query()).stores.map((s) => s.id)).toEqual([other.storeId]);
    expect((await owner.client.staff.list.query()).items.map((m) => m.userId)).toEqual([owner.userId]);

    // The store may ask again, and take it back (remove) before the answer.
    const cancelled = await invite();
    await owner.client.staff.delete.mutate({ id: cancelled });
    await expectError(other.client.profile.acceptInvitation.mutate({ id: cancelled }), 'NOT_FOUND');
    expect(await other.client.profile.invitations.query()).toEqual([]);
  });

  it('answers invitations over REST too', async () => {
    const owner = await sellerClient(server);
    const other = await sellerClient(server);
    const { id } = await owner.client.staff.create.mutate({ ...other.seller, role: 'cs' });
    const listed = await server.rest('GET', '/profile/invitations', { token: other.token });
    expect(listed).toMatchObject({
      status: 200,
      body: { data: [{ id, role: 'cs', invited_by: { id: owner.userId } }] },
    });
    const forced = await server.rest('PATCH', `/store/staff/${id}/status`, {
      token: owner.token,
      body: { status: 'active' },
    });
    expect(forced.status).toBe(409);
    const accepted = await server.rest('POST', `/profile/invitations/${id}/accept`, { token: other.token });
    expect(accepted).toMatchObject({ status: 200, body: { message: 'Invitation has been accepted' } });
    const declined = await server.rest('DELETE', `/profile/invitations/${id}`, { token: other.token });
    expect(declined.status).toBe(404);
  });

  it('refuses an email and phone of different accounts, and a new person without a password', async () => {
    const owner = await sellerClient(server);
    const x = newSeller();
    const y = newSeller();
    await server.client().auth.register.mutate(x);
    await server.client().auth.register.mutate(y);
    await expectError(
      owner.client.staff.create.mutate({ name: 'Mix', email: x.email, phone: y.phone, role: 'cs' }),
      'CONFLICT',
    );
    const fresh = newSeller();
    const half = await expectError(
      owner.client.staff.create.mutate({ name: 'Half', email: x.email, phone: fresh.phone, role: 'cs' }),
      'CONFLICT',
    );
    expect(fieldErrors(half).email).toBeDefined();
    // One answer whichever half is taken, so no store learns whose phone goes with whose email.
    const mix = await expectError(
      owner.client.staff.create.mutate({ name: 'Mix', email: fresh.email, phone: y.phone, role: 'cs' }),
      'CONFLICT',
    );
    expect((mix as Error).message).toBe((half as Error).message);
    const noPassword = await expectError(
      owner.client.staff.create.mutate({
        name: fresh.name,
        email: fresh.email,
        phone: fresh.phone,
        role: 'cs',
      }),
      'BAD_REQUEST',
    );
    expect(fieldErrors(noPassword).password?.[0]).toMatch(/Password is required/);
    expect(await server.db.user.findUnique({ where: { email: fresh.email } })).toBeNull();
    await expectError(owner.client.staff.create.mutate({ ...fresh, role: 'owner' as 'cs' }), 'BAD_REQUEST');
  });

  it('still adds the member when WhatsApp is down, and says the invitation was not sent', async () => {
    const owner = await sellerClient(server);
    const person = newSeller();
    server.messaging.failing = true;
    try {
      const member = await owner.client.staff.create.mutate({ ...person, role: 'cs', weight: 5 });
      expect(member).toMatchObject({ accountCreated: true, invitationSent: false, weight: 5 });
    } finally {
      server.messaging.failing = false;
    }
    expect(server.messaging.lastTo(normalised(person.phone))).toBeUndefined();
    const login = await server.client().auth.login.mutate({ login: person.phone, password: person.password });
    expect(login.accessToken).toBeTruthy();
  });
});

describe('staff: who may do what', () => {
  it('a CS member may read but gets 403 on staff, bank account and voucher writes', async () => {
    const owner = await sellerClient(server);
    const cs = await addStaff(owner, 'cs');
    expect((await cs.client.staff.list.query()).items).toHaveLength(2);
    await expectError(cs.client.staff.create.mutate({ ...newSeller(), role: 'cs' }), 'FORBIDDEN');
    await expectError(cs.client.staff.update.mutate({ id: cs.member.id, weight: 50 }), 'FORBIDDEN');
    await expectError(
      cs.client.bankAccount.create.mutate({
        bankCode: 'BCA',
        accountNumber: '1234567890',
        accountHolder: 'CS',
      }),
      'FORBIDDEN',
    );
    await expectError(cs.client.voucher.create.mutate(validVoucher()), 'FORBIDDEN');
    const voucher = await owner.client.voucher.create.mutate(validVoucher());
    await expectError(
      cs.client.voucher.setStatus.mutate({ id: voucher.id, status: 'inactive' }),
      'FORBIDDEN',
    );
    await expectError(cs.client.voucher.delete.mutate({ id: voucher.id }), 'FORBIDDEN');
    expect((await cs.client.voucher.list.query()).items).toHaveLength(1);
  });

  it('an admin manages CS members only; admins are the owner’s call', async () => {
    const owner = await sellerClient(server);
    const admin = await addStaff(owner, 'admin');
    const otherAdmin = await addStaff(owner, 'admin');
    const cs = await addStaff(owner, 'cs');

    const forbidden = await expectError(
      admin.client.staff.create.mutate({ ...newSeller(), role: 'admin' }),
      'FORBIDDEN',
    );
    expect((forbidden as Error).message).toMatch(/Only the store owner/);
    await expectError(admin.client.staff.update.mutate({ id: otherAdmin.member.id, weight: 3 }), 'FORBIDDEN');
    await expectError(admin.client.staff.update.mutate({ id: cs.member.id, role: 'admin' }), 'FORBIDDEN');
    await expectError(
      admin.client.staff.setStatus.mutate({ id: otherAdmin.member.id, status: 'inactive' }),
      'FORBIDDEN',
    );
    await expectError(admin.client.staff.delete.mutate({ id: otherAdmin.member.id }), 'FORBIDDEN');
    await expectError(admin.client.staff.update.mutate({ id: admin.member.id, weight: 9 }), 'FORBIDDEN');

    const newCs = await admin.client.staff.create.mutate({ ...newSeller(), role: 'cs' });
    expect(newCs.invitedBy).toEqual({ id: admin.member.userId, name: admin.person.name });
    expect(await admin.client.staff.update.mutate({ id: cs.member.id, weight: 40 })).toMatchObject({
      weight: 40,
      role: 'cs',
    });
    await admin.client.staff.setStatus.mutate({ id: newCs.id, status: 'inactive' });
    await admin.client.staff.delete.mutate({ id: newCs.id });

    expect(await owner.client.staff.update.mutate({ id: cs.member.id, role: 'admin' })).toMatchObject({
      role: 'admin',
    });
    expect((await owner.client.staff.list.query({ role: 'admin' })).items).toHaveLength(3);
  });

  it('the owner’s membership cannot be edited, deactivated or removed, not even by the owner', async () => {
    const owner = await sellerClient(server);
    const admin = await addStaff(owner, 'admin');
    const ownerMember = (await owner.client.staff.list.query({ role: 'owner' })).items[0];
    if (!ownerMember) throw new Error('owner membership missing');

    for (const client of [admin.client, owner.client]) {
      await expectError(client.staff.update.mutate({ id: ownerMember.id, weight: 0 }), 'FORBIDDEN');
      await expectError(
        client.staff.setStatus.mutate({ id: ownerMember.id, status: 'inactive' }),
        'FORBIDDEN',
      );
      await expectError(client.staff.delete.mutate({ id: ownerMember.id }), 'FORBIDDEN');
    }
    await expectError(
      owner.client.staff.setStatusMany.mutate({ ids: [admin.member.id, ownerMember.id], status: 'inactive' }),
      'FORBIDDEN',
    );
    const after = await owner.client.staff.list.query({ status: 'active' });
    expect(after.items.map((m) => m.id).sort()).toEqual([admin.member.id, ownerMember.id].sort());
    expect((await owner.client.profile.me.query()).store?.role).toBe('owner');
  });

  it('setStatusMany is all-or-nothing: one id outside the store and nothing changes', async () => {
    const owner = await sellerClient(server);
    const stranger = await sellerClient(server);
    const strangerCs = await stranger.client.staff.create.mutate({ ...newSeller(), role: 'cs' });
    const one = await addStaff(owner, 'cs');
    const two = await addStaff(owner, 'cs');
    const ids = [one.member.id, two.member.id];

    await expectError(
      owner.client.staff.setStatusMany.mutate({ ids: [...ids, strangerCs.id], status: 'inactive' }),
      'NOT_FOUND',
    );
    await expectError(
      owner.client.staff.setStatusMany.mutate({ ids: [...ids, crypto.randomUUID()], status: 'inactive' }),
      'NOT_FOUND',
    );
    expect((await owner.client.staff.list.query({ status: 'inactive' })).items).toEqual([]);
    expect((await stranger.client.staff.list.query({ status: 'active' })).items).toHaveLength(2);

    expect(await owner.client.staff.setStatusMany.mutate({ ids, status: 'inactive' })).toEqual({
      updated: 2,
    });
    const inactive = await owner.client.staff.list.query({ status: 'inactive' });
    expect(inactive.items.map((m) => m.id).sort()).toEqual([...ids].sort());
  });

  it('a deactivated or removed member is refused at once, and their account survives removal', async () => {
    const owner = await sellerClient(server);
    const cs = await addStaff(owner, 'cs');
    await cs.client.staff.list.query();

    await owner.client.staff.setStatus.mutate({ id: cs.member.id, status: 'inactive' });
    await expectError(cs.client.staff.list.query(), 'FORBIDDEN');
    await owner.client.staff.setStatus.mutate({ id: cs.member.id, status: 'active' });
    expect((await cs.client.staff.list.query()).items).toHaveLength(2);

    await owner.client.staff.delete.mutate({ id: cs.member.id });
    await expectError(cs.client.staff.list.query(), 'FORBIDDEN');
    await expectError(owner.client.staff.update.mutate({ id: cs.member.id, weight: 2 }), 'NOT_FOUND');
    const again = await server
      .client()
      .auth.login.mutate({ login: cs.person.email, password: cs.person.password });
    const me = await server.client({ token: again.accessToken }).profile.me.query();
    expect(me).toMatchObject({ id: cs.member.userId, store: null });
  });
});

describe('staff: list and validation', () => {
  it('filters by role, status and a name, email or phone fragment, page by page', async () => {
    const owner = await sellerClient(server);
    const a = await addStaff(owner, 'cs');
    const b = await addStaff(owner, 'admin');
    await owner.client.staff.setStatus.mutate({ id: b.member.id, status: 'inactive' });

    expect((await owner.client.staff.list.query({ role: 'cs' })).items.map((m) => m.id)).toEqual([
      a.member.id,
    ]);
    expect((await owner.client.staff.list.query({ status: 'inactive' })).items.map((m) => m.id)).toEqual([
      b.member.id,
    ]);
    const byPhone = await owner.client.staff.list.query({ q: a.person.phone });
    expect(byPhone.items.map((m) => m.id)).toEqual([a.member.id]);
    const byEmail = await owner.client.staff.list.query({ q: b.person.email.toUpperCase() });
    expect(byEmail.items.map((m) => m.id)).toEqual([b.member.id]);

    const first = await owner.client.staff.list.query({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = await owner.client.staff.list.query({ limit: 2, cursor: first.nextCursor ?? undefined });
    expect(second.items.map((m) => m.id)).toEqual([b.member.id]);
    expect(second.nextCursor).toBeNull();
    await expectError(owner.client.staff.list.query({ cursor: 'not-an-id' }), 'BAD_REQUEST');
  });

  it('keeps weight within 0..100', async () => {
    const owner = await sellerClient(server);
    const cs = await addStaff(owner, 'cs');
    const error = await expectError(
      owner.client.staff.update.mutate({ id: cs.member.id, weight: 101 }),
      'BAD_REQUEST',
    );
    expect(fieldErrors(error).weight?.[0]).toMatch(/between 0 and 100/);
    expect(await owner.client.staff.update.mutate({ id: cs.member.id, weight: 0 })).toMatchObject({
      weight: 0,
    });
  });
});

describe('staff: REST door', () => {
  it('serves the Staff endpoints at spec paths with snake_case fields', async () => {
    const owner = await sellerClient(server);
    const token = owner.token;
    const person = newSeller();
    const created = await server.rest('POST', '/store/staff', {
      token,
      body: { ...person, role: 'cs', weight: 3 },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      message: 'Staff has been successfully added.',
      data: { role: 'cs', weight: 3, account_created: true, invitation_sent: true },
    });
    const id = (created.body.data as { id: string }).id;

    const listed = await server.rest('GET', '/store/staff?role=cs&limit=10', { token });
    expect(listed.status).toBe(200);
    expect(listed.body.data).toMatchObject({
      items: [{ id, user_id: expect.any(String) }],
      next_cursor: null,
    });

    const updated = await server.rest('PUT', `/store/staff/${id}`, { token, body: { weight: 7 } });
    expect(updated).toMatchObject({ status: 200, body: { data: { weight: 7 } } });
    const status = await server.rest('PATCH', `/store/staff/${id}/status`, {
      token,
      body: { status: 'inactive' },
    });
    expect(status).toMatchObject({ status: 200, body: { data: { status: 'inactive' } } });
    const many = await server.rest('PATCH', '/store/staff/status', {
      token,
      body: { ids: [id], status: 'active' },
    });
    expect(many).toEqual({
      status: 200,
      body: { message: 'Staff status has been updated.', data: { updated: 1 } },
    });
    const bad = await server.rest('PATCH', '/store/staff/status', {
      token,
      body: { ids: [], status: 'active' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.ids).toBeDefined();

    const removed = await server.rest('DELETE', `/store/staff/${id}`, { token });
    expect(removed).toEqual({ status: 200, body: { message: 'Staff member has been removed' } });
    expect((await server.rest('DELETE', `/store/staff/${id}`, { token })).status).toBe(404);
  });
});
