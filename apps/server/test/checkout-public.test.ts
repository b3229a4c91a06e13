import { fieldErrors } from '@bosonline/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStore } from '../src/seed/demo-store.ts';
import { kopiArabica, warehouseOf } from './catalog-fixtures.ts';
import { expectError, sellerClient, startTestServer, type TestServer } from './harness.ts';

// The public checkout's read side, as a buyer's page calls it: through the SDK (anonymous) and
// the spec's REST paths. The seeded demo form sells Kopi Arabica BAT-AA-001-01/-02 (Rp45 000,
// 250 g each) from warehouse "Alfian" in region 15022, with idx 00 / JNE REG / SiCepat REG, a 3 %
// COD fee and optional 0.2 % insurance (minimum Rp500).

const demoFormId = demoStore.form.id;

let server: TestServer;
let buyer: ReturnType<TestServer['client']>;
beforeAll(async () => {
  server = await startTestServer({ seed: true });
  buyer = server.client();
});
afterAll(() => server?.close());

let serial = 0;
/** A fresh seller with a stocked Kopi Arabica (250 g at Rp45 000, 500 g at Rp85 000) and a form selling both. */
async function sellerWithForm(
  options: { form?: Record<string, unknown>; quantity?: number; warehouse?: boolean } = {},
) {
  serial += 1;
  const seller = await sellerClient(server);
  const warehouse = await warehouseOf(server, seller.storeId);
  const product = await seller.client.product.create.mutate(
    kopiArabica(warehouse.id, `PUB-${serial}`, options.quantity ?? 10),
  );
  const [small, large] = product.variants;
  if (!small || !large) throw new Error('kopiArabica has two variants');
  const form = await seller.client.form.create.mutate({
    name: `Kopi ${serial}`,
    paymentMethods: ['cod', 'bank_transfer'],
    couriers: [
      { code: 'jne', services: ['REG', 'YES'] },
      { code: 'idx', services: ['00'] },
    ],
    codFee: { type: 'fixed', value: 4_000 },
    insurance: { mode: 'required', percent: 0.5, minimum: 1_000 },
    items: [{ variantId: small.id, price: 39_000 }, { variantId: large.id }],
    ...options.form,
  });
  return { ...seller, warehouse, product, small, large, form };
}

/** A cart line as `estimateRates` takes it. */
const line = (sku: string, qty = 1) => ({ sku, qty });
const demoCart = [line('BAT-AA-001-01'), line('BAT-AA-001-02')];

describe('checkout.loadForm', () => {
  it('shows the demo form as the widget needs it, with nothing private', async () => {
    const form = await buyer.checkout.loadForm.query({ formId: demoFormId });
    expect(form).toMatchObject({
      id: demoFormId,
      name: 'Kopi Arabica',
      headline: 'Kopi Arabica Gayo & Toraja',
      paymentMethods: ['cod', 'bank_transfer'],
      codFee: { type: 'percent', value: 3 },
      insurance: { mode: 'optional', percent: 0.2, minimum: 500 },
      allowVouchers: true,
      customFields: [{ key: 'email', label: 'Alamat Email', type: 'email', required: false }],
      successPage: { message: 'Terima kasih! Pesananmu sudah kami terima.' },
      theme: { primaryColor: '#6f4e37', buttonText: 'Pesan Sekarang' },
      pixels: { metaPixelId: null, tiktokPixelId: null },
      store: { socialMedia: demoStore.socialMedia },
    });
    expect(form.couriers).toEqual([
      { code: 'idx', name: 'ID Express', services: ['00'] },
      { code: 'jne', name: 'JNE', services: ['REG'] },
      { code: 'sicepat', name: 'SiCepat', services: ['REG'] },
    ]);
    expect(form.items).toEqual([
      {
        variantId: expect.any(String),
        sku: 'BAT-AA-001-01',
        productName: 'Kopi Arabica',
        variantName: 'Gayo',
        options: { Asal: 'Gayo' },
        price: 45_000,
        compareAtPrice: null,
        weightGrams: 250,
        imageUrl: null,
        inStock: true,
      },
      expect.objectContaining({ sku: 'BAT-AA-001-02', variantName: 'Toraja', inStock: true }),
    ]);
    // No stock counts, costs, store ids or staff anywhere in the answer.
    const text = JSON.stringify(form);
    for (const word of ['quantity', 'stock"', 'cost', 'storeId', 'staff', 'warehouse', 'status']) {
      expect(text).not.toContain(word);
    }
  });

  it('answers at GET /order/{id}/form in snake_case', async () => {
    const res = await server.rest('GET', `/order/${demoFormId}/form`);
    expect(res.status).toBe(200);
    expect(res.body.message).toBe('Success');
    expect(res.body.data).toMatchObject({
      id: demoFormId,
      payment_methods: ['cod', 'bank_transfer'],
      cod_fee: { type: 'percent', value: 3 },
      allow_vouchers: true,
    });
    expect((res.body.data as { items: unknown[] }).items[0]).toMatchObject({
      sku: 'BAT-AA-001-01',
      product_name: 'Kopi Arabica',
      compare_at_price: null,
      in_stock: true,
    });
  });

  it('leaves out inactive variants and products, and shows compare-at prices, images and stock as yes/no', async () => {
    const s = await sellerWithForm({ quantity: 0 });
    const image = await server.db.productImage.create({
      data: {
        storeId: s.storeId,
        productId: s.product.id,
        key: `products/${s.product.id}/cover.webp`,
        mimeType: 'image/webp',
        width: 800,
        height: 800,
        bytes: 1_000,
      },
    });
    const before = await buyer.checkout.loadForm.query({ formId: s.form.id });
    expect(before.items.map((i) => [i.sku, i.price, i.compareAtPrice, i.weightGrams, i.inStock])).toEqual([
      [s.small.sku, 39_000, 55_000, 250, false],
      [s.large.sku, 85_000, null, 500, false],
    ]);
    expect(before.items[0]?.imageUrl).toContain(image.key);
    expect(before.store.name).toBeTruthy();

    // Through the seller's door, as in life: each write forgets the cached form.
    await s.client.product.setVariantStatus.mutate({ id: s.large.id, status: 'inactive' });
    await s.client.product.inventory.update.mutate({
      items: [{ variantId: s.small.id, warehouseId: s.warehouse.id, quantity: 3, reason: 'restock' }],
    });
    const after = await buyer.checkout.loadForm.query({ formId: s.form.id });
    expect(after.items.map((i) => [i.sku, i.inStock])).toEqual([[s.small.sku, true]]);

    await s.client.product.setStatus.mutate({ ids: [s.product.id], status: 'inactive' });
    expect((await buyer.checkout.loadForm.query({ formId: s.form.id })).items).toEqual([]);
  });

  it('is 404 for an unknown, inactive or deleted form, and 400 for a malformed id', async () => {
    await expectError(buyer.checkout.loadForm.query({ formId: crypto.randomUUID() }), 'NOT_FOUND');
    const s = await sellerWithForm();
    await s.client.form.setStatus.mutate({ ids: [s.form.id], status: 'inactive' });
    const inactive = await expectError(buyer.checkout.loadForm.query({ formId: s.form.id }), 'NOT_FOUND');
    expect((inactive as Error).message).toBe('Form not found');
    await s.client.form.setStatus.mutate({ ids: [s.form.id], status: 'active' });
    await buyer.checkout.loadForm.query({ formId: s.form.id });
    await s.client.form.delete.mutate({ id: s.form.id });
    await expectError(buyer.checkout.loadForm.query({ formId: s.form.id }), 'NOT_FOUND');

    expect((await server.rest('GET', `/order/${crypto.randomUUID()}/form`)).status).toBe(404);
    expect((await server.rest('GET', '/order/not-a-form/form')).status).toBe(400);
  });

  it('still loads while the courier service is down and nothing is cached, naming couriers by code', async () => {
    await server.deps.ports.cache.flush();
    server.shipping.failing = true;
    try {
      const form = await buyer.checkout.loadForm.query({ formId: demoFormId });
      expect(form.couriers[0]).toEqual({ code: 'idx', name: 'IDX', services: ['00'] });
    } finally {
      server.shipping.failing = false;
    }
  });
});

describe('checkout.couriers', () => {
  it("lists only the form's couriers and services, with names and COD support", async () => {
    expect(await buyer.checkout.couriers.query({ formId: demoFormId })).toEqual([
      { code: 'idx', name: 'ID Express', cod: true, services: [{ code: '00', name: 'Standard', cod: true }] },
      { code: 'jne', name: 'JNE', cod: true, services: [{ code: 'REG', name: 'Reguler', cod: true }] },
      {
        code: 'sicepat',
        name: 'SiCepat',
        cod: true,
        services: [{ code: 'REG', name: 'Reguler', cod: true }],
      },
    ]);
    const s = await sellerWithForm();
    const res = await server.rest('GET', `/order/${s.form.id}/courier`);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      {
        code: 'jne',
        name: 'JNE',
        cod: true,
        services: [
          { code: 'REG', name: 'Reguler', cod: true },
          { code: 'YES', name: 'Yakin Esok Sampai', cod: false },
        ],
      },
      { code: 'idx', name: 'ID Express', cod: true, services: [{ code: '00', name: 'Standard', cod: true }] },
    ]);
  });

  it('is 503 while the courier service is down and its list is not cached, 404 for an unknown form', async () => {
    await server.deps.ports.cache.flush();
    server.shipping.failing = true;
    try {
      await expectError(buyer.checkout.couriers.query({ formId: demoFormId }), 'SERVICE_UNAVAILABLE');
    } finally {
      server.shipping.failing = false;
    }
    await expectError(buyer.checkout.couriers.query({ formId: crypto.randomUUID() }), 'NOT_FOUND');
  });
});

describe('checkout.estimateRates', () => {
  it('prices the spec cart to region 15022: idx 00 at Rp9 000 with COD, fees per service', async () => {
    const estimate = await buyer.checkout.estimateRates.query({
      formId: demoFormId,
      regionId: 15022,
      items: demoCart,
    });
    expect(estimate).toMatchObject({ weightGrams: 500, goodsValue: 90_000 });
    expect(estimate.rates.map((r) => `${r.courierCode}/${r.serviceCode}`).sort()).toEqual([
      'idx/00',
      'jne/REG',
      'sicepat/REG',
    ]);
    // 90 000 goods + 9 000 shipping + 2 700 COD fee (3 %) + 500 insurance: the spec's 102 200.
    expect(estimate.rates.find((r) => r.courierCode === 'idx')).toEqual({
      courierCode: 'idx',
      courierName: 'ID Express',
      serviceCode: '00',
      serviceName: 'Standard',
      price: 9_000,
      etd: '2-3',
      cod: true,
      codFee: 2_700,
      insuranceFee: 500,
    });
    const prices = estimate.rates.map((r) => r.price);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  });

  it('weighs quantities, keeps COD-capable services with cod, and prices fees on the form price', async () => {
    const s = await sellerWithForm();
    const all = await buyer.checkout.estimateRates.query({
      formId: s.form.id,
      regionId: 15022,
      items: [line(s.small.sku, 3), line(s.large.sku, 2)],
    });
    // 3 × 250 g + 2 × 500 g = 1 750 g (2 kg); 3 × 39 000 + 2 × 85 000 = 287 000.
    expect(all).toMatchObject({ weightGrams: 1_750, goodsValue: 287_000 });
    expect(
      all.rates.map((r) => [r.courierCode, r.serviceCode, r.price, r.cod, r.codFee, r.insuranceFee]),
    ).toEqual([
      ['idx', '00', 18_000, true, 4_000, 1_435],
      ['jne', 'REG', 20_000, true, 4_000, 1_435],
      ['jne', 'YES', 36_000, false, null, 1_435],
    ]);
    const cod = await buyer.checkout.estimateRates.query({
      formId: s.form.id,
      regionId: 15022,
      items: [line(s.small.sku, 3), line(s.large.sku, 2)],
      cod: true,
    });
    expect(cod.rates.map((r) => r.serviceCode)).toEqual(['00', 'REG']);

    // A form without COD: no service offers it, whatever the courier can do.
    await s.client.form.update.mutate({ id: s.form.id, paymentMethods: ['bank_transfer'] });
    const transfer = await buyer.checkout.estimateRates.query({
      formId: s.form.id,
      regionId: 15022,
      items: [line(s.small.sku)],
    });
    expect(transfer.rates.every((r) => !r.cod && r.codFee === null)).toBe(true);
  });

  it('answers at GET /order/{id}/rates with the cart compact or as JSON', async () => {
    const compact = await server.rest(
      'GET',
      `/order/${demoFormId}/rates?region_id=15022&items=BAT-AA-001-01:1,BAT-AA-001-02:1&cod=true`,
    );
    expect(compact.status).toBe(200);
    const json = await server.rest(
      'GET',
      `/order/${demoFormId}/rates?region_id=15022&cod=true&items=${encodeURIComponent(JSON.stringify(demoCart))}`,
    );
    expect(json.body).toEqual(compact.body);
    expect(compact.body.data).toMatchObject({
      weight_grams: 500,
      goods_value: 90_000,
      rates: expect.arrayContaining([
        {
          courier_code: 'idx',
          courier_name: 'ID Express',
          service_code: '00',
          service_name: 'Standard',
          price: 9_000,
          etd: '2-3',
          cod: true,
          cod_fee: 2_700,
          insurance_fee: 500,
        },
      ]),
    });

    const missing = await server.rest('GET', `/order/${demoFormId}/rates?region_id=15022`);
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.errors ?? {})).toContain('items');
    const junk = await server.rest('GET', `/order/${demoFormId}/rates?region_id=15022&items=[oops`);
    expect(junk.status).toBe(400);
    const badSku = await server.rest('GET', `/order/${demoFormId}/rates?region_id=15022&items=NOPE:1`);
    expect(badSku).toMatchObject({ status: 400, body: { errors: { 'items.0.sku': [expect.any(String)] } } });
  });

  it('refuses a region above district level, naming regionId', async () => {
    const province = await server.db.region.findFirstOrThrow({ where: { level: 'province' } });
    const city = await server.db.region.findFirstOrThrow({ where: { level: 'city' } });
    for (const region of [province, city]) {
      const error = await expectError(
        buyer.checkout.estimateRates.query({ formId: demoFormId, regionId: region.id, items: demoCart }),
        'BAD_REQUEST',
      );
      expect(Object.keys(fieldErrors(error) ?? {})).toEqual(['regionId']);
    }
    const unknown = await expectError(
      buyer.checkout.estimateRates.query({ formId: demoFormId, regionId: 999_999_999, items: demoCart }),
      'BAD_REQUEST',
    );
    expect(Object.keys(fieldErrors(unknown) ?? {})).toEqual(['regionId']);
  });

  it("refuses SKUs the form does not sell (another store's, an inactive one), naming the line", async () => {
    const s = await sellerWithForm();
    const foreign = await expectError(
      buyer.checkout.estimateRates.query({ formId: demoFormId, regionId: 15022, items: [line(s.small.sku)] }),
      'BAD_REQUEST',
    );
    expect(fieldErrors(foreign)).toEqual({ 'items.0.sku': [`SKU ${s.small.sku} is not sold on this form`] });
    await server.db.variant.update({ where: { id: s.large.id }, data: { status: 'inactive' } });
    const inactive = await expectError(
      buyer.checkout.estimateRates.query({
        formId: s.form.id,
        regionId: 15022,
        items: [line(s.small.sku), line(s.large.sku)],
      }),
      'BAD_REQUEST',
    );
    expect(Object.keys(fieldErrors(inactive) ?? {})).toEqual(['items.1.sku']);
    const zero = await expectError(
      buyer.checkout.estimateRates.query({
        formId: s.form.id,
        regionId: 15022,
        items: [line(s.small.sku, 0)],
      }),
      'BAD_REQUEST',
    );
    expect(Object.keys(fieldErrors(zero) ?? {})).toEqual(['items.0.qty']);
  });

  it('is 409 when the store has no warehouse to ship from, 503 when the courier service is down', async () => {
    const s = await sellerWithForm();
    await server.db.store.update({ where: { id: s.storeId }, data: { defaultWarehouseId: null } });
    const none = await expectError(
      buyer.checkout.estimateRates.query({ formId: s.form.id, regionId: 15022, items: [line(s.small.sku)] }),
      'CONFLICT',
    );
    expect((none as Error).message).toMatch(/no warehouse/);

    server.shipping.failing = true;
    try {
      await expectError(
        buyer.checkout.estimateRates.query({ formId: demoFormId, regionId: 15022, items: demoCart }),
        'SERVICE_UNAVAILABLE',
      );
      const rest = await server.rest(
        'GET',
        `/order/${demoFormId}/rates?region_id=15022&items=BAT-AA-001-01:1`,
      );
      expect(rest.status).toBe(503);
    } finally {
      server.shipping.failing = false;
    }
  });
});

describe('checkout.validateWhatsapp', () => {
  it('asks the provider once, then answers from the cache for 7 days', async () => {
    const first = await buyer.checkout.validateWhatsapp.query({
      phone: '0812 3456 7001',
      formId: demoFormId,
    });
    expect(first).toEqual({ phone: '6281234567001', valid: true, checked: true });
    // With the provider down, a cached answer still comes back: the port is not asked again.
    server.messaging.failing = true;
    try {
      expect(await buyer.checkout.validateWhatsapp.query({ phone: '+62 812-3456-7001' })).toEqual(first);
      server.clock.advance(8 * 24 * 3_600_000);
      await expectError(
        buyer.checkout.validateWhatsapp.query({ phone: '081234567001' }),
        'SERVICE_UNAVAILABLE',
      );
    } finally {
      server.messaging.failing = false;
    }
    expect(await buyer.checkout.validateWhatsapp.query({ phone: '081234567001' })).toEqual(first);
    const row = await server.db.whatsappCheck.findUniqueOrThrow({ where: { phone: '6281234567001' } });
    expect(row.checkedAt.getTime()).toBe(server.clock.now().getTime());
  });

  it('says valid: false for a number without WhatsApp, and caches nothing while the provider is down', async () => {
    expect(await buyer.checkout.validateWhatsapp.query({ phone: '081234567000' })).toEqual({
      phone: '6281234567000',
      valid: false,
      checked: true,
    });
    server.messaging.failing = true;
    try {
      await expectError(
        buyer.checkout.validateWhatsapp.query({ phone: '081234567002' }),
        'SERVICE_UNAVAILABLE',
      );
    } finally {
      server.messaging.failing = false;
    }
    expect(await server.db.whatsappCheck.findUnique({ where: { phone: '6281234567002' } })).toBeNull();
  });

  it('refuses a malformed number on phone, and an unknown form', async () => {
    const bad = await expectError(buyer.checkout.validateWhatsapp.query({ phone: '12345' }), 'BAD_REQUEST');
    expect(Object.keys(fieldErrors(bad) ?? {})).toEqual(['phone']);
    await expectError(
      buyer.checkout.validateWhatsapp.query({ phone: '081234567003', formId: crypto.randomUUID() }),
      'NOT_FOUND',
    );
  });

  it('answers at GET /order/validation-wa', async () => {
    const res = await server.rest('GET', '/order/validation-wa?phone=081234567004');
    expect(res).toEqual({
      status: 200,
      body: { message: 'Success', data: { phone: '6281234567004', valid: true, checked: true } },
    });
    const bad = await server.rest('GET', '/order/validation-wa?phone=abc');
    expect(bad).toMatchObject({ status: 400, body: { errors: { phone: [expect.any(String)] } } });
  });
});

describe('checkout.listVouchers', () => {
  it("lists the form store's applicable vouchers, none when the form takes no vouchers", async () => {
    const s = await sellerWithForm();
    const now = server.clock.now();
    const window = {
      startsAt: new Date(now.getTime() - 60_000),
      endsAt: new Date(now.getTime() + 86_400_000),
    };
    await s.client.voucher.create.mutate({
      code: 'KOPI10',
      name: 'Kopi 10%',
      kind: 'product',
      valueType: 'percentage',
      value: 10,
      ...window,
    });
    await s.client.voucher.create.mutate({
      code: 'ONGKIR',
      name: 'Ongkir 5rb',
      kind: 'shipping',
      valueType: 'fixed',
      value: 5_000,
      minPurchase: 100_000,
      ...window,
    });
    const offers = await buyer.checkout.listVouchers.query({
      formId: s.form.id,
      subtotal: 120_000,
      shippingCost: 9_000,
    });
    expect(offers.map((v) => [v.code, v.discount])).toEqual([
      ['KOPI10', 12_000],
      ['ONGKIR', 5_000],
    ]);
    const small = await buyer.checkout.listVouchers.query({
      formId: s.form.id,
      subtotal: 50_000,
      shippingCost: 9_000,
    });
    expect(small.map((v) => v.code)).toEqual(['KOPI10']);
    // The demo store's vouchers are not this form's.
    expect(
      await buyer.checkout.listVouchers.query({ formId: demoFormId, subtotal: 120_000, shippingCost: 9_000 }),
    ).toEqual([]);

    const rest = await server.rest(
      'GET',
      `/order/${s.form.id}/voucher?subtotal=120000&shipping_cost=9000&buyer_phone=081234567005`,
    );
    expect(rest.status).toBe(200);
    expect((rest.body.data as Array<{ code: string }>).map((v) => v.code)).toEqual(['KOPI10', 'ONGKIR']);

    await s.client.form.update.mutate({ id: s.form.id, allowVouchers: false });
    expect(
      await buyer.checkout.listVouchers.query({ formId: s.form.id, subtotal: 120_000, shippingCost: 9_000 }),
    ).toEqual([]);
    await expectError(
      buyer.checkout.listVouchers.query({ formId: crypto.randomUUID(), subtotal: 1, shippingCost: 0 }),
      'NOT_FOUND',
    );
  });
});

describe('checkout.saveAbandoned', () => {
  it('upserts by form and phone, whatever the spelling', async () => {
    const first = await buyer.checkout.saveAbandoned.mutate({
      formId: demoFormId,
      phone: '081299990001',
      data: { receiver_address: 'Jl. Mawar' },
    });
    const again = await buyer.checkout.saveAbandoned.mutate({
      formId: demoFormId,
      phone: '+62 812-9999-0001',
      name: 'Sari',
      data: { receiver_address: 'Jl. Mawar 2', items: [{ sku: 'BAT-AA-001-01', qty: 2 }] },
    });
    expect(again).toEqual(first);
    const row = await server.db.abandonedCheckout.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({
      buyerPhone: '6281299990001',
      buyerName: 'Sari',
      data: { receiver_address: 'Jl. Mawar 2', items: [{ sku: 'BAT-AA-001-01', qty: 2 }] },
      orderId: null,
    });
    expect(
      await server.db.abandonedCheckout.count({ where: { formId: demoFormId, buyerPhone: '6281299990001' } }),
    ).toBe(1);

    // Concurrent saves of one buyer end in one row.
    const racing = await Promise.all(
      [1, 2, 3].map((n) =>
        buyer.checkout.saveAbandoned.mutate({ formId: demoFormId, phone: '081299990002', data: { n } }),
      ),
    );
    expect(new Set(racing.map((r) => r.id)).size).toBe(1);
  });

  it('answers at POST /order/{id}/abandoned', async () => {
    const res = await server.rest('POST', `/order/${demoFormId}/abandoned`, {
      body: { phone: '081299990003', name: 'Budi', data: { note: 'tolong cepat' } },
    });
    expect(res).toMatchObject({
      status: 200,
      body: { message: 'Success', data: { id: expect.any(String) } },
    });
    const missing = await server.rest('POST', `/order/${crypto.randomUUID()}/abandoned`, {
      body: { phone: '081299990003' },
    });
    expect(missing.status).toBe(404);
  });

  it('leaves a row alone once it is linked to an order', async () => {
    const { id } = await buyer.checkout.saveAbandoned.mutate({
      formId: demoFormId,
      phone: '081299990004',
      data: { step: 1 },
    });
    const order = await server.rest('POST', `/order/${demoFormId}`, {
      body: {
        receiver: {
          receiver_name: 'Faisol',
          receiver_phone: '081299990004',
          receiver_addr_id: 15022,
          receiver_address: 'Bukit Kismadani 1',
        },
        items: {
          service_code: '00',
          courier_code: 'idx',
          payment_method: { type: 'transfer' },
          order_items: [{ item_sku: 'BAT-AA-001-01', item_qty: 1 }],
        },
      },
    });
    expect(order.status).toBe(200);
    const linked = await server.db.abandonedCheckout.findUniqueOrThrow({ where: { id } });
    expect(linked.orderId).not.toBeNull();

    expect(
      await buyer.checkout.saveAbandoned.mutate({
        formId: demoFormId,
        phone: '081299990004',
        data: { step: 2 },
      }),
    ).toEqual({ id });
    expect(await server.db.abandonedCheckout.findUniqueOrThrow({ where: { id } })).toMatchObject({
      data: { step: 1 },
      orderId: linked.orderId,
    });
  });

  it('bounds what it keeps: plain JSON, at most 50 fields and 10 KB', async () => {
    const save = (data: Record<string, unknown>) =>
      buyer.checkout.saveAbandoned.mutate({ formId: demoFormId, phone: '081299990005', data: data as never });
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`f${i}`, i]));
    expect(Object.keys(fieldErrors(await expectError(save(many), 'BAD_REQUEST')) ?? {})).toEqual(['data']);
    const big = { text: 'x'.repeat(11_000) };
    expect(Object.keys(fieldErrors(await expectError(save(big), 'BAD_REQUEST')) ?? {})).toEqual(['data']);
    await expectError(save({ when: new Date() }), 'BAD_REQUEST');
    await expectError(
      buyer.checkout.saveAbandoned.mutate({ formId: demoFormId, phone: '0800', data: {} }),
      'BAD_REQUEST',
    );
    expect(await server.db.abandonedCheckout.count({ where: { buyerPhone: '6281299990005' } })).toBe(0);
  });
});
