import { loadPublishedForm } from '@bosonline/api';
import { fieldErrors } from '@bosonline/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kopiArabica, warehouseOf } from './catalog-fixtures.ts';
import { expectError, newSeller, sellerClient, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

let skuCounter = 0;

/** A seller with a stocked two-variant product (Rp45 000 / Rp85 000) and one CS member. */
async function formSeller() {
  const seller = await sellerClient(server);
  const warehouse = await warehouseOf(server, seller.storeId);
  skuCounter += 1;
  const product = await seller.client.product.create.mutate(kopiArabica(warehouse.id, `FORM-${skuCounter}`));
  const [small, large] = product.variants;
  if (!small || !large) throw new Error('kopiArabica has two variants');
  const person = newSeller({ name: `Rina CS ${skuCounter}` });
  const cs = await seller.client.staff.create.mutate({ ...person, role: 'cs' });
  return { ...seller, warehouse, product, small, large, cs, csPerson: person };
}
type FormSeller = Awaited<ReturnType<typeof formSeller>>;

/** A valid form input: COD and transfer, two couriers, one variant at a form price. */
function formInput(s: FormSeller, overrides: Record<string, unknown> = {}) {
  return {
    name: 'Kopi Promo Lebaran',
    headline: 'Diskon Lebaran',
    paymentMethods: ['cod', 'bank_transfer'] as Array<'cod' | 'bank_transfer' | 'payment_gateway'>,
    couriers: [
      { code: 'jne', services: ['REG', 'YES'] },
      { code: 'idx', services: ['00'] },
    ],
    codFee: { type: 'percent' as const, value: 2.5 },
    insurance: { mode: 'optional' as const, percent: 0.2, minimum: 500 },
    customFields: [
      {
        key: 'shoe_size',
        label: 'Ukuran sepatu',
        type: 'select' as const,
        required: true,
        options: ['40', '41'],
      },
    ],
    items: [{ variantId: s.small.id, price: 39_000 }, { variantId: s.large.id }],
    staffMemberIds: [s.cs.id],
    ...overrides,
  };
}

describe('forms: create, read, edit', () => {
  it('creates a form with items and staff; detail shows effective prices and staff names', async () => {
    const s = await formSeller();
    const created = await s.client.form.create.mutate(formInput(s));
    expect(created).toMatchObject({
      name: 'Kopi Promo Lebaran',
      slug: 'kopi-promo-lebaran',
      url: '/f/kopi-promo-lebaran',
      status: 'active',
      paymentMethods: ['cod', 'bank_transfer'],
      codFee: { type: 'percent', value: 2.5 },
      insurance: { mode: 'optional', percent: 0.2, minimum: 500 },
      allowVouchers: true,
      successPage: { message: '', redirectUrl: null, whatsappButton: { enabled: false, text: '' } },
      pixels: { metaPixelId: null, tiktokPixelId: null },
      theme: { primaryColor: '#16a34a', buttonText: 'Pesan Sekarang' },
    });

    const detail = await s.client.form.detail.query({ id: created.id });
    expect(
      detail.items.map((i) => [i.sku, i.productName, i.variantName, i.price, i.formPrice, i.available]),
    ).toEqual([
      [s.small.sku, 'Kopi Arabica', '250 g', 39_000, 39_000, true],
      [s.large.sku, 'Kopi Arabica', '500 g', 85_000, null, true],
    ]);
    expect(detail.staff).toEqual([{ memberId: s.cs.id, userId: s.cs.userId, name: s.csPerson.name }]);
    expect(detail.couriers).toEqual([
      { code: 'jne', services: ['REG', 'YES'] },
      { code: 'idx', services: ['00'] },
    ]);

    // The same name again gets a numeric suffix; a chosen slug is kept.
    const again = await s.client.form.create.mutate(formInput(s));
    expect(again.slug).toBe('kopi-promo-lebaran-2');
    const chosen = await s.client.form.create.mutate(formInput(s, { slug: 'Kopi-Murah-01' }));
    expect(chosen.slug).toBe('kopi-murah-01');

    const page = await s.client.form.list.query({ limit: 2 });
    expect(page.items.map((f) => [f.slug, f.itemCount, f.url])).toEqual([
      ['kopi-murah-01', 2, '/f/kopi-murah-01'],
      ['kopi-promo-lebaran-2', 2, '/f/kopi-promo-lebaran-2'],
    ]);
    const rest = await s.client.form.list.query({ limit: 2, cursor: page.nextCursor ?? undefined });
    expect(rest).toMatchObject({ items: [{ id: created.id }], nextCursor: null });
    expect((await s.client.form.list.query({ q: 'murah' })).items.map((f) => f.id)).toEqual([chosen.id]);
  });

  it('refuses invalid settings with 400 naming the field', async () => {
    const s = await formSeller();
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['no payment method', { paymentMethods: [] }, 'paymentMethods'],
      ['unknown courier', { couriers: [{ code: 'dhl', services: ['EXP'] }] }, 'couriers.0.code'],
      ['courier without service', { couriers: [{ code: 'jne', services: [] }] }, 'couriers.0.services'],
      ['no courier', { couriers: [] }, 'couriers'],
      ['bad slug', { slug: 'Promo Lebaran!' }, 'slug'],
      ['short slug', { slug: 'ab' }, 'slug'],
      ['COD percent over 100', { codFee: { type: 'percent', value: 101 } }, 'codFee.value'],
      ['fractional fixed COD', { codFee: { type: 'fixed', value: 1.5 } }, 'codFee.value'],
      [
        'insurance over 10 %',
        { insurance: { mode: 'required', percent: 12, minimum: 0 } },
        'insurance.percent',
      ],
      [
        'select without options',
        { customFields: [{ key: 'size', label: 'Size', type: 'select', options: [] }] },
        'customFields.0.options',
      ],
      [
        'repeated custom key',
        {
          customFields: [
            { key: 'note_one', label: 'A', type: 'text' },
            { key: 'note_one', label: 'B', type: 'textarea' },
          ],
        },
        'customFields.1.key',
      ],
      [
        'camelCase key',
        { customFields: [{ key: 'noteOne', label: 'A', type: 'text' }] },
        'customFields.0.key',
      ],
      ['http redirect', { successPage: { redirectUrl: 'http://example.com' } }, 'successPage.redirectUrl'],
      ['tiktok pixel', { pixels: { tiktokPixelId: 'short' } }, 'pixels.tiktokPixelId'],
      ['meta pixel', { pixels: { metaPixelId: 'abc123' } }, 'pixels.metaPixelId'],
      ['colour', { theme: { primaryColor: 'red' } }, 'theme.primaryColor'],
      ['no items', { items: [] }, 'items'],
      ['negative form price', { items: [{ variantId: s.small.id, price: -1 }] }, 'items.0.price'],
    ];
    for (const [label, patch, field] of cases) {
      const error = await expectError(
        s.client.form.create.mutate(formInput(s, patch) as never),
        'BAD_REQUEST',
      );
      expect(fieldErrors(error)[field], `${label}: ${JSON.stringify(fieldErrors(error))}`).toBeDefined();
    }
    // An admin is a member but does not take orders.
    const admin = await s.client.staff.create.mutate({ ...newSeller(), role: 'admin' });
    const notCs = await expectError(
      s.client.form.create.mutate(formInput(s, { staffMemberIds: [s.cs.id, admin.id] })),
      'BAD_REQUEST',
    );
    expect(fieldErrors(notCs)['staffMemberIds.1']).toEqual(['Only CS staff receive form orders']);
    expect((await s.client.form.list.query()).items).toEqual([]);
  });

  it('answers 409 on a taken slug and 404 on another store’s variant or staff', async () => {
    const s = await formSeller();
    const other = await formSeller();
    await s.client.form.create.mutate(formInput(s, { slug: `taken-${skuCounter}` }));
    // Slugs are platform-wide: the other store cannot take it either.
    const taken = await expectError(
      other.client.form.create.mutate(formInput(other, { slug: `taken-${skuCounter}` })),
      'CONFLICT',
    );
    expect(fieldErrors(taken).slug).toEqual(['This slug is already used by another form']);
    // A blank slug is generated; concurrent creates of one name each get their own.
    const blank = await s.client.form.create.mutate(formInput(s, { name: 'Kopi Blank Slug', slug: '' }));
    expect(blank.slug).toBe('kopi-blank-slug');
    const racing = await Promise.all(
      [1, 2, 3].map(() => other.client.form.create.mutate(formInput(other, { name: 'Serbu Kopi' }))),
    );
    expect(racing.map((f) => f.slug).sort()).toEqual(['serbu-kopi', 'serbu-kopi-2', 'serbu-kopi-3']);

    const foreignVariant = await expectError(
      s.client.form.create.mutate(formInput(s, { items: [{ variantId: other.small.id }] })),
      'NOT_FOUND',
    );
    expect((foreignVariant as Error).message).toBe('Variant not found');
    await expectError(
      s.client.form.create.mutate(formInput(s, { staffMemberIds: [other.cs.id] })),
      'NOT_FOUND',
    );
    // A deactivated member no longer receives orders.
    await s.client.staff.setStatus.mutate({ id: s.cs.id, status: 'inactive' });
    await expectError(s.client.form.create.mutate(formInput(s)), 'NOT_FOUND');
    expect((await s.client.form.list.query()).items).toHaveLength(2);
  });

  it('edits fields, replaces items and staff, and leaves the rest as it was', async () => {
    const s = await formSeller();
    const form = await s.client.form.create.mutate(formInput(s));
    const renamed = await s.client.form.update.mutate({
      id: form.id,
      name: 'Kopi Hemat',
      slug: 'kopi-hemat',
      items: [{ variantId: s.large.id, price: 80_000 }],
      staffMemberIds: [],
      theme: { primaryColor: '#AA3300', buttonText: 'Beli' },
    });
    expect(renamed).toMatchObject({
      name: 'Kopi Hemat',
      slug: 'kopi-hemat',
      headline: 'Diskon Lebaran',
      codFee: { type: 'percent', value: 2.5 },
      customFields: [{ key: 'shoe_size', options: ['40', '41'] }],
      theme: { primaryColor: '#aa3300', buttonText: 'Beli' },
      staff: [],
    });
    expect(renamed.items.map((i) => [i.variantId, i.price])).toEqual([[s.large.id, 80_000]]);
    // Its own slug is not a clash; an update touching nothing else keeps items.
    const same = await s.client.form.update.mutate({ id: form.id, slug: 'kopi-hemat', allowVouchers: false });
    expect(same).toMatchObject({ allowVouchers: false, items: [{ variantId: s.large.id }] });
    await expectError(s.client.form.update.mutate({ id: form.id, items: [] }), 'BAD_REQUEST');
    await expectError(
      s.client.form.update.mutate({ id: '00000000-0000-4000-8000-000000000000', name: 'x' }),
      'NOT_FOUND',
    );
  });

  it('reads and edits the success page', async () => {
    const s = await formSeller();
    const form = await s.client.form.create.mutate(formInput(s));
    const saved = await s.client.form.updateSuccessPage.mutate({
      id: form.id,
      message: 'Terima kasih!',
      redirectUrl: 'https://toko.example.com/terima-kasih',
      whatsappButton: { enabled: true, text: 'Konfirmasi via WhatsApp' },
    });
    expect(saved).toEqual({
      message: 'Terima kasih!',
      redirectUrl: 'https://toko.example.com/terima-kasih',
      whatsappButton: { enabled: true, text: 'Konfirmasi via WhatsApp' },
    });
    expect(await s.client.form.successPage.query({ id: form.id })).toEqual(saved);
    const noText = await expectError(
      s.client.form.updateSuccessPage.mutate({ id: form.id, whatsappButton: { enabled: true, text: '' } }),
      'BAD_REQUEST',
    );
    expect(fieldErrors(noText)['whatsappButton.text']).toBeDefined();
  });
});

describe('forms: bulk actions, copies and deletion', () => {
  it('toggles the status of many forms, all or nothing', async () => {
    const s = await formSeller();
    const a = await s.client.form.create.mutate(formInput(s, { name: 'Form A' }));
    const b = await s.client.form.create.mutate(formInput(s, { name: 'Form B' }));
    const c = await s.client.form.create.mutate(formInput(s, { name: 'Form C' }));
    expect(await s.client.form.setStatus.mutate({ ids: [a.id, b.id], status: 'inactive' })).toEqual({
      updated: 2,
    });
    const inactive = await s.client.form.list.query({ status: 'inactive' });
    expect(inactive.items.map((f) => f.id).sort()).toEqual([a.id, b.id].sort());
    await expectError(
      s.client.form.setStatus.mutate({
        ids: [c.id, '00000000-0000-4000-8000-000000000000'],
        status: 'inactive',
      }),
      'NOT_FOUND',
    );
    expect((await s.client.form.detail.query({ id: c.id })).status).toBe('active');
  });

  it('duplicates one form and a batch: "(copy)", new slug, inactive, same items and staff', async () => {
    const s = await formSeller();
    const form = await s.client.form.create.mutate(formInput(s, { slug: `asli-${skuCounter}` }));
    const copy = await s.client.form.duplicate.mutate({ id: form.id });
    expect(copy).toMatchObject({
      name: 'Kopi Promo Lebaran (copy)',
      slug: `asli-${skuCounter}-copy`,
      status: 'inactive',
      codFee: form.codFee,
      customFields: form.customFields,
      staff: form.staff,
    });
    expect(copy.items).toEqual(form.items);
    expect(copy.id).not.toBe(form.id);

    const batch = await s.client.form.duplicateBatch.mutate({ ids: [form.id, copy.id] });
    expect(batch.items.map((f) => [f.name, f.slug, f.status, f.itemCount])).toEqual([
      ['Kopi Promo Lebaran (copy)', `asli-${skuCounter}-copy-2`, 'inactive', 2],
      ['Kopi Promo Lebaran (copy) (copy)', `asli-${skuCounter}-copy-copy`, 'inactive', 2],
    ]);
    // One unknown id: no copies at all.
    await expectError(
      s.client.form.duplicateBatch.mutate({ ids: [form.id, '00000000-0000-4000-8000-000000000000'] }),
      'NOT_FOUND',
    );
    expect((await s.client.form.list.query()).items).toHaveLength(4);
    await expectError(
      s.client.form.duplicateBatch.mutate({ ids: Array.from({ length: 51 }, () => form.id) }),
      'BAD_REQUEST',
    );
  });

  it('deletes softly: gone from lists and detail, slug free again, orders’ form row kept', async () => {
    const s = await formSeller();
    const slug = `hapus-${skuCounter}`;
    const form = await s.client.form.create.mutate(formInput(s, { slug }));
    expect(await s.client.form.delete.mutate({ id: form.id })).toEqual({ message: 'Form has been deleted' });
    expect((await s.client.form.list.query()).items).toEqual([]);
    await expectError(s.client.form.detail.query({ id: form.id }), 'NOT_FOUND');
    await expectError(s.client.form.delete.mutate({ id: form.id }), 'NOT_FOUND');
    await expectError(s.client.form.duplicate.mutate({ id: form.id }), 'NOT_FOUND');
    const row = await server.db.form.findUniqueOrThrow({ where: { id: form.id } });
    expect(row).toMatchObject({ slug: `${slug}-deleted-${form.id.slice(0, 8)}`, status: 'inactive' });
    expect(row.deletedAt).not.toBeNull();
    const reused = await s.client.form.create.mutate(formInput(s, { slug }));
    expect(reused.slug).toBe(slug);
  });

  it('drops a deleted unsold variant from its forms instead of failing the delete', async () => {
    const s = await formSeller();
    const form = await s.client.form.create.mutate(formInput(s));
    await s.client.product.updateVariants.mutate({
      productId: s.product.id,
      variants: [{ id: s.large.id, sku: s.large.sku, options: { Ukuran: '500 g' }, price: 85_000 }],
    });
    expect((await s.client.form.detail.query({ id: form.id })).items.map((i) => i.variantId)).toEqual([
      s.large.id,
    ]);
    expect(await s.client.product.delete.mutate({ id: s.product.id })).toMatchObject({ mode: 'hard' });
    expect((await s.client.form.detail.query({ id: form.id })).items).toEqual([]);
  });

  it('downloads the form list as CSV through a signed link', async () => {
    const s = await formSeller();
    await s.client.form.create.mutate(formInput(s, { name: 'Form Satu' }));
    const gone = await s.client.form.create.mutate(formInput(s, { name: 'Form Hapus' }));
    await s.client.form.delete.mutate({ id: gone.id });
    const link = await s.client.form.exportLink.query({ format: 'csv' });
    expect(link.filename).toMatch(/^forms-\d{4}-\d{2}-\d{2}\.csv$/);
    const res = await fetch(`${server.url}${link.url}`);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('Name,Slug,Status,Payment methods,Couriers,Items,Created at');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      /^Form Satu,form-satu,active,"cod, bank_transfer",jne: REG YES; idx: 00,2,\d{4}-/,
    );
    const xlsx = await s.client.form.exportLink.query({ format: 'xlsx' });
    expect((await fetch(`${server.url}${xlsx.url}`)).status).toBe(200);
  });
});

describe('forms: the courier catalogue the builder picks from', () => {
  it("lists the provider's couriers with their services and COD; 503 while it is down and not cached", async () => {
    const { client } = await sellerClient(server);
    const catalog = await client.form.courierCatalog.query();
    const jne = catalog.find((c) => c.code === 'jne');
    expect(jne).toMatchObject({ name: 'JNE', cod: true });
    expect(jne?.services.map((s) => s.code)).toContain('REG');
    const pos = catalog.find((c) => c.code === 'pos');
    expect(pos).toMatchObject({ cod: false, services: [{ code: 'KILAT', cod: false }] });
    expect(catalog.map((c) => c.code)).toEqual(expect.arrayContaining(['jne', 'jnt', 'sicepat', 'idx']));
    // The list is cached (it changes on the provider's schedule): an outage shows once it is not.
    await server.deps.ports.cache.flush();
    server.shipping.failing = true;
    try {
      await expectError(client.form.courierCatalog.query(), 'SERVICE_UNAVAILABLE');
    } finally {
      server.shipping.failing = false;
    }
  });
});

describe('forms: roles, checkout loader and REST door', () => {
  it('a cs member may read forms but gets 403 on every write', async () => {
    const s = await formSeller();
    const form = await s.client.form.create.mutate(formInput(s));
    const login = await server.client().auth.login.mutate({
      login: s.csPerson.email,
      password: s.csPerson.password,
    });
    const cs = server.client({ token: login.accessToken, storeId: s.storeId });
    expect((await cs.form.list.query()).items).toHaveLength(1);
    expect((await cs.form.detail.query({ id: form.id })).id).toBe(form.id);
    const writes: Array<() => Promise<unknown>> = [
      () => cs.form.create.mutate(formInput(s)),
      () => cs.form.update.mutate({ id: form.id, name: 'x' }),
      () => cs.form.setStatus.mutate({ ids: [form.id], status: 'inactive' }),
      () => cs.form.updateSuccessPage.mutate({ id: form.id, message: 'x' }),
      () => cs.form.delete.mutate({ id: form.id }),
      () => cs.form.duplicate.mutate({ id: form.id }),
      () => cs.form.duplicateBatch.mutate({ ids: [form.id] }),
    ];
    for (const write of writes) await expectError(write(), 'FORBIDDEN');
  });

  it('loadPublishedForm gives checkout the active form, typed and priced, or null', async () => {
    const s = await formSeller();
    const form = await s.client.form.create.mutate(formInput(s));
    await s.client.product.setVariantStatus.mutate({ id: s.large.id, status: 'inactive' });
    const published = await loadPublishedForm(server.db, form.id);
    expect(published).toMatchObject({
      id: form.id,
      storeId: s.storeId,
      staffMemberIds: [s.cs.id],
      settings: { paymentMethods: ['cod', 'bank_transfer'], codFee: { type: 'percent', value: 2.5 } },
    });
    expect(published?.items.map((i) => [i.sku, i.price, i.weightGrams, i.available])).toEqual([
      [s.small.sku, 39_000, 250, true],
      [s.large.sku, 85_000, 500, false],
    ]);
    // Stored JSON is parsed, never trusted: a broken column falls back to the safe value.
    await server.db.form.update({
      where: { id: form.id },
      data: { couriers: [{ code: 'dhl' }], codFee: 'x' },
    });
    const broken = await loadPublishedForm(server.db, form.id);
    expect(broken?.settings).toMatchObject({ couriers: [], codFee: { type: 'none', value: 0 } });

    await s.client.form.setStatus.mutate({ ids: [form.id], status: 'inactive' });
    expect(await loadPublishedForm(server.db, form.id)).toBeNull();
    expect(await loadPublishedForm(server.db, 'not-a-uuid')).toBeNull();
  });

  it('serves the spec paths with snake_case fields', async () => {
    const s = await formSeller();
    const { token } = s;
    const body = {
      name: 'Form REST',
      payment_methods: ['cod'],
      couriers: [{ code: 'sicepat', services: ['REG'] }],
      cod_fee: { type: 'fixed', value: 5_000 },
      custom_fields: [{ key: 'catatan_kirim', label: 'Catatan', type: 'textarea' }],
      items: [{ variant_id: s.small.id, price: 40_000 }],
      staff_member_ids: [s.cs.id],
    };
    const created = await server.rest('POST', '/store/form', { token, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      message: 'Form has been successfully saved.',
      data: {
        slug: 'form-rest',
        payment_methods: ['cod'],
        cod_fee: { type: 'fixed', value: 5_000 },
        custom_fields: [{ key: 'catatan_kirim', required: false }],
        items: [{ variant_id: s.small.id, price: 40_000, form_price: 40_000, variant_price: 45_000 }],
      },
    });
    const id = (created.body.data as { id: string }).id;

    const bad = await server.rest('POST', '/store/form', {
      token,
      body: { ...body, cod_fee: { type: 'percent', value: 150 } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.['cod_fee.value']).toBeDefined();

    const list = await server.rest('GET', '/store/form?q=rest&limit=5', { token });
    expect(list.body.data).toMatchObject({
      items: [{ id, item_count: 1, url: '/f/form-rest' }],
      next_cursor: null,
    });
    expect((await server.rest('GET', `/store/form/${id}`, { token })).body.data).toMatchObject({ id });

    const edited = await server.rest('PUT', `/store/form/${id}`, { token, body: { allow_vouchers: false } });
    expect(edited.body).toMatchObject({
      message: 'Form has been successfully saved.',
      data: { allow_vouchers: false },
    });
    const status = await server.rest('PATCH', '/store/form/status', {
      token,
      body: { ids: [id], status: 'inactive' },
    });
    expect(status.body).toMatchObject({ message: 'Form status has been updated.', data: { updated: 1 } });

    const page = await server.rest('PUT', `/store/form/${id}/success-page`, {
      token,
      body: { message: 'Makasih', whatsapp_button: { enabled: true, text: 'Chat' } },
    });
    expect(page.body.data).toEqual({
      message: 'Makasih',
      redirect_url: null,
      whatsapp_button: { enabled: true, text: 'Chat' },
    });
    expect((await server.rest('GET', `/store/form/${id}/success-page`, { token })).body.data).toEqual(
      page.body.data,
    );

    const copy = await server.rest('POST', `/store/form/${id}/duplicate`, { token });
    expect(copy.status).toBe(201);
    expect(copy.body.data).toMatchObject({ name: 'Form REST (copy)', slug: 'form-rest-copy' });
    const batch = await server.rest('POST', '/store/form/duplicate', { token, body: { ids: [id] } });
    expect(batch.body.data).toMatchObject({ items: [{ slug: 'form-rest-copy-2' }] });

    const download = await server.rest('GET', '/store/form/download?format=xlsx', { token });
    expect(download.body.data).toMatchObject({ filename: expect.stringMatching(/^forms-.*\.xlsx$/) });

    const deleted = await server.rest('DELETE', `/store/form/${id}`, { token });
    expect(deleted).toEqual({ status: 200, body: { message: 'Form has been deleted' } });
    expect((await server.rest('GET', `/store/form/${id}`, { token })).status).toBe(404);
    expect((await server.rest('GET', '/store/form')).status).toBe(401);
  });
});
