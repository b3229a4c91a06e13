import { restRouteTable } from '@bosonline/api';
import { maxBatchCalls } from '@bosonline/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../src/seed/demo.ts';
import { demoStore } from '../src/seed/demo-store.ts';
import { startTestServer, type TestServer } from './harness.ts';

// What an attacker (or a broken client) sends: NUL bytes, lone surrogates, JSON bombs, crafted
// superjson, oversized batches. Every one is a 4xx that writes nothing; none reaches the database.

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer({
    seed: true,
    rateLimits: { regionPerIp: { points: 40, durationSeconds: 60 } },
  });
  const login = await server.rest('POST', '/auth/login', {
    body: { login: demoAccounts.seller.email, password: demoAccounts.seller.password },
  });
  token = (login.body.data as { access_token: string }).access_token;
});
afterAll(() => server?.close());

const nul = 'a\u0000b';
const lone = 'a\ud800b';

/** Rows a stray write would add to. */
async function rowCounts() {
  const db = server.db;
  const counts = await Promise.all([
    db.order.count(),
    db.user.count(),
    db.product.count(),
    db.store.count(),
    db.form.count(),
    db.voucher.count(),
    db.abandonedCheckout.count(),
    db.passwordResetToken.count(),
  ]);
  return counts.join(',');
}

const orderBody = () => ({
  receiver: {
    receiver_name: 'Faisol',
    receiver_phone: '083131412312',
    receiver_addr_id: 15022,
    receiver_address: 'Jl. Mawar 1',
  },
  items: {
    service_code: '00',
    courier_code: 'idx',
    payment_method: { type: 'cod', bank: null },
    order_items: [{ item_sku: 'BAT-AA-001-01', item_qty: 1 }],
  },
});

/** A JSON text nested `depth` levels deep, built as text (JSON.stringify would recurse). */
const deepJson = (depth: number, leaf = '1') => `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`;

async function trpcPost(path: string, body: string) {
  const res = await fetch(`${server.url}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  // Errors travel through superjson too: { error: { json: { message, … } } }.
  const answer = (await res.json()) as { error?: { json?: { message: string } } };
  return { status: res.status, message: answer.error?.json?.message };
}

describe('NUL characters and lone surrogates', () => {
  it('public checkout: 400 naming the field, no order', async () => {
    const before = await rowCounts();
    for (const bad of [nul, lone]) {
      const body = orderBody();
      body.receiver.receiver_name = bad;
      const res = await server.rest('POST', `/order/${demoStore.form.id}`, { body });
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveProperty(['receiver.receiver_name']);
    }
    expect(await rowCounts()).toBe(before);
  });

  it('login, forgot password and list searches: 400 on both doors', async () => {
    const login = await server.rest('POST', '/auth/login', { body: { login: nul, password: 'x' } });
    expect(login).toMatchObject({ status: 400, body: { errors: { login: [expect.stringMatching(/NUL/)] } } });
    const forgot = await server.rest('POST', '/auth/forgot-password', { body: { login: `08${lone}` } });
    expect(forgot.status).toBe(400);
    for (const path of ['/store/product?q=%00', '/store/order?q=%00', '/region?q=%00']) {
      const res = await server.rest('GET', path, { token });
      expect(res.status, path).toBe(400);
      expect(res.body.errors, path).toHaveProperty('q');
    }
    const sdk = server.client();
    const error = await sdk.auth.login.mutate({ login: lone, password: 'x' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ data: { httpStatus: 400, fieldErrors: { login: [expect.any(String)] } } });
  });

  it('in a field name too', async () => {
    const res = await server.rest('PUT', '/store', { token, body: { [`na${nul}me`]: 'Toko' } });
    expect(res.status).toBe(400);
  });

  it('every REST operation answers 4xx, never 5xx, and writes nothing', async () => {
    const before = await rowCounts();
    const failures: string[] = [];
    for (const route of restRouteTable) {
      const path = route.path.replace(/\{\w+\}/g, '%00');
      const query = route.method === 'GET' ? '?q=%00&name=%00' : '';
      const res = await fetch(`${server.url}${path}${query}`, {
        method: route.method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: route.method === 'GET' ? undefined : JSON.stringify({ name: nul, note: lone, q: nul }),
      });
      if (res.status >= 500) failures.push(`${route.method} ${route.path} → ${res.status}`);
      await res.body?.cancel();
    }
    expect(failures).toEqual([]);
    expect(await rowCounts()).toBe(before);
  });
});

describe('nesting and crafted transport data', () => {
  it('a JSON body 4 000 levels deep is a 400 on the REST door', async () => {
    const res = await fetch(`${server.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: deepJson(4_000),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/nested too deeply/);
  });

  it('a JSON body 4 000 levels deep is a 400 on the tRPC door', async () => {
    const res = await trpcPost('auth.login', deepJson(4_000));
    expect(res.status).toBe(400);
    expect(res.message).toMatch(/nested too deeply/);
  });

  it('crafted superjson meta is a plain 400, not a stack overflow', async () => {
    const meta = { values: { a: [['custom', 'nope']] }, referentialEqualities: { a: ['b.c.d'] } };
    const deepMeta = `{"json":{"a":1},"meta":{"values":${deepJson(3_000, '"Date"')}}}`;
    for (const body of [JSON.stringify({ json: { a: 1 }, meta }), deepMeta]) {
      const res = await trpcPost('auth.login', body);
      expect(res.status).toBe(400);
      expect(res.message).toMatch(/Request input could not be read|nested too deeply/);
    }
  });

  it(`caps a tRPC batch at ${maxBatchCalls} calls`, async () => {
    const batch = (n: number) =>
      fetch(
        `${server.url}/trpc/${Array.from({ length: n }, () => 'region.provinces').join(',')}?batch=1&input={}`,
      );
    expect((await batch(maxBatchCalls)).status).toBe(200);
    const over = await batch(maxBatchCalls + 1);
    expect(over.status).toBe(400);
  });

  it('limits public region look-ups per address (429)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) {
      const res = await fetch(`${server.url}/region?q=sidoarjo`);
      statuses.push(res.status);
      await res.body?.cancel();
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
  });
});
