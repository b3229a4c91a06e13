import { fieldErrors } from '@bosonline/sdk';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageForm, kopiArabica, pngImage, warehouseOf } from './catalog-fixtures.ts';
import { expectError, newSeller, sellerClient, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function stockedSeller() {
  const seller = await sellerClient(server);
  const warehouse = await warehouseOf(server, seller.storeId);
  return { ...seller, warehouse };
}

describe('products and variants', () => {
  it('creates a product with variants and stock, lists it, shows it and checks SKUs', async () => {
    const { client, warehouse } = await stockedSeller();
    const created = await client.product.create.mutate(kopiArabica(warehouse.id));
    expect(created).toMatchObject({ sku: 'BAT-AA-001', name: 'Kopi Arabica', status: 'active' });
    expect(created.variants.map((v) => [v.sku, v.name, v.price, v.totalStock])).toEqual([
      ['BAT-AA-001-01', '250 g', 45_000, 10],
      ['BAT-AA-001-02', '500 g', 85_000, 10],
    ]);

    const page = await client.product.list.query({ q: 'arab' });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      variantCount: 2,
      minPrice: 45_000,
      maxPrice: 85_000,
      totalStock: 20,
    });
    expect((await client.product.list.query({ q: 'BAT-AA-001-02' })).items).toHaveLength(1);
    // SKU prefixes match whatever their case; % and _ in them are plain characters.
    expect((await client.product.list.query({ q: 'bat-aa-001-0' })).items).toHaveLength(1);
    expect((await client.product.list.query({ q: 'Bat-Aa' })).items).toHaveLength(1);
    for (const q of ['BAT_AA', 'BAT%01']) {
      expect((await client.product.list.query({ q })).items, q).toEqual([]);
    }
    // So are they in the name term: no name here holds a % or an _.
    for (const q of ['%', '_', 'kopi_arabica']) {
      expect((await client.product.list.query({ q })).items, q).toEqual([]);
    }
    expect((await client.product.list.query({ q: 'teh' })).items).toEqual([]);

    expect(await client.product.checkVariantSku.query({ sku: 'BAT-AA-001-01' })).toMatchObject({
      available: false,
    });
    expect(
      await client.product.checkVariantSku.query({
        sku: 'BAT-AA-001-01',
        excludeId: created.variants[0]?.id,
      }),
    ).toMatchObject({ available: true });
    expect(await client.product.checkSku.query({ sku: 'BAT-AA-999' })).toMatchObject({ available: true });

    const edit = await client.product.forEdit.query({ id: created.id });
    expect(edit.warehouses).toEqual([{ id: warehouse.id, name: warehouse.name, isDefault: true }]);
    expect(edit.categories.length).toBeGreaterThan(5);
  });

  it('pages on after the last product listed has left the filtered list, skipping none', async () => {
    const { client, warehouse } = await stockedSeller();
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      ids.push((await client.product.create.mutate(kopiArabica(warehouse.id, `PG-${n}`))).id);
    }
    const [one, two, three] = ids;
    const first = await client.product.list.query({ status: 'active', sort: 'oldest', limit: 1 });
    expect(first.items.map((p) => p.id)).toEqual([one]);
    await client.product.setStatus.mutate({ ids: [one ?? ''], status: 'inactive' });
    const next = await client.product.list.query({
      status: 'active',
      sort: 'oldest',
      limit: 1,
      cursor: first.nextCursor ?? '',
    });
    expect(next.items.map((p) => p.id)).toEqual([two]);
    const last = await client.product.list.query({
      status: 'active',
      sort: 'oldest',
      limit: 1,
      cursor: next.nextCursor ?? '',
    });
    expect(last).toMatchObject({ items: [{ id: three }], nextCursor: null });
  });

  it('refuses bad input with field messages and duplicate SKUs with 409', async () => {
    const { client, warehouse } = await stockedSeller();
    const base = kopiArabica(warehouse.id, 'KOPI-1');
    type Variant = (typeof base.variants)[number];
    const [first, second] = base.variants as [Variant, Variant];
    const withVariant = (patch: Record<string, unknown>) => ({
      ...base,
      variants: [{ ...first, ...patch } as Variant, second],
    });

    const negativePrice = await expectError(
      client.product.create.mutate(withVariant({ price: -1 })),
      'BAD_REQUEST',
    );
    expect(fieldErrors(negativePrice)['variants.0.price']).toEqual(['Must not be negative']);
    const negativeStock = await expectError(
      client.product.create.mutate(withVariant({ stock: [{ warehouseId: warehouse.id, quantity: -5 }] })),
      'BAD_REQUEST',
    );
    expect(fieldErrors(negativeStock)['variants.0.stock.0.quantity']).toEqual(['Stock cannot be negative']);
    const spaced = await expectError(
      client.product.create.mutate(withVariant({ sku: 'KOPI 1' })),
      'BAD_REQUEST',
    );
    expect(fieldErrors(spaced)['variants.0.sku']?.[0]).toMatch(/no spaces/);
    const repeated = await expectError(
      client.product.create.mutate(withVariant({ sku: 'KOPI-1-02' })),
      'BAD_REQUEST',
    );
    expect(fieldErrors(repeated)['variants.1.sku']).toEqual(['SKU is repeated in this product']);
    const compare = await expectError(
      client.product.create.mutate(withVariant({ compareAtPrice: 10 })),
      'BAD_REQUEST',
    );
    expect(fieldErrors(compare)['variants.0.compareAtPrice']).toBeDefined();
    const category = await expectError(
      client.product.create.mutate({ ...base, categoryId: 99_999 }),
      'BAD_REQUEST',
    );
    expect(fieldErrors(category).categoryId).toBeDefined();

    await client.product.create.mutate(base);
    const dupVariant = await expectError(
      client.product.create.mutate({ ...kopiArabica(warehouse.id, 'KOPI-2'), variants: base.variants }),
      'CONFLICT',
    );
    expect(fieldErrors(dupVariant)['variants.0.sku']?.[0]).toMatch(/already used/);
    await expectError(client.product.create.mutate({ ...kopiArabica(warehouse.id, 'KOPI-1') }), 'CONFLICT');
    // Nothing half-written: still exactly one product.
    expect((await client.product.list.query()).items).toHaveLength(1);
  });

  it('edits details, replaces variants (add, edit, remove) and toggles statuses', async () => {
    const { client, warehouse } = await stockedSeller();
    const product = await client.product.create.mutate(kopiArabica(warehouse.id, 'TEH-1'));
    const updated = await client.product.update.mutate({ id: product.id, name: 'Teh Hijau', categoryId: 4 });
    expect(updated).toMatchObject({ name: 'Teh Hijau', category: { id: 4 } });

    const [first] = product.variants;
    const replaced = await client.product.updateVariants.mutate({
      productId: product.id,
      variants: [
        { id: first?.id, sku: 'TEH-1-01', options: { Ukuran: '100 g' }, price: 20_000 },
        {
          sku: 'TEH-1-03',
          options: { Ukuran: '1 kg' },
          price: 150_000,
          stock: [{ warehouseId: warehouse.id, quantity: 3 }],
        },
      ],
    });
    expect(replaced.variants.map((v) => [v.sku, v.name, v.price, v.totalStock])).toEqual([
      ['TEH-1-01', '100 g', 20_000, 10],
      ['TEH-1-03', '1 kg', 150_000, 3],
    ]);
    // The removed variant's SKU is free again (it was never sold).
    expect(await client.product.checkVariantSku.query({ sku: 'TEH-1-02' })).toMatchObject({
      available: true,
    });

    const inactive = await client.product.setVariantStatus.mutate({
      id: first?.id ?? '',
      status: 'inactive',
    });
    expect(inactive.variants[0]?.status).toBe('inactive');
    expect(await client.product.setStatus.mutate({ ids: [product.id], status: 'inactive' })).toEqual({
      updated: 1,
    });
    expect((await client.product.list.query({ status: 'inactive' })).items.map((p) => p.id)).toEqual([
      product.id,
    ]);
    expect((await client.product.variants.query({ productId: product.id })).length).toBe(2);
  });

  it('deletes unsold products and archives sold ones, keeping their SKUs reserved', async () => {
    const { client, warehouse, storeId } = await stockedSeller();
    const unsold = await client.product.create.mutate(kopiArabica(warehouse.id, 'A-1'));
    expect(await client.product.delete.mutate({ id: unsold.id })).toMatchObject({ mode: 'hard' });
    expect(await client.product.checkSku.query({ sku: 'A-1' })).toMatchObject({ available: true });

    const sold = await client.product.create.mutate(kopiArabica(warehouse.id, 'B-1'));
    const variant = sold.variants[0];
    await server.db.inventoryMovement.create({
      data: {
        storeId,
        variantId: variant?.id ?? '',
        warehouseId: warehouse.id,
        delta: -1,
        quantityAfter: 9,
        reason: 'sale',
      },
    });
    expect(await client.product.delete.mutate({ id: sold.id })).toMatchObject({ mode: 'soft' });
    await expectError(client.product.detail.query({ id: sold.id }), 'NOT_FOUND');
    expect((await client.product.list.query()).items).toEqual([]);
    expect(await client.product.checkVariantSku.query({ sku: 'B-1-01' })).toMatchObject({ available: false });
    expect(await server.db.product.count({ where: { id: sold.id } })).toBe(1);
  });
});

describe('inventory', () => {
  it('sets and adjusts stock in bulk, refuses going below zero, and keeps a ledger', async () => {
    const { client, warehouse } = await stockedSeller();
    const product = await client.product.create.mutate(kopiArabica(warehouse.id, 'INV-1'));
    const [a, b] = product.variants;
    const result = await client.product.inventory.update.mutate({
      items: [
        {
          variantId: a?.id ?? '',
          warehouseId: warehouse.id,
          quantity: 25,
          reason: 'adjustment',
          note: 'stock take',
        },
        { variantId: b?.id ?? '', warehouseId: warehouse.id, delta: -4, reason: 'damaged' },
      ],
    });
    expect(result.updated.map((u) => [u.quantity, u.delta])).toEqual([
      [25, 15],
      [6, -4],
    ]);
    // All or nothing: the second row would go negative, so the first is not applied either.
    await expectError(
      client.product.inventory.update.mutate({
        items: [
          { variantId: a?.id ?? '', warehouseId: warehouse.id, delta: 5, reason: 'restock' },
          { variantId: b?.id ?? '', warehouseId: warehouse.id, delta: -7, reason: 'damaged' },
        ],
      }),
      'CONFLICT',
    );
    const rows = await client.product.inventory.list.query({ productId: product.id });
    expect(rows.items.map((r) => [r.sku, r.quantity])).toEqual(
      expect.arrayContaining([
        ['INV-1-01', 25],
        ['INV-1-02', 6],
      ]),
    );
    expect(
      (await client.product.inventory.list.query({ stock: 'low', lowThreshold: 6 })).items.map((r) => r.sku),
    ).toEqual(['INV-1-02']);
    const ledger = await client.product.inventory.movements.query({ variantId: a?.id ?? '' });
    expect(ledger.items.map((m) => [m.reason, m.delta, m.quantityAfter])).toEqual([
      ['adjustment', 15, 25],
      ['initial', 10, 10],
    ]);
    expect(ledger.items[0]?.actorName).toMatch(/^Seller/);
  });

  it('20 parallel decrements of 10 units: exactly 10 succeed, stock never below zero, ledger sums to stock', async () => {
    const { client, warehouse } = await stockedSeller();
    const product = await client.product.create.mutate(kopiArabica(warehouse.id, 'RACE-1', 10));
    const variantId = product.variants[0]?.id ?? '';
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        client.product.inventory.update.mutate({
          items: [{ variantId, warehouseId: warehouse.id, delta: -1, reason: 'damaged' }],
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(10);
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(10);
    const stock = await server.db.stock.findUniqueOrThrow({
      where: { variantId_warehouseId: { variantId, warehouseId: warehouse.id } },
    });
    expect(stock.quantity).toBe(0);
    const ledger = await server.db.inventoryMovement.aggregate({
      where: { variantId },
      _sum: { delta: true },
    });
    expect(ledger._sum.delta).toBe(stock.quantity);
  });
});

describe('images', () => {
  it('re-encodes an uploaded PNG to WebP, serves it, and attaches it to a product', async () => {
    const { client, warehouse } = await stockedSeller();
    const image = await client.product.uploadImage.mutate(imageForm(await pngImage(3000, 1500)));
    expect(image).toMatchObject({ mimeType: 'image/webp', width: 2000, height: 1000 });
    const served = await fetch(`${server.url}${image.url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');

    const product = await client.product.create.mutate({
      ...kopiArabica(warehouse.id, 'IMG-1'),
      imageIds: [image.id],
    });
    expect(product.images.map((i) => i.id)).toEqual([image.id]);
    expect((await client.product.list.query()).items[0]?.imageUrl).toBe(image.url);
  });

  it('refuses a 6 MB image and a PDF named .png, with a message on the file field', async () => {
    const { client } = await stockedSeller();
    const big = await pngImage(1450, 1450, true);
    expect(big.length).toBeGreaterThan(5.5 * 1024 * 1024);
    const tooBig = await expectError(client.product.uploadImage.mutate(imageForm(big)), 'BAD_REQUEST');
    expect(fieldErrors(tooBig).file?.[0]).toMatch(/limit is 5.0 MB/);

    const pdf = new TextEncoder().encode(
      '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    );
    const notImage = await expectError(
      client.product.uploadImage.mutate(imageForm(pdf, 'photo.png')),
      'BAD_REQUEST',
    );
    expect(fieldErrors(notImage).file?.[0]).toMatch(/application\/pdf/);
    expect(server.storage.objects.size).toBeGreaterThanOrEqual(0);
  });
});

describe('downloads', () => {
  it('streams products, variants and inventory as CSV and XLSX through short-lived links', async () => {
    const { client, warehouse } = await stockedSeller();
    await client.product.create.mutate(kopiArabica(warehouse.id, 'EXP-1'));
    await client.product.create.mutate({
      ...kopiArabica(warehouse.id, 'EXP-2'),
      name: 'Kopi "Robusta", Lampung',
    });

    const csvLink = await client.product.exportLink.query({ kind: 'variants', format: 'csv' });
    expect(csvLink.filename).toMatch(/^variants-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await fetch(`${server.url}${csvLink.url}`);
    expect(csv.headers.get('content-disposition')).toContain(csvLink.filename);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toMatch(/^Product SKU,Product,SKU,Variant/);
    expect(lines).toHaveLength(5);
    expect(lines.find((l) => l.includes('EXP-2-01'))).toContain('"Kopi ""Robusta"", Lampung"');

    const xlsxLink = await client.product.exportLink.query({ kind: 'inventory', format: 'xlsx' });
    const xlsx = await fetch(`${server.url}${xlsxLink.url}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'SKU',
      'Product',
      'Variant',
      'Warehouse',
      'Quantity',
      'Updated at',
    ]);
    expect(sheet?.rowCount).toBe(5);
    expect(sheet?.getRow(2).getCell(5).value).toBe(10);

    // Links expire after five minutes.
    server.clock.advance(6 * 60_000);
    expect((await fetch(`${server.url}${csvLink.url}`)).status).toBe(404);
  });
});

describe('roles', () => {
  it('a cs member can read the catalogue but not change products or stock (403)', async () => {
    const owner = await stockedSeller();
    const product = await owner.client.product.create.mutate(kopiArabica(owner.warehouse.id, 'CS-1'));
    const csUser = newSeller();
    await server.client().auth.register.mutate(csUser);
    const user = await server.db.user.findUniqueOrThrow({ where: { email: csUser.email } });
    await server.db.storeMember.create({ data: { storeId: owner.storeId, userId: user.id, role: 'cs' } });
    const login = await server.client().auth.login.mutate({ login: csUser.email, password: csUser.password });
    const cs = server.client({ token: login.accessToken, storeId: owner.storeId });

    expect((await cs.product.list.query()).items).toHaveLength(1);
    // The same login, without X-Store-Id, acts in the user's own (empty) store; a stranger store is 403.
    const me = await cs.profile.me.query();
    expect(me.store).toMatchObject({ id: owner.storeId, role: 'cs' });
    expect(me.stores.map((s) => s.role).sort()).toEqual(['cs', 'owner']);
    expect((await server.client({ token: login.accessToken }).product.list.query()).items).toEqual([]);
    const stranger = await sellerClient(server);
    await expectError(
      server.client({ token: login.accessToken, storeId: stranger.storeId }).product.list.query(),
      'FORBIDDEN',
    );
    await expectError(cs.product.create.mutate(kopiArabica(owner.warehouse.id, 'CS-2')), 'FORBIDDEN');
    await expectError(cs.product.update.mutate({ id: product.id, name: 'x' }), 'FORBIDDEN');
    await expectError(cs.product.delete.mutate({ id: product.id }), 'FORBIDDEN');
    await expectError(
      cs.product.inventory.update.mutate({
        items: [
          {
            variantId: product.variants[0]?.id ?? '',
            warehouseId: owner.warehouse.id,
            delta: -1,
            reason: 'damaged',
          },
        ],
      }),
      'FORBIDDEN',
    );
    await expectError(cs.product.uploadImage.mutate(imageForm(await pngImage(100, 100))), 'FORBIDDEN');
  });
});

describe('REST door', () => {
  it('creates, lists and uploads at the spec-style paths with snake_case fields', async () => {
    const { token, warehouse } = await stockedSeller();
    const input = kopiArabica(warehouse.id, 'REST-1');
    const body = {
      sku: input.sku,
      name: input.name,
      weight_grams: input.weightGrams,
      variants: input.variants.map((v) => ({
        sku: v.sku,
        options: v.options,
        price: v.price,
        stock: v.stock.map((s) => ({ warehouse_id: s.warehouseId, quantity: s.quantity })),
      })),
    };
    const created = await server.rest('POST', '/store/product', { token, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      message: 'Product has been successfully saved.',
      data: { sku: 'REST-1' },
    });
    // Keys that are seller data (option names) keep their spelling; field names turn snake_case.
    expect(created.body.data).toMatchObject({
      weight_grams: 250,
      variants: [{ options: { Ukuran: '250 g' }, compare_at_price: null }, {}],
    });
    const listed = await server.rest('GET', '/store/product?q=kopi&limit=5', { token });
    expect(listed.body.data).toMatchObject({ items: [{ sku: 'REST-1', variant_count: 2, total_stock: 20 }] });

    const bad = await server.rest('POST', '/store/product', {
      token,
      body: { ...body, variants: [{ ...body.variants[0], price: -5 }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.['variants.0.price']).toEqual(['Must not be negative']);

    const form = imageForm(await pngImage(200, 200));
    const upload = await fetch(`${server.url}/store/product/image`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(upload.status).toBe(201);
    expect(await upload.json()).toMatchObject({
      message: 'Image has been uploaded.',
      data: { mime_type: 'image/webp' },
    });

    const link = await server.rest('GET', '/store/product/download?format=xlsx', { token });
    expect(link.body.data).toMatchObject({ filename: expect.stringMatching(/^products-.*\.xlsx$/) });
  });
});
