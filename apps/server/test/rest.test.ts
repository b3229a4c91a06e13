import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSeller, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seed: true });
});
afterAll(() => server?.close());

function snakeRegistration() {
  const s = newSeller();
  return { name: s.name, email: s.email, phone: s.phone, password: s.password, store_name: 'Toko Kopi' };
}

describe('REST door (spec paths, snake_case, { message, data })', () => {
  it('register → login → me → refresh → logout with curl-shaped requests', async () => {
    const registration = snakeRegistration();
    const registered = await server.rest('POST', '/auth/register', { body: registration });
    expect(registered.status).toBe(201);
    expect(registered.body.message).toBe('Registration successful');
    expect(Object.keys(registered.body.data as object).sort()).toEqual([
      'access_token',
      'expires_in',
      'refresh_token',
      'token_type',
    ]);

    const login = await server.rest('POST', '/auth/login', {
      body: { login: registration.email, password: registration.password },
    });
    expect(login.status).toBe(200);
    const { access_token, refresh_token } = login.body.data as {
      access_token: string;
      refresh_token: string;
    };

    const me = await server.rest('GET', '/profile/me', { token: access_token });
    expect(me.status).toBe(200);
    expect(me.body.data).toMatchObject({
      email: registration.email,
      phone: `62${registration.phone.slice(1)}`,
      store: { name: 'Toko Kopi', role: 'owner' },
    });
    expect(typeof (me.body.data as { created_at: unknown }).created_at).toBe('string');

    const refreshed = await server.rest('POST', '/auth/refresh', { body: { refresh_token } });
    expect(refreshed.status).toBe(200);
    const reused = await server.rest('POST', '/auth/refresh', { body: { refresh_token } });
    expect(reused.status).toBe(401);
    expect(reused.body.message).toMatch(/already used/);

    const fresh = await server.rest('POST', '/auth/login', {
      body: { login: registration.email, password: registration.password },
    });
    const token = (fresh.body.data as { access_token: string }).access_token;
    const logout = await server.rest('POST', '/auth/logout', { token });
    expect(logout).toEqual({ status: 200, body: { message: 'Logged out' } });
    expect((await server.rest('GET', '/profile/me', { token })).status).toBe(401);
  });

  it('sessions: active, history, logout others, logout one', async () => {
    const registration = snakeRegistration();
    await server.rest('POST', '/auth/register', { body: registration });
    const login = async () =>
      (
        (
          await server.rest('POST', '/auth/login', {
            body: { login: registration.phone, password: registration.password },
          })
        ).body.data as { access_token: string }
      ).access_token;
    const [a, b, c] = [await login(), await login(), await login()];

    const active = await server.rest('GET', '/session/active', { token: a });
    expect(active.status).toBe(200);
    const { items: sessions, next_cursor } = active.body.data as {
      items: { id: string; current: boolean; last_seen_at: string }[];
      next_cursor: string | null;
    };
    expect(sessions).toHaveLength(4);
    expect(next_cursor).toBeNull();
    expect(sessions[0]).toHaveProperty('last_seen_at');

    const history = await server.rest('GET', '/session/history?limit=2', { token: a });
    expect(history.status).toBe(200);
    expect((history.body.data as { items: unknown[]; next_cursor: string | null }).items).toHaveLength(2);
    expect((history.body.data as { next_cursor: string | null }).next_cursor).toBeTruthy();

    const badLimit = await server.rest('GET', '/session/history?limit=5000', { token: a });
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.errors).toHaveProperty('limit');

    const bSession = (
      (await server.rest('GET', '/session/active', { token: b })).body.data as {
        items: { id: string; current: boolean }[];
      }
    ).items;
    const bId = bSession.find((s) => s.current)!.id;
    const one = await server.rest('DELETE', `/session/${bId}`, { token: a });
    expect(one).toEqual({ status: 200, body: { message: 'Session has been logged out' } });
    expect((await server.rest('GET', '/profile/me', { token: b })).status).toBe(401);

    const notUuid = await server.rest('DELETE', '/session/not-a-uuid', { token: a });
    expect(notUuid.status).toBe(400);
    expect(notUuid.body.errors).toHaveProperty('id');
    const missing = await server.rest('DELETE', '/session/00000000-0000-4000-8000-000000000000', {
      token: a,
    });
    expect(missing.status).toBe(404);

    const others = await server.rest('DELETE', '/session/others', { token: a });
    expect(others.status).toBe(200);
    expect(others.body.data).toEqual({ revoked: 2 });
    expect((await server.rest('GET', '/profile/me', { token: c })).status).toBe(401);
    expect((await server.rest('GET', '/profile/me', { token: a })).status).toBe(200);
  });

  it('field errors are snake_case on the REST door', async () => {
    const res = await server.rest('POST', '/auth/register', {
      body: { name: 'X', email: 'x@example.com', phone: '0812', password: 'long-enough', store_name: '' },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('phone');
    expect(res.body.errors).toHaveProperty('store_name');
    expect(res.body.message).toMatch(/^Invalid input: /);
  });

  it('missing fields, wrong types: 400 naming each field, nothing written', async () => {
    const before = await server.db.user.count();
    const res = await server.rest('POST', '/auth/register', { body: { name: 42, email: true } });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors ?? {})).toEqual(
      expect.arrayContaining(['name', 'email', 'phone', 'password']),
    );
    expect(await server.db.user.count()).toBe(before);
  });

  it('admin realm: own login; seller token 403 on admin paths and admin token 403 on seller paths', async () => {
    const admin = await server.rest('POST', '/admin/auth/login', {
      body: { email: 'admin@bosonline.id', password: 'admin12345' },
    });
    expect(admin.status).toBe(200);
    const adminToken = (admin.body.data as { access_token: string }).access_token;
    expect((await server.rest('GET', '/admin/auth/me', { token: adminToken })).body.data).toMatchObject({
      email: 'admin@bosonline.id',
      role: 'superadmin',
    });
    expect((await server.rest('GET', '/profile/me', { token: adminToken })).status).toBe(403);

    const seller = await server.rest('POST', '/auth/login', {
      body: { login: 'demo@bosonline.id', password: 'demo12345' },
    });
    const sellerToken = (seller.body.data as { access_token: string }).access_token;
    expect((await server.rest('GET', '/admin/auth/me', { token: sellerToken })).status).toBe(403);
    // A seller's credentials do not open the admin realm.
    expect(
      (
        await server.rest('POST', '/admin/auth/login', {
          body: { email: 'demo@bosonline.id', password: 'demo12345' },
        })
      ).status,
    ).toBe(401);
  });
});

describe('transport errors are 4xx, never 500', () => {
  it('a body over 1 MB is 413 on both doors, and nothing is written', async () => {
    const before = await server.db.user.count();
    const huge = JSON.stringify({ ...snakeRegistration(), name: 'x'.repeat(1_100_000) });
    const rest = await server.rest('POST', '/auth/register', { body: huge });
    expect(rest.status).toBe(413);
    const trpc = await fetch(`${server.url}/trpc/auth.register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: huge,
    });
    expect(trpc.status).toBe(413);
    expect(await server.db.user.count()).toBe(before);
  });

  it('a chunked body (no Content-Length) is counted as it arrives: 413 past 1 MB, read when under', async () => {
    const chunked = (text: string) =>
      fetch(`${server.url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new Blob([text]).stream(),
        duplex: 'half',
      } as RequestInit);
    const huge = await chunked(JSON.stringify({ login: 'x'.repeat(1_100_000), password: 'x' }));
    expect(huge.status).toBe(413);
    const small = await chunked(JSON.stringify({ login: 'nobody@example.com', password: 'wrong-password' }));
    expect(small.status).toBe(401);
  });

  it('non-JSON bodies and wrong content types are refused', async () => {
    const notJson = await server.rest('POST', '/auth/login', { body: '{"login": "a", ' });
    expect(notJson.status).toBe(400);
    expect(notJson.body.message).toMatch(/not valid JSON/);

    const wrongType = await server.rest('POST', '/auth/login', {
      body: 'login=a&password=b',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(wrongType.status).toBe(415);

    const array = await server.rest('POST', '/auth/login', { body: '[1,2]' });
    expect(array.status).toBe(400);

    const trpc = await fetch(`${server.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(trpc.status).toBeGreaterThanOrEqual(400);
    expect(trpc.status).toBeLessThan(500);
  });

  it('unknown paths and procedures are 404', async () => {
    expect((await server.rest('GET', '/no/such/path')).status).toBe(404);
    expect((await fetch(`${server.url}/trpc/nope.nothing`)).status).toBe(404);
  });

  it('every answer carries a request id', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'ok' });
  });
});

describe('/openapi.json', () => {
  it('describes every REST path with snake_case fields from the same schemas', async () => {
    const res = await fetch(`${server.url}/openapi.json`);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          {
            requestBody?: { content: Record<string, { schema: { properties: object; required: string[] } }> };
            parameters: { name: string; in: string }[];
          }
        >
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/auth/register',
      '/auth/login',
      '/auth/refresh',
      '/auth/logout',
      '/profile/me',
      '/session/active',
      '/session/history',
      '/session/others',
      '/session/{id}',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    const register = doc.paths['/auth/register']!.post!.requestBody!.content['application/json']!.schema;
    expect(Object.keys(register.properties)).toEqual(['name', 'email', 'phone', 'password', 'store_name']);
    expect(register.required).toEqual(['name', 'email', 'phone', 'password']);
    expect(doc.paths['/session/{id}']!.delete!.parameters).toEqual([
      expect.objectContaining({ name: 'id', in: 'path' }),
    ]);
    expect(doc.paths['/session/history']!.get!.parameters.map((p) => p.name)).toEqual(['cursor', 'limit']);
  });
});
