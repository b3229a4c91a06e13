import { hashPassword } from '@bosonline/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kopiArabica, warehouseOf } from './catalog-fixtures.ts';
import { checkoutBody, demoFormId, newTransferOrder } from './demo-orders.ts';
import { demoSellerClient, expectError, sellerClient, startTestServer, type TestServer } from './harness.ts';

// The cache of public reads on both adapters (Redis when REDIS_URL is set, as CI's PostgreSQL run
// does): after each kind of write, the very next read shows it. Then the superadmin Cache group.

const backends = process.env.REDIS_URL ? (['memory', 'redis'] as const) : (['memory'] as const);

describe.each(backends)('cached public reads (%s)', (backend) => {
  let server: TestServer;
  let demo: ReturnType<TestServer['client']>;
  let serial = 0;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, cache: backend });
    ({ client: demo } = await demoSellerClient(server));
  });
  afterAll(() => server?.close());

  const buyer = () => server.client();
  const formKey = (storeId: string, formId: string) => `bos:store:${storeId}:form:${formId}`;
  const cached = async (key: string) => (await server.deps.ports.cache.peek(key)) !== undefined;

  async function sellerWithForm() {
    serial += 1;
    const seller = await sellerClient(server);
    const warehouse = await warehouseOf(server, seller.storeId);
    const product = await seller.client.product.create.mutate(
      kopiArabica(warehouse.id, `CACHE-${serial}`, 5),
    );
    const form = await seller.client.form.create.mutate({
      name: `Kopi ${serial}`,
      paymentMethods: ['cod', 'bank_transfer'],
      couriers: [{ code: 'jne', services: ['REG'] }],
      items: product.variants.map((v) => ({ variantId: v.id })),
    });
    return { ...seller, warehouse, product, form };
  }

  it('serves a loaded form from the cache, and shows an edit on the next read', async () => {
    const s = await sellerWithForm();
    const first = await buyer().checkout.loadForm.query({ formId: s.form.id });
    expect(first.name).toBe(s.form.name);
    expect(await cached(formKey(s.storeId, s.form.id))).toBe(true);
    const hits = (await server.deps.ports.cache.stats()).hits;
    await buyer().checkout.loadForm.query({ formId: s.form.id });
    expect((await server.deps.ports.cache.stats()).hits).toBeGreaterThan(hits);

    await s.client.form.update.mutate({ id: s.form.id, name: 'Kopi Baru', headline: 'Panen Oktober' });
    const edited = await buyer().checkout.loadForm.query({ formId: s.form.id });
    expect([edited.name, edited.headline]).toEqual(['Kopi Baru', 'Panen Oktober']);
    const rest = await server.rest('GET', `/order/${s.form.id}/form`);
    expect((rest.body.data as { name: string }).name).toBe('Kopi Baru');

    // Courier settings: the form's list and the Courier List endpoint follow.
    await s.client.form.update.mutate({ id: s.form.id, couriers: [{ code: 'idx', services: ['00'] }] });
    expect(
      (await buyer().checkout.loadForm.query({ formId: s.form.id })).couriers.map((c) => c.code),
    ).toEqual(['idx']);
    expect((await buyer().checkout.couriers.query({ formId: s.form.id })).map((c) => c.code)).toEqual([
      'idx',
    ]);
  });

  it('never shows a stale price: variant prices and form prices', async () => {
    const s = await sellerWithForm();
    const [small, large] = s.product.variants;
    if (!small || !large) throw new Error('two variants');
    const priceOf = async (sku: string) =>
      (await buyer().checkout.loadForm.query({ formId: s.form.id })).items.find((i) => i.sku === sku)?.price;
    expect(await priceOf(small.sku)).toBe(45_000);

    await s.client.product.updateVariants.mutate({
      productId: s.product.id,
      variants: [
        { id: small.id, sku: small.sku, options: { Ukuran: '250 g' }, price: 47_500 },
        { id: large.id, sku: large.sku, options: { Ukuran: '500 g' }, price: 85_000, weightGrams: 500 },
      ],
    });
    expect(await priceOf(small.sku)).toBe(47_500);

    await s.client.form.update.mutate({
      id: s.form.id,
      items: [{ variantId: small.id, price: 44_000 }, { variantId: large.id }],
    });
    expect(await priceOf(small.sku)).toBe(44_000);
    // What the buyer is then charged is computed from the database, and agrees.
    const rates = await buyer().checkout.estimateRates.query({
      formId: s.form.id,
      regionId: 15022,
      items: [{ sku: small.sku, qty: 2 }],
    });
    expect(rates.goodsValue).toBe(88_000);
  });

  it('follows status, duplicate and delete: 404 at once, back at once', async () => {
    const s = await sellerWithForm();
    await buyer().checkout.loadForm.query({ formId: s.form.id });
    await s.client.form.setStatus.mutate({ ids: [s.form.id], status: 'inactive' });
    await expectError(buyer().checkout.loadForm.query({ formId: s.form.id }), 'NOT_FOUND');
    await s.client.form.setStatus.mutate({ ids: [s.form.id], status: 'active' });
    expect((await buyer().checkout.loadForm.query({ formId: s.form.id })).id).toBe(s.form.id);

    const copy = await s.client.form.duplicate.mutate({ id: s.form.id });
    await expectError(buyer().checkout.loadForm.query({ formId: copy.id }), 'NOT_FOUND'); // inactive copy
    await s.client.form.setStatus.mutate({ ids: [copy.id], status: 'active' });
    expect((await buyer().checkout.loadForm.query({ formId: copy.id })).name).toBe(copy.name);

    await s.client.form.delete.mutate({ id: s.form.id });
    await expectError(buyer().checkout.loadForm.query({ formId: s.form.id }), 'NOT_FOUND');
  });

  it('shows store profile changes on the form and on the hosted page, and follows a new slug', async () => {
    const s = await sellerWithForm();
    const page = async (slug: string) => {
      const res = await fetch(`${server.url}/f/${slug}`);
      return {
        status: res.status,
        text: await res.text(),
        csp: res.headers.get('content-security-policy') ?? '',
      };
    };
    expect((await page(s.form.slug)).status).toBe(200);
    // Who may frame the page follows the store's subdomain.
    const subdomain = `toko-cache-${serial}-${backend}`;
    expect((await page(s.form.slug)).csp).not.toContain(subdomain);
    await s.client.store.setSubdomain.mutate({ slug: subdomain });
    expect((await page(s.form.slug)).csp).toContain(`https://${subdomain}.`);
    await buyer().checkout.loadForm.query({ formId: s.form.id });

    await s.client.store.update.mutate({ name: 'Toko Ganti Nama' });
    expect((await buyer().checkout.loadForm.query({ formId: s.form.id })).store.name).toBe('Toko Ganti Nama');
    expect((await page(s.form.slug)).text).toContain('Toko Ganti Nama');

    const newSlug = `kopi-baru-${serial}-${backend}`;
    await s.client.form.update.mutate({ id: s.form.id, slug: newSlug });
    expect((await page(s.form.slug)).status).toBe(404);
    expect((await page(newSlug)).status).toBe(200);
  });

  it('shows stock sold out by an order and given back by its cancellation; warehouse changes too', async () => {
    const products = await demo.product.list.query({ q: 'BAT-AA-001' });
    const variant = (await demo.product.variants.query({ productId: products.items[0]?.id as string })).find(
      (v) => v.sku === 'BAT-AA-001-01',
    );
    const [warehouse] = await demo.warehouse.list.query();
    if (!variant || !warehouse) throw new Error('demo catalogue');
    const inStock = async () =>
      (await buyer().checkout.loadForm.query({ formId: demoFormId })).items.find(
        (i) => i.sku === 'BAT-AA-001-01',
      )?.inStock;
    await demo.product.inventory.update.mutate({
      items: [{ variantId: variant.id, warehouseId: warehouse.id, quantity: 2, reason: 'adjustment' }],
    });
    expect(await inStock()).toBe(true);

    const invoice = await newTransferOrder(server, demo, '081377770000'); // buys both units
    expect(await inStock()).toBe(false);
    // The cached page cannot oversell: checkout takes stock in the database.
    const oversell = await server.rest('POST', `/order/${demoFormId}`, {
      body: checkoutBody('B', '081377770001', 'BAT-AA-001-01', 1),
    });
    expect(oversell.status).toBe(409);

    await demo.order.updateStatus.mutate({ invoice, status: 'canceled', note: 'batal' });
    expect(await inStock()).toBe(true);

    // A new, empty default warehouse: nothing is in stock where orders would ship from.
    const empty = await demo.warehouse.create.mutate({
      name: 'Gudang Kosong',
      contactName: 'Admin',
      contactPhone: '081200000009',
      regionId: 15022,
      address: 'Jl. Kosong 1',
    });
    await demo.warehouse.setDefault.mutate({ id: empty.id });
    expect(await inStock()).toBe(false);
    await demo.warehouse.setDefault.mutate({ id: warehouse.id });
    expect(await inStock()).toBe(true);
  });

  it("keeps the store's COD risk baseline from a checkout, and forgets it once one of its orders ends", async () => {
    const s = await sellerWithForm();
    const key = `bos:store:${s.storeId}:risk-baseline`;
    expect(await cached(key)).toBe(false);
    // An entry of another shape (an older release's, in a shared Redis) is read again, not trusted.
    await server.deps.ports.cache.set(key, { districtEnded: 1, districtReturned: 0 }, 60);
    const body = checkoutBody('Pembeli Baseline', '081377770400', s.product.variants[0]?.sku as string, 1, {
      payment: 'cod',
    });
    body.items.courier_code = 'jne';
    body.items.service_code = 'REG';
    const res = await server.rest('POST', `/order/${s.form.id}`, { body });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await cached(key)).toBe(true);
    // Read before this store's first order was written: nothing yet.
    expect((await server.deps.ports.cache.peek(key))?.value).toEqual({
      districts: {},
      medianTotal: null,
      medianOrders: 0,
    });
    const invoice = (await s.client.order.list.query({ q: '081377770400' })).items[0]?.invoice as string;
    // Shipping ends nothing the baseline counts; delivery does (a district's rate moves).
    await s.client.order.updateStatus.mutate({ invoice, status: 'shipped' });
    expect(await cached(key)).toBe(true);
    await s.client.order.updateStatus.mutate({ invoice, status: 'delivered' });
    expect(await cached(key)).toBe(false);
  });

  it('shows the last unit gone once "Bukan spam" releases a blocked buyer\'s held order', async () => {
    const products = await demo.product.list.query({ q: 'BAT-AA-001' });
    const variant = (await demo.product.variants.query({ productId: products.items[0]?.id as string })).find(
      (v) => v.sku === 'BAT-AA-001-02',
    );
    const [warehouse] = await demo.warehouse.list.query();
    if (!variant || !warehouse) throw new Error('demo catalogue');
    const { storeId } = await server.db.form.findUniqueOrThrow({ where: { id: demoFormId } });
    const inStock = async () =>
      (await buyer().checkout.loadForm.query({ formId: demoFormId })).items.find(
        (i) => i.sku === 'BAT-AA-001-02',
      )?.inStock;
    await demo.product.inventory.update.mutate({
      items: [{ variantId: variant.id, warehouseId: warehouse.id, quantity: 1, reason: 'adjustment' }],
    });
    const phone = '081377771231';
    await demo.shield.addBlock.mutate({ kind: 'phone', value: phone, reason: 'Uji cache' });
    const res = await server.rest('POST', `/order/${demoFormId}`, {
      body: checkoutBody('Budi Santoso', phone, 'BAT-AA-001-02', 1),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [order] = (await demo.order.list.query({ q: phone, limit: 1 })).items;
    expect(order?.status).toBe('suspicious');
    // Held for the block list, the order took no unit: the form, now cached, still offers it.
    expect(await inStock()).toBe(true);
    expect(await cached(formKey(storeId, demoFormId))).toBe(true);

    // The release takes the last unit, and the very next load shows it gone.
    await demo.shield.release.mutate({ invoice: order?.invoice as string });
    expect(await inStock()).toBe(false);
    // Canceling the released order gives it back.
    await demo.order.updateStatus.mutate({
      invoice: order?.invoice as string,
      status: 'canceled',
      note: 'batal',
    });
    expect(await inStock()).toBe(true);
  });

  it('caches region search and the courier list, and store facts forget bank account changes', async () => {
    const first = await buyer().region.search.query({ q: 'buduran' });
    expect(first.length).toBeGreaterThan(0);
    expect(await buyer().region.search.query({ q: 'buduran' })).toEqual(first);
    const keys = (await server.deps.ports.cache.scan({ match: 'bos:region:*' })).keys;
    expect(keys.length).toBeGreaterThan(0);
    expect(await cached('bos:shipping:couriers')).toBe(true);

    const [store] = await server.db.store.findMany({
      where: { name: 'Toko Demo bosOnline' },
      select: { id: true },
    });
    const factsKey = `bos:store:${store?.id}:facts`;
    await newTransferOrder(server, demo, '081377770002');
    expect(await cached(factsKey)).toBe(true);
    await demo.bankAccount.create.mutate({
      bankCode: 'BNI',
      accountNumber: '0123456789',
      accountHolder: 'Toko Demo',
    });
    expect(await cached(factsKey)).toBe(false);
    const order = await server.rest('POST', `/order/${demoFormId}`, {
      body: checkoutBody('C', '081377770003', 'BAT-AA-001-02', 1),
    });
    expect(JSON.stringify(order.body.data)).toContain('0123456789');
  });
});

describe('superadmin cache endpoints', () => {
  let server: TestServer;
  let superadmin: ReturnType<TestServer['client']>;
  let superToken: string;

  beforeAll(async () => {
    server = await startTestServer({ seed: true });
    const tokens = await server
      .client()
      .admin.auth.login.mutate({ email: 'admin@bosonline.id', password: 'admin12345' });
    superToken = tokens.accessToken;
    superadmin = server.client({ token: superToken });
  });
  afterAll(() => server?.close());

  it('refuses sellers and staff who are not superadmins (403), and anonymous callers (401)', async () => {
    const seller = await sellerClient(server);
    await server.db.adminUser.create({
      data: {
        name: 'Ops',
        email: 'ops@bosonline.id',
        passwordHash: await hashPassword('ops-pass-123'),
        role: 'operations',
      },
    });
    const ops = await server
      .client()
      .admin.auth.login.mutate({ email: 'ops@bosonline.id', password: 'ops-pass-123' });
    for (const client of [seller.client, server.client({ token: ops.accessToken })]) {
      await expectError(client.admin.cache.keys.query({}), 'FORBIDDEN');
      await expectError(client.admin.cache.stats.query(), 'FORBIDDEN');
      await expectError(client.admin.cache.flush.mutate(), 'FORBIDDEN');
      await expectError(client.admin.cache.get.query({ key: 'bos:shipping:couriers' }), 'FORBIDDEN');
      await expectError(client.admin.cache.delete.mutate({ key: 'bos:shipping:couriers' }), 'FORBIDDEN');
      await expectError(client.admin.cache.deletePattern.mutate({ pattern: 'bos:*' }), 'FORBIDDEN');
      await expectError(client.admin.cache.user.query({ id: seller.userId }), 'FORBIDDEN');
      await expectError(client.admin.cache.forgetUser.mutate({ id: seller.userId }), 'FORBIDDEN');
    }
    expect((await server.rest('GET', '/admin/cache/statistics', { token: seller.token })).status).toBe(403);
    expect((await server.rest('DELETE', '/admin/cache', { token: ops.accessToken })).status).toBe(403);
    expect((await server.rest('GET', '/admin/cache')).status).toBe(401);
  });

  it('lists keys page by page, reads and deletes one, shows statistics', async () => {
    await server.client().checkout.loadForm.query({ formId: demoFormId });
    await server.client().checkout.loadForm.query({ formId: demoFormId });
    for (const q of ['buduran', 'sidoarjo', 'gayo', 'kampar', 'surabaya']) {
      await server.client().region.search.query({ q });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { keys: string[]; cursor: string | null } = await superadmin.admin.cache.keys.query({
        limit: 2,
        cursor,
      });
      seen.push(...page.keys);
      cursor = page.cursor;
    } while (cursor);
    const formKey = seen.find((k) => k.endsWith(`:form:${demoFormId}`)) as string;
    expect(formKey).toMatch(/^bos:store:[0-9a-f-]{36}:form:/);
    expect(seen.filter((k) => k.startsWith('bos:region:search:'))).toHaveLength(5);
    expect(seen).toContain('bos:shipping:couriers');

    const regions = await superadmin.admin.cache.keys.query({ match: 'bos:region:*' });
    expect(regions.keys.every((k) => k.startsWith('bos:region:'))).toBe(true);

    const stats = await superadmin.admin.cache.stats.query();
    expect(stats.hits).toBeGreaterThanOrEqual(1);
    expect(stats.misses).toBeGreaterThanOrEqual(1);
    expect(stats.keys).toBe(seen.length);
    expect(stats.memoryBytes).toBeGreaterThan(0);
    expect(stats.hitRate).toBeGreaterThan(0);

    const entry = await superadmin.admin.cache.get.query({ key: formKey });
    expect(entry.value).toMatchObject({ slug: 'kopi-arabica', view: { id: demoFormId } });
    expect(entry.ttlSeconds).toBeGreaterThan(0);
    const rest = await server.rest('GET', `/admin/cache/key/${encodeURIComponent(formKey)}`, {
      token: superToken,
    });
    expect(rest.status).toBe(200);
    expect((rest.body.data as { ttl_seconds: number }).ttl_seconds).toBeGreaterThan(0);

    expect(await superadmin.admin.cache.delete.mutate({ key: formKey })).toEqual({ deleted: 1 });
    await expectError(superadmin.admin.cache.get.query({ key: formKey }), 'NOT_FOUND');
    expect((await server.rest('DELETE', `/admin/cache/key/${formKey}`, { token: superToken })).status).toBe(
      404,
    );
    // Keys outside the cache's own prefix are refused, so nothing else in a shared Redis is reachable.
    expect((await server.rest('GET', '/admin/cache/key/bull:jobs:1', { token: superToken })).status).toBe(
      400,
    );
    expect(
      (await server.rest('DELETE', '/admin/cache/pattern?pattern=*', { token: superToken })).status,
    ).toBe(400);
  });

  it('deletes by pattern, per user or store, and flushes everything', async () => {
    for (const q of ['buduran', 'sidoarjo']) await server.client().region.search.query({ q });
    await server.client().checkout.loadForm.query({ formId: demoFormId });
    const res = await server.rest('DELETE', '/admin/cache/pattern?pattern=bos:region:search:*', {
      token: superToken,
    });
    expect(res.status).toBe(200);
    expect((res.body.data as { deleted: number }).deleted).toBeGreaterThanOrEqual(2);
    expect((await superadmin.admin.cache.keys.query({ match: 'bos:region:*' })).keys).toEqual([]);

    const owner = await server.db.user.findUniqueOrThrow({ where: { email: 'demo@bosonline.id' } });
    const mine = await superadmin.admin.cache.user.query({ id: owner.id });
    expect(mine.stores).toHaveLength(1);
    expect(mine.stores[0]?.keys).toContain(`bos:store:${mine.stores[0]?.storeId}:form:${demoFormId}`);
    const byStore = await server.rest('GET', `/admin/cache/user/${mine.stores[0]?.storeId}`, {
      token: superToken,
    });
    expect((byStore.body.data as { stores: unknown[] }).stores).toEqual([
      { store_id: mine.stores[0]?.storeId, keys: mine.stores[0]?.keys },
    ]);
    await expectError(superadmin.admin.cache.user.query({ id: crypto.randomUUID() }), 'NOT_FOUND');
    const forgot = await server.rest('DELETE', `/admin/cache/user/${owner.id}`, { token: superToken });
    expect((forgot.body.data as { deleted: number }).deleted).toBeGreaterThanOrEqual(1);
    expect((await superadmin.admin.cache.user.query({ id: owner.id })).stores[0]?.keys).toEqual([]);

    await server.client().checkout.loadForm.query({ formId: demoFormId });
    const flushed = await server.rest('DELETE', '/admin/cache', { token: superToken });
    expect(flushed.status).toBe(200);
    expect((flushed.body.data as { deleted: number }).deleted).toBeGreaterThanOrEqual(1);
    expect((await superadmin.admin.cache.stats.query()).keys).toBe(0);
    // The form loads again from the database.
    expect((await server.client().checkout.loadForm.query({ formId: demoFormId })).id).toBe(demoFormId);
  });
});
