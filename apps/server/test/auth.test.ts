import { fieldErrors } from '@bosonline/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, newSeller, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seed: true });
});
afterAll(() => server?.close());

describe('auth through the SDK', () => {
  it('register → me → refresh → reuse of the old refresh token revokes the family → logout', async () => {
    const seller = newSeller();
    const tokens: string[] = [];
    const bos = server.client({ onTokens: (t) => tokens.push(t.refreshToken ?? '') });
    const registered = await bos.auth.register.mutate(seller);
    expect(registered.tokenType).toBe('Bearer');
    expect(registered.expiresIn).toBe(900);

    const me = await bos.profile.me.query();
    expect(me).toMatchObject({ name: seller.name, email: seller.email, phone: `62${seller.phone.slice(1)}` });
    expect(me.store).toMatchObject({ role: 'owner', name: `Toko ${seller.name}` });

    // Log in on a second device, then rotate its refresh token.
    const device = server.client();
    const first = await device.auth.login.mutate({ login: seller.phone, password: seller.password });
    const second = await device.auth.refresh.mutate({ refreshToken: first.refreshToken });
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await server.client({ token: second.accessToken }).profile.me.query()).id).toBe(me.id);

    // Presenting the rotated token again: refused, and the whole session (family) ends.
    await expectError(device.auth.refresh.mutate({ refreshToken: first.refreshToken }), 'UNAUTHORIZED');
    await expectError(device.auth.refresh.mutate({ refreshToken: second.refreshToken }), 'UNAUTHORIZED');
    await expectError(server.client({ token: second.accessToken }).profile.me.query(), 'UNAUTHORIZED');
    const history = await bos.session.history.query({ limit: 10 });
    expect(history.items.find((s) => s.endReason === 'refresh_reuse')).toBeDefined();

    // The first device is untouched; logging out ends it at once.
    expect((await bos.profile.me.query()).id).toBe(me.id);
    await bos.auth.logout.mutate();
    await expectError(bos.profile.me.query(), 'UNAUTHORIZED');
    expect(tokens.length).toBeGreaterThan(0);
  });

  it('logs in by email in any case and by phone in any spelling', async () => {
    const seller = newSeller();
    await server.client().auth.register.mutate(seller);
    const local = seller.phone;
    for (const login of [seller.email.toUpperCase(), local, `+62${local.slice(1)}`, `62${local.slice(1)}`]) {
      const pair = await server.client().auth.login.mutate({ login, password: seller.password });
      expect(pair.accessToken).toBeTruthy();
    }
  });

  it('refreshes an expired access token by itself and retries the call', async () => {
    const seller = newSeller();
    const bos = server.client();
    await bos.auth.register.mutate(seller);
    server.clock.advance(16 * 60 * 1000);
    try {
      const me = await bos.profile.me.query();
      expect(me.email).toBe(seller.email);
    } finally {
      server.clock.advance(-16 * 60 * 1000);
    }
  });

  it('refresh() rotates the tokens on demand; a revoked session or a client without a refresh token says so', async () => {
    const seller = newSeller();
    const issued: string[] = [];
    const bos = server.client({ onTokens: (t) => issued.push(t.refreshToken ?? '') });
    await bos.auth.register.mutate(seller);
    await Promise.all([bos.refresh(), bos.refresh()]);
    // One rotation for both calls, and the client goes on with the new tokens.
    expect(issued).toHaveLength(2);
    expect(issued[1]).not.toBe(issued[0]);
    expect((await bos.profile.me.query()).email).toBe(seller.email);

    // The spent token presented again revokes the session: the next refresh() is refused.
    await expectError(server.client().auth.refresh.mutate({ refreshToken: issued[0]! }), 'UNAUTHORIZED');
    await expectError(bos.refresh(), 'UNAUTHORIZED');
    await expect(server.client().refresh()).rejects.toThrow(/No refresh token/);
  });

  it('a client holding only a refresh token (a reloaded page) refreshes before its first calls: none is refused first', async () => {
    const seller = newSeller();
    const { refreshToken } = await server.client().auth.register.mutate(seller);
    const answered: string[] = [];
    const bos = server.client({
      refreshToken,
      fetch: async (url, init) => {
        const res = await fetch(url, init);
        answered.push(`${new URL(String(url)).pathname} ${res.status}`);
        return res;
      },
    });
    const [me, orders] = await Promise.all([bos.profile.me.query(), bos.order.list.query({ limit: 1 })]);
    expect(me.email).toBe(seller.email);
    expect(orders.items).toEqual([]);
    // One rotation, then both calls in one batch; no 401 on the way.
    expect(answered).toEqual(['/trpc/auth.refresh 200', '/trpc/profile.me,order.list 200']);

    // A revoked refresh token: the waiting call fails with the refusal, and nothing else is sent.
    await server
      .client()
      .auth.refresh.mutate({ refreshToken })
      .catch(() => undefined);
    const stale = server.client({ refreshToken });
    await expectError(stale.profile.me.query(), 'UNAUTHORIZED');
  });

  it('a client handed a refresh the page already started (pendingTokens) waits for it and never spends the old token again', async () => {
    const seller = newSeller();
    const { refreshToken } = await server.client().auth.register.mutate(seller);
    const paths: string[] = [];
    const counting = (extra: Parameters<typeof server.client>[0] = {}) =>
      server.client({
        ...extra,
        fetch: async (url, init) => {
          paths.push(new URL(String(url)).pathname);
          return fetch(url, init);
        },
      });
    // What index.html does: the REST door's refresh, started before the code ran.
    const early = server
      .rest('POST', '/auth/refresh', { body: { refresh_token: refreshToken } })
      .then((res) => {
        const data = res.body.data as { access_token: string; refresh_token: string };
        return { accessToken: data.access_token, refreshToken: data.refresh_token };
      });
    const issued: string[] = [];
    const bos = counting({
      refreshToken,
      pendingTokens: early,
      onTokens: (t) => issued.push(t.refreshToken ?? ''),
    });
    expect((await bos.profile.me.query()).email).toBe(seller.email);
    // No second rotation (which, with the spent token, would have revoked the session).
    expect(paths).toEqual(['/trpc/profile.me']);
    expect(issued).toEqual([(await early).refreshToken]);
    await bos.refresh();
    expect((await bos.profile.me.query()).email).toBe(seller.email);

    // The early refresh brought nothing (offline, refused): the client refreshes by itself.
    paths.length = 0;
    const fallback = counting({ refreshToken: issued.at(-1), pendingTokens: Promise.resolve(null) });
    expect((await fallback.profile.me.query()).email).toBe(seller.email);
    expect(paths).toEqual(['/trpc/auth.refresh', '/trpc/profile.me']);
  });

  it('wrong password and unknown account get the same 401, and nothing is written', async () => {
    const seller = newSeller();
    await server.client().auth.register.mutate(seller);
    const sessionsBefore = await server.db.session.count();
    const wrong = await expectError(
      server.client().auth.login.mutate({ login: seller.email, password: 'nope-nope-nope' }),
      'UNAUTHORIZED',
    );
    const unknown = await expectError(
      server.client().auth.login.mutate({ login: 'nobody@example.com', password: 'nope-nope-nope' }),
      'UNAUTHORIZED',
    );
    expect((wrong as Error).message).toBe((unknown as Error).message);
    expect(await server.db.session.count()).toBe(sessionsBefore);
  });

  it('invalid registrations are 400 with a message per field and create nothing', async () => {
    const usersBefore = await server.db.user.count();
    const bad = await expectError(
      server
        .client()
        .auth.register.mutate({ name: '', email: 'not-an-email', phone: '12345', password: 'short' }),
      'BAD_REQUEST',
    );
    expect(Object.keys(fieldErrors(bad)).sort()).toEqual(['email', 'name', 'password', 'phone']);
    expect(fieldErrors(bad).phone?.[0]).toMatch(/Indonesian mobile number/);
    // Missing fields entirely.
    const missing = await expectError(server.client().auth.register.mutate({} as never), 'BAD_REQUEST');
    expect(Object.keys(fieldErrors(missing))).toEqual(
      expect.arrayContaining(['name', 'email', 'phone', 'password']),
    );
    expect(await server.db.user.count()).toBe(usersBefore);
  });

  it('a taken email or phone is a 409 naming the field', async () => {
    const seller = newSeller();
    await server.client().auth.register.mutate(seller);
    const again = await expectError(
      server.client().auth.register.mutate({ ...newSeller(), email: seller.email.toUpperCase() }),
      'CONFLICT',
    );
    expect(fieldErrors(again).email).toBeDefined();
    const samePhone = await expectError(
      server.client().auth.register.mutate({ ...newSeller(), phone: `+62${seller.phone.slice(1)}` }),
      'CONFLICT',
    );
    expect(fieldErrors(samePhone).phone).toBeDefined();
  });
});

describe('sessions and profile', () => {
  it('lists active sessions with device and IP, revokes one, then all others', async () => {
    const seller = newSeller();
    const main = server.client({ headers: { 'user-agent': 'MainPhone/1.0' } });
    await main.auth.register.mutate(seller);
    const tablet = server.client({ headers: { 'user-agent': 'Tablet/2.0' } });
    await tablet.auth.login.mutate({ login: seller.email, password: seller.password });
    const laptop = server.client({ headers: { 'user-agent': 'Laptop/3.0' } });
    await laptop.auth.login.mutate({ login: seller.email, password: seller.password });

    const { items: active } = await main.session.listActive.query();
    expect(active).toHaveLength(3);
    expect(active.filter((s) => s.current)).toHaveLength(1);
    expect(active.find((s) => s.current)?.device).toBe('MainPhone/1.0');
    expect(active.every((s) => s.ip === '127.0.0.1' || s.ip === '::ffff:127.0.0.1')).toBe(true);

    const tabletSession = active.find((s) => s.device === 'Tablet/2.0')!;
    await main.session.revoke.mutate({ id: tabletSession.id });
    await expectError(tablet.profile.me.query(), 'UNAUTHORIZED');
    expect((await main.session.listActive.query()).items).toHaveLength(2);

    expect(await main.session.revokeOthers.mutate()).toEqual({ revoked: 1 });
    await expectError(laptop.profile.me.query(), 'UNAUTHORIZED');
    expect((await main.session.listActive.query()).items.map((s) => s.device)).toEqual(['MainPhone/1.0']);
  });

  it('pages through the active sessions newest login first, with no repeats, even while they are used', async () => {
    const seller = newSeller();
    const main = server.client({ headers: { 'user-agent': 'Device/0' } });
    await main.auth.register.mutate(seller);
    const devices = [main];
    for (let n = 1; n <= 4; n++) {
      server.clock.advance(60_000);
      const device = server.client({ headers: { 'user-agent': `Device/${n}` } });
      await device.auth.login.mutate({ login: seller.email, password: seller.password });
      devices.push(device);
    }
    // One ended session is left out.
    const ended = server.client({ headers: { 'user-agent': 'Ended/1' } });
    await ended.auth.login.mutate({ login: seller.email, password: seller.password });
    await ended.auth.logout.mutate();

    const first = await main.session.listActive.query({ limit: 2 });
    expect(first.items.map((s) => s.device)).toEqual(['Device/4', 'Device/3']);
    expect(first.nextCursor).toBe(first.items[1]!.id);
    // The oldest device is used between pages: it keeps its place (its login time).
    server.clock.advance(60_000);
    await devices[0]!.profile.me.query();
    const second = await main.session.listActive.query({ limit: 2, cursor: first.nextCursor! });
    const third = await main.session.listActive.query({ limit: 2, cursor: second.nextCursor! });
    expect([...second.items, ...third.items].map((s) => s.device)).toEqual([
      'Device/2',
      'Device/1',
      'Device/0',
    ]);
    expect(third.nextCursor).toBeNull();
    expect(third.items.at(-1)?.current).toBe(true);
    await expectError(main.session.listActive.query({ cursor: 'not-a-cursor' }), 'BAD_REQUEST');
  });

  it("another user's session id is a 404, and the session survives", async () => {
    const a = server.client();
    await a.auth.register.mutate(newSeller());
    const b = server.client();
    await b.auth.register.mutate(newSeller());
    const {
      items: [bSession],
    } = await b.session.listActive.query();
    await expectError(a.session.revoke.mutate({ id: bSession!.id }), 'NOT_FOUND');
    await expect(b.profile.me.query()).resolves.toBeTruthy();
  });

  it('session history pages with a cursor', async () => {
    const seller = newSeller();
    const bos = server.client();
    await bos.auth.register.mutate(seller);
    for (let i = 0; i < 4; i++)
      await server.client().auth.login.mutate({ login: seller.email, password: seller.password });
    const first = await bos.session.history.query({ limit: 3 });
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    const second = await bos.session.history.query({ limit: 3, cursor: first.nextCursor! });
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
    const ids = new Set([...first.items, ...second.items].map((s) => s.id));
    expect(ids.size).toBe(5);
  });

  it('edits the profile, changes the password (other sessions end), and deletes the account', async () => {
    const seller = newSeller();
    const bos = server.client();
    await bos.auth.register.mutate(seller);
    const other = server.client();
    await other.auth.login.mutate({ login: seller.email, password: seller.password });

    const updated = await bos.profile.update.mutate({ name: 'Renamed Seller' });
    expect(updated.name).toBe('Renamed Seller');
    const someoneElse = newSeller();
    await server.client().auth.register.mutate(someoneElse);
    const taken = await expectError(bos.profile.update.mutate({ email: someoneElse.email }), 'CONFLICT');
    expect(fieldErrors(taken).email).toBeDefined();
    expect((await bos.profile.me.query()).email).toBe(seller.email);
    await expectError(bos.profile.update.mutate({}), 'BAD_REQUEST');

    const wrong = await expectError(
      bos.profile.changePassword.mutate({ currentPassword: 'wrong-password', newPassword: 'new-password-1' }),
      'BAD_REQUEST',
    );
    expect(fieldErrors(wrong).currentPassword).toBeDefined();
    expect(
      await bos.profile.changePassword.mutate({
        currentPassword: seller.password,
        newPassword: 'new-password-1',
      }),
    ).toEqual({ revoked: 1 });
    await expectError(other.profile.me.query(), 'UNAUTHORIZED');
    await expectError(
      server.client().auth.login.mutate({ login: seller.email, password: seller.password }),
      'UNAUTHORIZED',
    );

    await expectError(bos.profile.deleteAccount.mutate({ password: seller.password }), 'BAD_REQUEST');
    await bos.profile.deleteAccount.mutate({ password: 'new-password-1' });
    await expectError(bos.profile.me.query(), 'UNAUTHORIZED');
    await expectError(
      server.client().auth.login.mutate({ login: seller.email, password: 'new-password-1' }),
      'UNAUTHORIZED',
    );
    // The email and phone are free again.
    await expect(server.client().auth.register.mutate(seller)).resolves.toBeTruthy();
  });

  it('forgot password sends a one-time code over WhatsApp; the code resets once', async () => {
    const seller = newSeller();
    const bos = server.client();
    await bos.auth.register.mutate(seller);
    const phone = `62${seller.phone.slice(1)}`;
    const answer = await server.client().auth.forgotPassword.mutate({ login: seller.email });
    // Same answer for an unknown account: no enumeration.
    expect(await server.client().auth.forgotPassword.mutate({ login: 'ghost@example.com' })).toEqual(answer);
    const sent = server.messaging.lastTo(phone);
    expect(sent?.template).toBe('password_reset');
    const code = sent!.params[1]!;

    await server.client().auth.resetPassword.mutate({ token: code, password: 'brand-new-pass' });
    await expectError(bos.profile.me.query(), 'UNAUTHORIZED');
    await expectError(
      server.client().auth.resetPassword.mutate({ token: code, password: 'another-pass-1' }),
      'UNAUTHORIZED',
    );
    await expect(
      server.client().auth.login.mutate({ login: seller.email, password: 'brand-new-pass' }),
    ).resolves.toBeTruthy();
  });

  it('forgot password answers 503 when WhatsApp is down', async () => {
    const seller = newSeller();
    await server.client().auth.register.mutate(seller);
    server.messaging.failing = true;
    try {
      await expectError(
        server.client().auth.forgotPassword.mutate({ login: seller.email }),
        'SERVICE_UNAVAILABLE',
      );
    } finally {
      server.messaging.failing = false;
    }
  });
});

describe('realms', () => {
  it('a seller token gets 403 on admin procedures, an admin token 403 on seller procedures', async () => {
    const seller = server.client();
    await seller.auth.register.mutate(newSeller());
    await expectError(seller.admin.auth.me.query(), 'FORBIDDEN');

    const admin = server.client();
    await admin.admin.auth.login.mutate({ email: 'admin@bosonline.id', password: 'admin12345' });
    expect((await admin.admin.auth.me.query()).role).toBe('superadmin');
    await expectError(admin.profile.me.query(), 'FORBIDDEN');
    await expectError(admin.session.listActive.query(), 'FORBIDDEN');
  });

  it('no token or a forged token is 401', async () => {
    await expectError(server.client().profile.me.query(), 'UNAUTHORIZED');
    await expectError(server.client({ token: 'not.a.jwt' }).profile.me.query(), 'UNAUTHORIZED');
    await expectError(server.client().admin.auth.me.query(), 'UNAUTHORIZED');
  });
});
