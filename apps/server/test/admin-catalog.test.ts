import { type AdminPermission, adminRoleCan, adminRoles } from '@bosonline/contracts';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminClient, adminLogin, demoAdmin, staffMaker } from './admin-harness.ts';
import { imageForm, kopiArabica, pngImage, warehouseOf } from './catalog-fixtures.ts';
import { expectError, sellerClient, startTestServer, type TestServer } from './harness.ts';

// AdminBosOnline › Seller (detail pages), Products and Store, through the SDK and the REST door
// against a real server: who may call what, audit rows with before/after, other stores' data
// reachable through the admin realm only, 404s, 400s that write nothing, and downloads.

type Client = AdminClient;

let server: TestServer;
let superadmin: Client;
let superToken: string;
let staff: ReturnType<typeof staffMaker>;

async function auditOf(targetId: string) {
  return (await superadmin.admin.audit.list.query({ targetId, limit: 100 })).items;
}

async function latestAuditId() {
  return (await superadmin.admin.audit.list.query({ limit: 1 })).items[0]?.id;
}

/** A seller with a warehouse and two products (`<prefix>-A`, `<prefix>-B`, two variants each). */
async function sellerWithCatalog(prefix: string) {
  const seller = await sellerClient(server);
  const warehouse = await warehouseOf(server, seller.storeId);
  const a = await seller.client.product.create.mutate(kopiArabica(warehouse.id, `${prefix}-A`));
  const b = await seller.client.product.create.mutate({
    ...kopiArabica(warehouse.id, `${prefix}-B`),
    name: 'Kopi Robusta',
  });
  return { ...seller, warehouse, products: [a, b] };
}

async function csvLines(url: string) {
  const res = await fetch(`${server.url}${url}`);
  expect(res.status).toBe(200);
  return (await res.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
}

let alpha: Awaited<ReturnType<typeof sellerWithCatalog>>;
let beta: Awaited<ReturnType<typeof sellerWithCatalog>>;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  ({ client: superadmin, token: superToken } = await adminLogin(server, demoAdmin.email, demoAdmin.password));
  staff = staffMaker(server, () => superadmin, 'catalog-');
  alpha = await sellerWithCatalog('ALPHA');
  beta = await sellerWithCatalog('BETA');
});
afterAll(() => server?.close());

const someId = '00000000-0000-4000-8000-000000000000';

/** Every procedure of these groups, the permission it needs, and a call with valid input. */
const procedures: { name: string; permission: AdminPermission; call: (c: Client) => Promise<unknown> }[] = [
  { name: 'seller.summary', permission: 'seller.view', call: (c) => c.admin.seller.summary.query() },
  {
    name: 'seller.setActive',
    permission: 'seller.manage',
    call: (c) => c.admin.seller.setActive.mutate({ id: someId, active: false }),
  },
  {
    name: 'seller.bankAccounts',
    permission: 'seller.bank',
    call: (c) => c.admin.seller.bankAccounts.query({ id: someId }),
  },
  {
    name: 'seller.stores',
    permission: 'seller.view',
    call: (c) => c.admin.seller.stores.query({ id: someId }),
  },
  {
    name: 'seller.updateStore',
    permission: 'seller.manage',
    call: (c) => c.admin.seller.updateStore.mutate({ id: someId, name: 'X' }),
  },
  {
    name: 'seller.products',
    permission: 'seller.view',
    call: (c) => c.admin.seller.products.query({ storeId: someId }),
  },
  {
    name: 'seller.productsExport',
    permission: 'seller.view',
    call: (c) => c.admin.seller.productsExport.query({ storeId: someId }),
  },
  {
    name: 'seller.setProductStatus',
    permission: 'seller.manage',
    call: (c) =>
      c.admin.seller.setProductStatus.mutate({ storeId: someId, ids: [someId], status: 'inactive' }),
  },
  {
    name: 'seller.warehouses',
    permission: 'seller.view',
    call: (c) => c.admin.seller.warehouses.query({ storeId: someId }),
  },
  {
    name: 'seller.domains',
    permission: 'seller.view',
    call: (c) => c.admin.seller.domains.query({ id: someId }),
  },
  {
    name: 'seller.notes',
    permission: 'seller.view',
    call: (c) => c.admin.seller.notes.query({ id: someId }),
  },
  {
    name: 'seller.createNote',
    permission: 'seller.note',
    call: (c) => c.admin.seller.createNote.mutate({ id: someId, body: 'N' }),
  },
  {
    name: 'seller.updateNote',
    permission: 'seller.note',
    call: (c) => c.admin.seller.updateNote.mutate({ id: someId, body: 'N' }),
  },
  { name: 'product.recap', permission: 'product.view', call: (c) => c.admin.product.recap.query() },
  { name: 'product.list', permission: 'product.view', call: (c) => c.admin.product.list.query({}) },
  {
    name: 'product.exportLink',
    permission: 'product.view',
    call: (c) => c.admin.product.exportLink.query({}),
  },
  {
    name: 'product.setStatus',
    permission: 'product.manage',
    call: (c) => c.admin.product.setStatus.mutate({ ids: [someId], status: 'inactive' }),
  },
  {
    name: 'product.updateMarking',
    permission: 'product.manage',
    call: (c) => c.admin.product.updateMarking.mutate({ ids: [someId], marking: 'watch' }),
  },
  {
    name: 'product.detail',
    permission: 'product.view',
    call: (c) => c.admin.product.detail.query({ id: someId }),
  },
  {
    name: 'product.variants',
    permission: 'product.view',
    call: (c) => c.admin.product.variants.query({ productId: someId }),
  },
  {
    name: 'product.variantsExport',
    permission: 'product.view',
    call: (c) => c.admin.product.variantsExport.query({}),
  },
  {
    name: 'product.forms',
    permission: 'product.view',
    call: (c) => c.admin.product.forms.query({ productId: someId }),
  },
  {
    name: 'store.create',
    permission: 'store.manage',
    call: (c) => c.admin.store.create.mutate({ sellerId: someId, name: 'Toko' }),
  },
  {
    name: 'store.uploadImage',
    permission: 'store.manage',
    call: async (c) => {
      const form = imageForm(await pngImage(10, 10));
      form.append('storeId', someId);
      return c.admin.store.uploadImage.mutate(form);
    },
  },
];

describe('who may call what', () => {
  it('refuses seller tokens (403) and anonymous callers (401) on every new admin procedure', async () => {
    for (const p of procedures) {
      await expectError(p.call(alpha.client), 'FORBIDDEN');
      await expectError(p.call(server.client()), 'UNAUTHORIZED');
    }
    const paths = [
      '/admin/sellers/summary',
      `/admin/sellers/${alpha.userId}/bank-accounts`,
      `/admin/stores/${beta.storeId}/products`,
      '/admin/products',
      `/admin/products/${beta.products[0]?.id}`,
    ];
    for (const path of paths)
      expect((await server.rest('GET', path, { token: alpha.token })).status).toBe(403);
  });

  it('refuses staff whose role lacks the permission (403), per the one table', async () => {
    const refused: string[] = [];
    for (const role of adminRoles) {
      if (role === 'superadmin') continue;
      const { client } = await staff(role);
      for (const p of procedures) {
        if (adminRoleCan(role, p.permission)) continue;
        await expectError(p.call(client), 'FORBIDDEN');
        refused.push(`${role}:${p.name}`);
      }
    }
    // The grants the table makes, checked from the other side.
    expect(refused).toEqual(
      expect.arrayContaining([
        'support:seller.bankAccounts',
        'operations:seller.bankAccounts',
        'finance:seller.createNote',
        'finance:product.setStatus',
        'support:product.updateMarking',
        'finance:store.create',
        'support:seller.setActive',
      ]),
    );
    const finance = await staff('finance');
    expect(await finance.client.admin.seller.bankAccounts.query({ id: alpha.userId })).toEqual([]);
    expect((await finance.client.admin.product.list.query({ storeId: alpha.storeId })).items).toHaveLength(2);
    expect((await server.rest('GET', '/admin/products/recap', { token: finance.token })).status).toBe(200);
    expect(
      (
        await server.rest('PATCH', '/admin/products/marking', {
          token: finance.token,
          body: { ids: [someId] },
        })
      ).status,
    ).toBe(403);
  });
});

describe('seller detail', () => {
  it('summarises sellers by status and marking, and counts this month’s registrations', async () => {
    const before = await superadmin.admin.seller.summary.query();
    expect(before.total).toBe(before.byStatus.active + before.byStatus.suspended + before.byStatus.deleted);
    expect(
      before.byMarking.none + before.byMarking.verified + before.byMarking.watch + before.byMarking.fraud,
    ).toBe(before.total);
    const fresh = await sellerClient(server);
    await superadmin.admin.seller.updateStatus.mutate({ id: fresh.userId, marking: 'watch' });
    const after = (await server.rest('GET', '/admin/sellers/summary', { token: superToken })).body.data;
    expect(after).toMatchObject({
      total: before.total + 1,
      new_this_month: before.newThisMonth + 1,
      by_marking: { watch: before.byMarking.watch + 1, none: before.byMarking.none },
      by_status: { active: before.byStatus.active + 1 },
    });
  });

  it('sets a seller inactive and active again through the one suspension rule, audited', async () => {
    const s = await sellerClient(server);
    const off = await server.rest('PATCH', `/admin/sellers/${s.userId}/active`, {
      token: superToken,
      body: { active: false },
    });
    expect(off.status).toBe(200);
    expect(off.body.data).toMatchObject({ status: 'suspended', active_sessions: 0 });
    await expectError(s.client.profile.me.query(), 'UNAUTHORIZED'); // sessions ended, as on suspend
    const on = await superadmin.admin.seller.setActive.mutate({ id: s.userId, active: true });
    expect(on.status).toBe('active');
    const audit = await auditOf(s.userId);
    expect(audit.map((a) => [a.action, a.before, a.after]).reverse()).toEqual([
      ['admin.seller.setActive', { status: 'active', marking: null }, { status: 'suspended', marking: null }],
      ['admin.seller.setActive', { status: 'suspended', marking: null }, { status: 'active', marking: null }],
    ]);
    await expectError(superadmin.admin.seller.setActive.mutate({ id: someId, active: true }), 'NOT_FOUND');
    const bad = await server.rest('PATCH', `/admin/sellers/${s.userId}/active`, {
      token: superToken,
      body: { active: 'maybe' },
    });
    expect(bad.status).toBe(400);
    expect(await auditOf(s.userId)).toHaveLength(2);
  });

  it('shows the seller’s bank accounts, stores, warehouses and domains, which other sellers cannot reach', async () => {
    const account = await alpha.client.bankAccount.create.mutate({
      bankCode: 'bca',
      accountNumber: '345193134434',
      accountHolder: 'Alpha Pemilik',
    });
    // Another seller gets a 404 for it; the admin realm sees it, with its store.
    await expectError(beta.client.bankAccount.detail.query({ id: account.id }), 'NOT_FOUND');
    const banks = await superadmin.admin.seller.bankAccounts.query({ id: alpha.userId });
    expect(banks).toEqual([
      expect.objectContaining({
        id: account.id,
        accountNumber: '345193134434',
        store: expect.objectContaining({ id: alpha.storeId }),
      }),
    ]);
    const rest = await server.rest('GET', `/admin/sellers/${alpha.userId}/bank-accounts`, {
      token: superToken,
    });
    expect((rest.body.data as { account_holder: string }[])[0]?.account_holder).toBe('Alpha Pemilik');

    const stores = await superadmin.admin.seller.stores.query({ id: alpha.userId });
    expect(stores).toEqual([expect.objectContaining({ id: alpha.storeId, ownerId: alpha.userId })]);

    const warehouses = await superadmin.admin.seller.warehouses.query({ storeId: alpha.storeId });
    expect(warehouses.map((w) => [w.id, w.isDefault])).toEqual([[alpha.warehouse.id, true]]);
    await expectError(beta.client.warehouse.detail.query({ id: alpha.warehouse.id }), 'NOT_FOUND');

    const demo = await server.db.user.findUniqueOrThrow({ where: { email: 'demo@bosonline.id' } });
    const [domains] = await superadmin.admin.seller.domains.query({ id: demo.id });
    expect(domains?.formPages).toEqual(
      expect.arrayContaining([expect.objectContaining({ slug: 'kopi-arabica', path: '/f/kopi-arabica' })]),
    );

    for (const call of [
      superadmin.admin.seller.bankAccounts.query({ id: someId }),
      superadmin.admin.seller.stores.query({ id: someId }),
      superadmin.admin.seller.domains.query({ id: someId }),
      superadmin.admin.seller.warehouses.query({ storeId: someId }),
    ])
      await expectError(call, 'NOT_FOUND');
    expect(
      (await server.rest('GET', `/admin/stores/${someId}/warehouses`, { token: superToken })).status,
    ).toBe(404);
    expect(
      (await server.rest('GET', '/admin/stores/not-a-uuid/warehouses', { token: superToken })).status,
    ).toBe(400);
  });

  it('updates a seller’s store profile, audited with before and after; bad input writes nothing', async () => {
    const updated = await server.rest('PUT', `/admin/stores/${alpha.storeId}`, {
      token: superToken,
      body: { name: 'Toko Alpha Resmi', cs_phone: '081234567890' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({ name: 'Toko Alpha Resmi', cs_phone: '6281234567890' });
    expect((await alpha.client.store.get.query()).name).toBe('Toko Alpha Resmi'); // the seller sees it

    const [row] = await auditOf(alpha.storeId);
    expect(row).toMatchObject({
      action: 'admin.seller.updateStore',
      targetType: 'store',
      after: { name: 'Toko Alpha Resmi', csPhone: '6281234567890' },
    });
    expect(row?.before).toMatchObject({ name: `Toko ${alpha.seller.name}`, csPhone: null });

    const audited = await latestAuditId();
    const bad = await server.rest('PUT', `/admin/stores/${alpha.storeId}`, {
      token: superToken,
      body: { name: '', cs_phone: 'abc' },
    });
    expect(bad.status).toBe(400);
    await expectError(superadmin.admin.seller.updateStore.mutate({ id: alpha.storeId }), 'BAD_REQUEST');
    await expectError(superadmin.admin.seller.updateStore.mutate({ id: someId, name: 'X' }), 'NOT_FOUND');
    expect(await latestAuditId()).toBe(audited);
    expect((await alpha.client.store.get.query()).name).toBe('Toko Alpha Resmi');
  });

  it('lists, downloads and changes the status of a store’s products', async () => {
    const [first, second] = alpha.products;
    const page = await superadmin.admin.seller.products.query({ storeId: alpha.storeId, q: 'robusta' });
    expect(page.items.map((p) => p.id)).toEqual([second?.id]);
    const all = await server.rest('GET', `/admin/stores/${alpha.storeId}/products?limit=1`, {
      token: superToken,
    });
    expect((all.body.data as { items: unknown[]; next_cursor: string }).next_cursor).toBeTruthy();
    await expectError(beta.client.product.detail.query({ id: first?.id ?? '' }), 'NOT_FOUND');

    const link = await superadmin.admin.seller.productsExport.query({ storeId: alpha.storeId });
    const lines = await csvLines(link.url);
    expect(lines[0]).toMatch(/^SKU,Name,Category,Status/);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['ALPHA-A', 'ALPHA-B']);
    const xlsx = await server.rest('GET', `/admin/stores/${alpha.storeId}/products/download?format=xlsx`, {
      token: superToken,
    });
    const file = await fetch(`${server.url}${(xlsx.body.data as { url: string }).url}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await file.arrayBuffer());
    expect(book.worksheets[0]?.rowCount).toBe(3);

    const changed = await server.rest('PATCH', `/admin/stores/${alpha.storeId}/products/status`, {
      token: superToken,
      body: { ids: [first?.id], status: 'inactive' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.data).toEqual({ updated: 1 });
    expect((await alpha.client.product.detail.query({ id: first?.id ?? '' })).status).toBe('inactive');
    expect(await auditOf(first?.id ?? '')).toEqual([
      expect.objectContaining({
        action: 'admin.seller.setProductStatus',
        before: { status: 'active' },
        after: { status: 'inactive' },
      }),
    ]);

    // Another store's product in the list: 404 for the lot, nothing changed.
    const audited = await latestAuditId();
    await expectError(
      superadmin.admin.seller.setProductStatus.mutate({
        storeId: alpha.storeId,
        ids: [second?.id ?? '', beta.products[0]?.id ?? ''],
        status: 'inactive',
      }),
      'NOT_FOUND',
    );
    expect((await alpha.client.product.detail.query({ id: second?.id ?? '' })).status).toBe('active');
    expect(await latestAuditId()).toBe(audited);
    await superadmin.admin.seller.setProductStatus.mutate({
      storeId: alpha.storeId,
      ids: [first?.id ?? ''],
      status: 'active',
    });
  });

  it('keeps notes by platform staff with author and time, edits audited', async () => {
    const support = await staff('support');
    const note = await support.client.admin.seller.createNote.mutate({
      id: alpha.userId,
      body: ' Minta KTP ',
    });
    expect(note).toMatchObject({
      sellerId: alpha.userId,
      body: 'Minta KTP',
      author: { id: support.user.id, email: support.user.email },
      updatedBy: null,
    });
    const second = await server.rest('POST', `/admin/sellers/${alpha.userId}/notes`, {
      token: superToken,
      body: { body: 'KTP sudah diterima' },
    });
    expect(second.status).toBe(201);
    const edited = await superadmin.admin.seller.updateNote.mutate({
      id: note.id,
      body: 'Minta KTP dan NPWP',
    });
    expect(edited).toMatchObject({
      author: { id: support.user.id },
      updatedBy: { email: 'admin@bosonline.id' },
    });

    const notes = await superadmin.admin.seller.notes.query({ id: alpha.userId, limit: 1 });
    expect(notes.items.map((n) => n.body)).toEqual(['KTP sudah diterima']); // newest first
    const next = await superadmin.admin.seller.notes.query({
      id: alpha.userId,
      cursor: notes.nextCursor ?? '',
    });
    expect(next.items.map((n) => n.body)).toEqual(['Minta KTP dan NPWP']);
    expect(await superadmin.admin.seller.notes.query({ id: beta.userId })).toMatchObject({ items: [] });

    expect((await auditOf(note.id)).map((a) => [a.action, a.before, a.after]).reverse()).toEqual([
      ['admin.seller.createNote', null, { sellerId: alpha.userId, body: 'Minta KTP' }],
      [
        'admin.seller.updateNote',
        { sellerId: alpha.userId, body: 'Minta KTP' },
        { sellerId: alpha.userId, body: 'Minta KTP dan NPWP' },
      ],
    ]);

    const audited = await latestAuditId();
    const empty = await server.rest('POST', `/admin/sellers/${alpha.userId}/notes`, {
      token: superToken,
      body: { body: '   ' },
    });
    expect(empty.status).toBe(400);
    expect(Object.keys(empty.body.errors ?? {})).toEqual(['body']);
    await expectError(superadmin.admin.seller.createNote.mutate({ id: someId, body: 'x' }), 'NOT_FOUND');
    await expectError(superadmin.admin.seller.updateNote.mutate({ id: someId, body: 'x' }), 'NOT_FOUND');
    expect(await latestAuditId()).toBe(audited);
    expect((await superadmin.admin.seller.notes.query({ id: alpha.userId })).items).toHaveLength(2);
  });
});

describe('products across sellers', () => {
  it('lists every seller’s products with search, status, marking and seller filters, keyset paged', async () => {
    const both = await superadmin.admin.product.list.query({ q: 'ALPHA-', limit: 100 });
    expect(both.items.map((p) => p.sku).sort()).toEqual(['ALPHA-A', 'ALPHA-B']);
    expect(both.items[0]).toMatchObject({
      store: { id: alpha.storeId },
      seller: { id: alpha.userId, email: alpha.seller.email },
      marking: null,
      variantCount: 2,
    });
    const bySeller = await superadmin.admin.product.list.query({ sellerId: beta.userId });
    expect(bySeller.items.map((p) => p.sku)).toEqual(['BETA-B', 'BETA-A']); // newest first
    expect((await superadmin.admin.product.list.query({ q: 'BETA-A-02' })).items.map((p) => p.sku)).toEqual([
      'BETA-A',
    ]);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await superadmin.admin.product.list.query({ limit: 2, cursor });
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([...alpha.products, ...beta.products].map((p) => p.id)));
    expect(seen.length).toBe((await superadmin.admin.product.recap.query()).total);

    const rest = await server.rest('GET', `/admin/products?seller_id=${alpha.userId}&status=active`, {
      token: superToken,
    });
    expect(
      (rest.body.data as { items: { seller: { id: string } }[] }).items.every(
        (p) => p.seller.id === alpha.userId,
      ),
    ).toBe(true);
    expect((await server.rest('GET', '/admin/products?cursor=junk', { token: superToken })).status).toBe(400);
    expect((await server.rest('GET', '/admin/products?marking=great', { token: superToken })).status).toBe(
      400,
    );
  });

  it('marks many products at once across sellers, audited; the recap and filters follow', async () => {
    const recap = await superadmin.admin.product.recap.query();
    const ids = [alpha.products[1]?.id ?? '', beta.products[1]?.id ?? ''];
    const marked = await server.rest('PATCH', '/admin/products/marking', {
      token: superToken,
      body: { ids, marking: 'banned' },
    });
    expect(marked.status).toBe(200);
    expect(marked.body.data).toEqual({ updated: 2 });
    const banned = await superadmin.admin.product.list.query({ marking: 'banned', limit: 100 });
    expect(banned.items.map((p) => p.id).sort()).toEqual([...ids].sort());
    const after = await superadmin.admin.product.recap.query();
    expect(after.byMarking.banned).toBe(recap.byMarking.banned + 2);
    expect(after.byMarking.none).toBe(recap.byMarking.none - 2);
    expect(after.total).toBe(after.byStatus.active + after.byStatus.inactive);
    expect(await auditOf(ids[0] ?? '')).toEqual([
      expect.objectContaining({
        action: 'admin.product.updateMarking',
        before: { marking: null },
        after: { marking: 'banned' },
      }),
    ]);
    // Sellers never see the platform's marking.
    expect(await alpha.client.product.detail.query({ id: ids[0] ?? '' })).not.toHaveProperty('marking');

    const audited = await latestAuditId();
    await expectError(
      superadmin.admin.product.updateMarking.mutate({
        ids: [alpha.products[0]?.id ?? '', someId],
        marking: 'watch',
      }),
      'NOT_FOUND',
    );
    const bad = await server.rest('PATCH', '/admin/products/marking', {
      token: superToken,
      body: { ids: [alpha.products[0]?.id], marking: 'fraud' },
    });
    expect(bad.status).toBe(400);
    expect(await latestAuditId()).toBe(audited);
    expect(
      (await superadmin.admin.product.detail.query({ id: alpha.products[0]?.id ?? '' })).marking,
    ).toBeNull();
  });

  it('changes any sellers’ product status at once, audited per product', async () => {
    const ids = [alpha.products[0]?.id ?? '', beta.products[0]?.id ?? ''];
    const result = await superadmin.admin.product.setStatus.mutate({ ids, status: 'inactive' });
    expect(result).toEqual({ updated: 2 });
    expect((await beta.client.product.detail.query({ id: ids[1] ?? '' })).status).toBe('inactive');
    for (const id of ids)
      expect((await auditOf(id))[0]).toMatchObject({
        action: 'admin.product.setStatus',
        before: { status: 'active' },
        after: { status: 'inactive' },
      });
    const back = await server.rest('PATCH', '/admin/products/status', {
      token: superToken,
      body: { ids, status: 'active' },
    });
    expect(back.status).toBe(200);
    const audited = await latestAuditId();
    expect(
      (
        await server.rest('PATCH', '/admin/products/status', {
          token: superToken,
          body: { ids, status: 'gone' },
        })
      ).status,
    ).toBe(400);
    await expectError(
      superadmin.admin.product.setStatus.mutate({ ids: [someId], status: 'inactive' }),
      'NOT_FOUND',
    );
    expect(await latestAuditId()).toBe(audited);
  });

  it('shows a product’s detail, variants and the forms selling it; 404 for unknown ones', async () => {
    const [product] = beta.products;
    const detail = await superadmin.admin.product.detail.query({ id: product?.id ?? '' });
    expect(detail).toMatchObject({
      id: product?.id,
      sku: 'BETA-A',
      store: { id: beta.storeId },
      seller: { id: beta.userId },
    });
    expect(detail.variants.map((v) => v.sku)).toEqual(['BETA-A-01', 'BETA-A-02']);
    const variants = await server.rest('GET', `/admin/products/${product?.id}/variants`, {
      token: superToken,
    });
    expect(
      (variants.body.data as { sku: string; total_stock: number }[]).map((v) => [v.sku, v.total_stock]),
    ).toEqual([
      ['BETA-A-01', 10],
      ['BETA-A-02', 10],
    ]);

    const demo = (await superadmin.admin.product.list.query({ q: 'BAT-AA-001' })).items.find(
      (p) => p.sku === 'BAT-AA-001',
    );
    const forms = await superadmin.admin.product.forms.query({ productId: demo?.id ?? '' });
    expect(forms).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'd9cc7807-36c2-4eb1-b910-ece18a1bbb6e', path: '/f/kopi-arabica' }),
      ]),
    );
    expect(await superadmin.admin.product.forms.query({ productId: product?.id ?? '' })).toEqual([]);

    for (const call of [
      superadmin.admin.product.detail.query({ id: someId }),
      superadmin.admin.product.variants.query({ productId: someId }),
      superadmin.admin.product.forms.query({ productId: someId }),
      superadmin.admin.product.variantsExport.query({ productId: someId }),
      superadmin.admin.product.exportLink.query({ storeId: someId }),
    ])
      await expectError(call, 'NOT_FOUND');
    expect((await server.rest('GET', `/admin/products/${someId}`, { token: superToken })).status).toBe(404);
    expect((await server.rest('GET', '/admin/products/nope', { token: superToken })).status).toBe(400);
  });

  it('downloads the listed products and a product’s variants, with each row’s store', async () => {
    const listed = await superadmin.admin.product.list.query({ q: 'BETA-', limit: 100 });
    const link = await server.rest('GET', '/admin/products/download?q=BETA-&format=csv', {
      token: superToken,
    });
    expect(link.status).toBe(200);
    const lines = await csvLines((link.body.data as { url: string }).url);
    expect(lines[0]).toMatch(/^Store,SKU,Name/);
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[1])
        .sort(),
    ).toEqual(listed.items.map((p) => p.sku).sort());

    const variants = await superadmin.admin.product.variantsExport.query({
      productId: alpha.products[0]?.id,
    });
    expect(variants.filename).toMatch(/^variants-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = await csvLines(variants.url);
    expect(rows[0]).toMatch(/^Store,Product SKU,Product,SKU,Variant/);
    expect(rows.slice(1).map((l) => l.split(',')[3])).toEqual(['ALPHA-A-01', 'ALPHA-A-02']);
    expect(rows[1]).toContain('Toko Alpha Resmi');

    // A link stops working when its staff member loses the permission, and after five minutes.
    const ops = await staff('operations');
    const opsLink = await ops.client.admin.product.exportLink.query({ sellerId: beta.userId });
    expect(await csvLines(opsLink.url)).toHaveLength(3);
    await superadmin.admin.users.update.mutate({ id: ops.user.id, role: 'support' });
    expect((await fetch(`${server.url}${opsLink.url}`)).status).toBe(200); // support may view products
    await superadmin.admin.users.setActive.mutate({ id: ops.user.id, active: false });
    expect((await fetch(`${server.url}${opsLink.url}`)).status).toBe(404);
    server.clock.advance(6 * 60_000);
    expect((await fetch(`${server.url}${variants.url}`)).status).toBe(404);
  });
});

describe('stores', () => {
  it('creates a store for an existing seller account, audited; unknown sellers 404, bad names 400', async () => {
    const owner = await sellerClient(server);
    const created = await server.rest('POST', '/admin/stores', {
      token: superToken,
      body: { seller_id: owner.userId, name: 'Toko Kedua' },
    });
    expect(created.status).toBe(201);
    const store = created.body.data as { id: string; name: string; owner_id: string };
    expect(store).toMatchObject({ name: 'Toko Kedua', owner_id: owner.userId });
    const detail = await superadmin.admin.seller.detail.query({ id: owner.userId });
    expect(detail.stores.map((s) => s.id)).toEqual([owner.storeId, store.id]);
    // The seller works in it as its owner.
    const inStore = server.client({ token: owner.token, storeId: store.id });
    expect((await inStore.store.get.query()).name).toBe('Toko Kedua');
    expect(await auditOf(store.id)).toEqual([
      expect.objectContaining({
        action: 'admin.store.create',
        before: null,
        after: { name: 'Toko Kedua', ownerId: owner.userId },
      }),
    ]);

    const audited = await latestAuditId();
    await expectError(superadmin.admin.store.create.mutate({ sellerId: someId, name: 'X' }), 'NOT_FOUND');
    const bad = await server.rest('POST', '/admin/stores', {
      token: superToken,
      body: { seller_id: owner.userId, name: '  ' },
    });
    expect(bad.status).toBe(400);
    expect(await latestAuditId()).toBe(audited);
    expect((await superadmin.admin.seller.detail.query({ id: owner.userId })).stores).toHaveLength(2);
  });

  it('uploads an image into a seller’s store, re-encoded and audited', async () => {
    const form = imageForm(await pngImage(3000, 1500));
    form.append('storeId', beta.storeId);
    const image = await superadmin.admin.store.uploadImage.mutate(form);
    expect(image).toMatchObject({ storeId: beta.storeId, mimeType: 'image/webp', width: 2000, height: 1000 });
    expect((await fetch(`${server.url}${image.url}`)).headers.get('content-type')).toBe('image/webp');
    // The seller can put it on a product, as with their own uploads.
    const withImage = await beta.client.product.update.mutate({
      id: beta.products[1]?.id ?? '',
      imageIds: [image.id],
    });
    expect(withImage.images.map((i) => i.id)).toEqual([image.id]);
    expect(await auditOf(image.id)).toEqual([
      expect.objectContaining({
        action: 'admin.store.uploadImage',
        after: expect.objectContaining({ storeId: beta.storeId }),
      }),
    ]);

    // Through the REST door, multipart with `store_id`.
    const body = imageForm(await pngImage(60, 60));
    body.append('store_id', alpha.storeId);
    const res = await fetch(`${server.url}/admin/stores/image`, {
      method: 'POST',
      headers: { authorization: `Bearer ${superToken}` },
      body,
    });
    const answer = await res.clone().text();
    expect(res.status, answer).toBe(201);
    expect(((await res.json()) as { data: { store_id: string } }).data.store_id).toBe(alpha.storeId);

    const audited = await latestAuditId();
    const stored = await server.db.productImage.count();
    const unknown = imageForm(await pngImage(10, 10));
    unknown.append('storeId', someId);
    await expectError(superadmin.admin.store.uploadImage.mutate(unknown), 'NOT_FOUND');
    const noStore = imageForm(await pngImage(10, 10));
    await expectError(superadmin.admin.store.uploadImage.mutate(noStore), 'BAD_REQUEST');
    const notImage = imageForm(new TextEncoder().encode('%PDF-1.4 not an image'), 'x.png');
    notImage.append('storeId', alpha.storeId);
    await expectError(superadmin.admin.store.uploadImage.mutate(notImage), 'BAD_REQUEST');
    expect(await latestAuditId()).toBe(audited);
    expect(await server.db.productImage.count()).toBe(stored);
  });
});
