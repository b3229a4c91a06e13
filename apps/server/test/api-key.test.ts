import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCs } from '../src/seed/demo-orders.ts';
import {
  demoSellerClient,
  expectError,
  newSeller,
  sellerClient,
  startTestServer,
  type TestServer,
} from './harness.ts';

// Store API keys: a seller's own system calling both doors as `Bearer bos_sk_…`, inside its store
// and its scopes only, until revoked.

let server: TestServer;
let owner: ReturnType<TestServer['client']>;

beforeAll(async () => {
  server = await startTestServer({
    seed: true,
    rateLimits: { apiKeyPerKey: { points: 40, durationSeconds: 60 } },
  });
  ({ client: owner } = await demoSellerClient(server));
});
afterAll(() => server.close());

describe('a read-orders key', () => {
  it('lists the store’s orders on both doors, is refused writing, and stops at revoke', async () => {
    const created = await owner.apiKey.create.mutate({ name: 'Gudang ERP', scopes: ['orders:read'] });
    expect(created.key).toMatch(/^bos_sk_[A-Za-z0-9_-]{43}$/);
    expect(created.key.startsWith(created.prefix)).toBe(true);

    // Only the SHA-256 is stored; the key itself is nowhere in the row.
    const row = await server.db.storeApiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.hash).toBe(createHash('sha256').update(created.key).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(created.key.slice(7));
    expect(await owner.apiKey.list.query()).not.toContain(created.key);

    const system = server.client({ token: created.key });
    const page = await system.order.list.query({ limit: 5 });
    expect(page.items.length).toBeGreaterThan(0);
    const invoice = page.items[0]?.invoice as string;
    expect((await system.order.detail.query({ invoice })).invoice).toBe(invoice);
    const rest = await server.rest('GET', '/store/order?limit=5', { token: created.key });
    expect(rest.status).toBe(200);
    expect((rest.body.data as { items: Array<{ invoice: string }> }).items.map((o) => o.invoice)).toEqual(
      page.items.map((o) => o.invoice),
    );

    // Exactly its scopes: no writes, no catalogue, no account or key management.
    await expectError(system.order.updateStatus.mutate({ invoice, status: 'canceled' }), 'FORBIDDEN');
    const restWrite = await server.rest('PUT', `/store/order/${invoice}/status`, {
      token: created.key,
      body: { status: 'canceled' },
    });
    expect(restWrite.status).toBe(403);
    await expectError(system.product.list.query({}), 'FORBIDDEN');
    await expectError(system.profile.me.query(), 'FORBIDDEN');
    await expectError(system.apiKey.create.mutate({ name: 'x', scopes: ['orders:write'] }), 'FORBIDDEN');
    await expectError(system.admin.auth.me.query(), 'FORBIDDEN');
    expect((await owner.order.detail.query({ invoice })).status).not.toBe('canceled');

    const listed = (await owner.apiKey.list.query()).find((k) => k.id === created.id);
    expect(listed?.lastUsedAt).toBeInstanceOf(Date);
    expect(listed?.scopes).toEqual(['orders:read']);

    await owner.apiKey.revoke.mutate({ id: created.id });
    await expectError(system.order.list.query({ limit: 5 }), 'UNAUTHORIZED');
    expect((await server.rest('GET', '/store/order', { token: created.key })).status).toBe(401);
    expect((await owner.apiKey.list.query()).find((k) => k.id === created.id)?.revokedAt).toBeInstanceOf(
      Date,
    );
  });

  it('sees nothing of another store', async () => {
    const other = await sellerClient(server);
    const { key } = await other.client.apiKey.create.mutate({ name: 'Other', scopes: ['orders:read'] });
    const system = server.client({ token: key });
    expect((await system.order.list.query({ limit: 50 })).items).toEqual([]);
    const demoInvoice = (await owner.order.list.query({ limit: 1 })).items[0]?.invoice as string;
    await expectError(system.order.detail.query({ invoice: demoInvoice }), 'NOT_FOUND');
    // X-Store-Id cannot move a key out of its store.
    const res = await server.rest('GET', `/store/order/${demoInvoice}`, {
      token: key,
      headers: { 'x-store-id': (await owner.profile.me.query()).store?.id as string },
    });
    expect(res.status).toBe(404);
  });
});

describe("the owner's alone (permission apiKey.manage)", () => {
  it('a CS member and an admin get 403 on both doors, reads included, and see none of the keys', async () => {
    const created = await owner.apiKey.create.mutate({ name: 'Owner only', scopes: ['orders:read'] });
    const cs = await loginAs(demoCs[0] as { email: string; password: string });
    const person = newSeller();
    await owner.staff.create.mutate({ ...person, role: 'admin' });
    const admin = await loginAs(person);
    for (const member of [cs, admin]) {
      await expectError(member.client.apiKey.list.query(), 'FORBIDDEN');
      await expectError(
        member.client.apiKey.create.mutate({ name: 'x', scopes: ['orders:read'] }),
        'FORBIDDEN',
      );
      await expectError(member.client.apiKey.revoke.mutate({ id: created.id }), 'FORBIDDEN');
      const rest = await server.rest('GET', '/store/api-key', { token: member.token });
      expect(rest.status).toBe(403);
      expect(JSON.stringify(rest.body)).not.toContain(created.prefix);
    }
    expect((await owner.apiKey.list.query()).find((k) => k.id === created.id)?.revokedAt).toBeNull();
  });
});

async function loginAs(person: { email: string; password: string }) {
  const { accessToken } = await server
    .client()
    .auth.login.mutate({ login: person.email, password: person.password });
  return { client: server.client({ token: accessToken }), token: accessToken };
}

describe('keys', () => {
  it('a write-orders key may follow up but not read; a forged or missing key is 401; unknown scopes are 400', async () => {
    const { key } = await owner.apiKey.create.mutate({ name: 'CS bot', scopes: ['orders:write'] });
    const invoice = (await owner.order.list.query({ limit: 1 })).items[0]?.invoice as string;
    const bot = server.client({ token: key });
    expect((await bot.followUp.send.mutate({ invoice, followUpAttempts: 1 })).sent).toBe(true);
    await expectError(bot.order.list.query({}), 'FORBIDDEN');
    await expectError(server.client({ token: `${key.slice(0, -2)}xx` }).order.list.query({}), 'UNAUTHORIZED');
    const anonymous = await server.rest('POST', '/store/api-key', {
      body: { name: 'x', scopes: ['orders:read'] },
    });
    expect(anonymous.status).toBe(401);
    await expectError(
      owner.apiKey.create.mutate({ name: 'x', scopes: ['everything' as 'orders:read'] }),
      'BAD_REQUEST',
    );
  });

  it('is rate-limited per key', async () => {
    const { key } = await owner.apiKey.create.mutate({ name: 'Busy', scopes: ['orders:read'] });
    const statuses: number[] = [];
    for (let i = 0; i < 41; i++)
      statuses.push((await server.rest('GET', '/store/order?limit=1', { token: key })).status);
    expect(statuses.slice(0, 40).every((s) => s === 200)).toBe(true);
    expect(statuses[40]).toBe(429);
    // Another key of the same store has its own budget.
    const { key: second } = await owner.apiKey.create.mutate({ name: 'Calm', scopes: ['orders:read'] });
    expect((await server.rest('GET', '/store/order?limit=1', { token: second })).status).toBe(200);
  });
});
