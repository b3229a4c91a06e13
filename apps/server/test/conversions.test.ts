import { createHash, randomUUID } from 'node:crypto';
import { conversionSweepEveryMs, sandboxScript } from '@bosonline/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kopiArabica, warehouseOf } from './catalog-fixtures.ts';
import { type FakeAdPlatforms, startFakeAdPlatforms } from './fakes/ad-platforms.ts';
import { expectError, newSeller, sellerClient, startTestServer, type TestServer } from './harness.ts';

// Server-side Purchase events end to end: the real Meta and TikTok adapters against local fakes
// of the Conversions API and the Events API, COD orders placed through the REST door carrying the
// widget's event id, and the sandbox courier's webhooks moving them to delivered.

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const userAgent = 'Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile';
const pageUrl = 'https://toko-kopi.example/promo?utm_source=meta';
const pixels = { metaPixelId: '1234567890123', tiktokPixelId: 'CABCDEFGHIJ123456789' };

let fake: FakeAdPlatforms;
let server: TestServer;
let shop: Awaited<ReturnType<typeof adShop>>;

async function adShop(target: TestServer) {
  const seller = await sellerClient(target);
  const warehouse = await warehouseOf(target, seller.storeId);
  const product = await seller.client.product.create.mutate(
    kopiArabica(warehouse.id, `CV-${seller.storeId.slice(0, 6)}`, 100),
  );
  const variant = product.variants[0];
  if (!variant) throw new Error('kopiArabica has variants');
  const form = await seller.client.form.create.mutate({
    name: 'Kopi Iklan',
    paymentMethods: ['cod', 'bank_transfer'],
    couriers: [{ code: 'jne', services: ['REG'] }],
    items: [{ variantId: variant.id }],
    pixels,
  });
  return { ...seller, variant, form };
}

/** A COD order through the public REST door, as the widget sends it (with its pixel event id). */
async function placeCod(phone: string, eventId: string | undefined = randomUUID()) {
  const res = await server.rest('POST', `/order/${shop.form.id}`, {
    headers: { 'user-agent': userAgent, referer: pageUrl },
    body: {
      receiver: {
        receiver_name: 'Siti Aminah',
        receiver_phone: phone,
        receiver_addr_id: 15022,
        receiver_address: 'Jl. Melati No. 5, RT 02/RW 03',
      },
      items: {
        service_code: 'REG',
        courier_code: 'jne',
        payment_method: { type: 'cod', bank: null },
        order_items: [{ item_sku: shop.variant.sku, item_qty: 2 }],
      },
      event_id: eventId,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const order = await server.db.order.findFirstOrThrow({
    where: { storeId: shop.storeId },
    orderBy: { createdAt: 'desc' },
  });
  return { order, eventId };
}

/**
 * Runs the sandbox courier's script to its end (AWB, pickup, delivery), then the conversion sweep
 * that sends what the courier's webhooks wrote.
 */
async function untilDelivered() {
  server.clock.advance(sandboxScript.at(-1)?.afterMs ?? 0);
  await server.runJobs();
  await sweep();
}

async function sweep() {
  server.clock.advance(conversionSweepEveryMs);
  await server.runJobs();
}

/** The seller, signed in anew (the test clock moves past access tokens' lifetime). */
async function seller() {
  const tokens = await server.client().auth.login.mutate({
    login: shop.seller.email,
    password: shop.seller.password,
  });
  return { client: server.client({ token: tokens.accessToken }), token: tokens.accessToken };
}

const eventsFor = (eventId: string) => fake.received.filter((r) => r.event.event_id === eventId);

beforeAll(async () => {
  fake = await startFakeAdPlatforms();
  server = await startTestServer({
    env: {
      CONVERSIONS_PROVIDER: 'platforms',
      META_GRAPH_URL: `${fake.url}/v21.0`,
      TIKTOK_EVENTS_URL: `${fake.url}/open_api/v1.3`,
      CONVERSIONS_KEY: 'a'.repeat(64),
    },
  });
  shop = await adShop(server);
  await shop.client.conversion.updateSettings.mutate({
    id: shop.form.id,
    metaAccessToken: fake.tokens.meta,
    tiktokAccessToken: fake.tokens.tiktok,
  });
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
});

describe('conversion settings', () => {
  it('take access tokens but never give them back, and keep them encrypted in the database', async () => {
    const read = await shop.client.conversion.settings.query({ id: shop.form.id });
    expect(read).toEqual({
      formId: shop.form.id,
      metaPixelId: pixels.metaPixelId,
      tiktokPixelId: pixels.tiktokPixelId,
      metaAccessToken: 'set',
      tiktokAccessToken: 'set',
      codPurchaseOn: 'delivered',
      prepaidPurchaseOn: 'paid',
    });
    const rest = await server.rest('GET', `/store/form/${shop.form.id}/conversions`, { token: shop.token });
    expect(rest.status).toBe(200);
    expect(rest.body.data).toMatchObject({ meta_access_token: 'set', cod_purchase_on: 'delivered' });
    expect(JSON.stringify(rest.body)).not.toContain(fake.tokens.meta);

    const row = await server.db.conversionSetting.findUniqueOrThrow({ where: { formId: shop.form.id } });
    for (const [stored, plain] of [
      [row.metaAccessToken, fake.tokens.meta],
      [row.tiktokAccessToken, fake.tokens.tiktok],
    ] as const) {
      expect(stored).toMatch(/^v1\./);
      expect(stored).not.toContain(plain);
      expect(stored).not.toContain(Buffer.from(plain).toString('base64url').slice(0, 12));
    }
  });

  it('refuse a bad token or event with a 400 naming the field, and write nothing', async () => {
    const before = await server.db.conversionSetting.findUniqueOrThrow({ where: { formId: shop.form.id } });
    const res = await server.rest('PUT', `/store/form/${shop.form.id}/conversions`, {
      token: shop.token,
      body: { meta_access_token: 'has spaces in it, not a token', cod_purchase_on: 'shipped' },
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors ?? {}).sort()).toEqual(['cod_purchase_on', 'meta_access_token']);
    const after = await server.db.conversionSetting.findUniqueOrThrow({ where: { formId: shop.form.id } });
    expect(after).toEqual(before);
  });

  it("answer 404 for another store's form, on both doors", async () => {
    const other = await sellerClient(server);
    await expectError(other.client.conversion.settings.query({ id: shop.form.id }), 'NOT_FOUND');
    await expectError(
      other.client.conversion.updateSettings.mutate({ id: shop.form.id, metaAccessToken: 'x'.repeat(30) }),
      'NOT_FOUND',
    );
    await expectError(other.client.conversion.deliveries.query({ id: shop.form.id }), 'NOT_FOUND');
    const rest = await server.rest('PUT', `/store/form/${shop.form.id}/conversions`, {
      token: other.token,
      body: { meta_access_token: null },
    });
    expect(rest.status).toBe(404);
    expect((await shop.client.conversion.settings.query({ id: shop.form.id })).metaAccessToken).toBe('set');
  });
});

// Before the COD tests: the last of them moves the test clock 8 days on.
describe('Purchase of a transfer order', () => {
  it('is sent when the seller confirms the payment (the default for transfers), not at checkout', async () => {
    const { client } = await seller();
    const account = await client.bankAccount.create.mutate({
      bankCode: 'bca',
      accountNumber: '345193134435',
      accountHolder: 'Toko Iklan',
    });
    const eventId = randomUUID();
    const res = await server.rest('POST', `/order/${shop.form.id}`, {
      headers: { 'user-agent': userAgent },
      body: {
        receiver: {
          receiver_name: 'Rina',
          receiver_phone: '083131412317',
          receiver_addr_id: 15022,
          receiver_address: 'Jl. Mawar No. 9',
        },
        items: {
          service_code: 'REG',
          courier_code: 'jne',
          payment_method: { type: 'transfer', bank: 'BCA' },
          order_items: [{ item_sku: shop.variant.sku, item_qty: 1 }],
        },
        event_id: eventId,
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const order = await server.db.order.findFirstOrThrow({ where: { buyerPhone: '6283131412317' } });
    await sweep();
    expect(eventsFor(eventId)).toEqual([]);

    await client.order.confirmPayment.mutate({
      invoice: order.invoice,
      amount: order.total,
      bankAccountId: account.id,
    });
    await server.runJobs();
    const sent = eventsFor(eventId);
    expect(sent.map((s) => s.platform).sort()).toEqual(['meta', 'tiktok']);
    expect(sent.find((s) => s.platform === 'meta')?.event).toMatchObject({
      event_name: 'Purchase',
      custom_data: { value: order.total, currency: 'IDR' },
      user_data: { fn: [sha256('rina')] },
    });
    // A single name has no last name to send.
    expect(sent.find((s) => s.platform === 'meta')?.event.user_data?.ln).toBeUndefined();
  });
});

describe('the order detail', () => {
  it("lists the order's conversions with the platform's answer and retries, on both doors", async () => {
    const { order, eventId } = await placeCod('083131412318');
    fake.fail.meta = 1;
    await untilDelivered();
    const { client } = await seller();
    const retrying = await client.order.detail.query({ invoice: order.invoice });
    expect(
      retrying.conversions?.map((c) => [c.platform, c.eventName, c.status, c.attempts, c.statusCode]),
    ).toEqual([
      ['meta', 'Purchase', 'pending', 1, 500],
      ['tiktok', 'Purchase', 'sent', 1, 200],
    ]);
    expect(retrying.conversions?.[0]?.response).toEqual(expect.any(String));

    await sweep();
    const done = await (await seller()).client.order.detail.query({ invoice: order.invoice });
    const meta = done.conversions?.find((c) => c.platform === 'meta');
    expect(meta).toMatchObject({
      status: 'sent',
      attempts: 2,
      statusCode: 200,
      eventId,
      trigger: 'delivered',
    });
    expect(meta?.response).toContain('"events_received":1');
    expect(meta?.sentAt).toEqual(expect.any(Date));
    expect(meta?.updatedAt.getTime()).toBeGreaterThan(meta?.createdAt.getTime() ?? Number.POSITIVE_INFINITY);

    const rest = await server.rest('GET', `/store/order/${order.invoice}`, { token: (await seller()).token });
    expect(rest.status).toBe(200);
    const conversions = (rest.body.data as { conversions: Record<string, unknown>[] }).conversions;
    expect(conversions.map((c) => [c.platform, c.event_name, c.status, c.attempts, c.status_code])).toEqual([
      ['meta', 'Purchase', 'sent', 2, 200],
      ['tiktok', 'Purchase', 'sent', 1, 200],
    ]);
  });

  it('shows an order without conversions as an empty log, and none to CS (who do not build forms)', async () => {
    const { client } = await seller();
    const person = newSeller({ name: 'CS Iklan' });
    await client.staff.create.mutate({ ...person, role: 'cs' });
    const { order } = await placeCod('083131412319');
    const owner = await client.order.detail.query({ invoice: order.invoice });
    expect(owner.conversions).toEqual([]);
    const login = await server.client().auth.login.mutate({ login: person.email, password: person.password });
    const cs = await server
      .client({ token: login.accessToken })
      .order.detail.query({ invoice: order.invoice });
    expect(cs.invoice).toBe(order.invoice);
    expect(cs.conversions).toBeNull();
  });
});

describe('Purchase of a COD order', () => {
  it('is sent once, on delivery, to both platforms with the widget’s event id, hashed buyer data and the value', async () => {
    const { order, eventId } = await placeCod('083131412312');
    await server.runJobs();
    expect(eventsFor(eventId as string)).toEqual([]);

    await untilDelivered();
    const delivered = await server.db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(delivered.status).toBe('delivered');
    const sent = eventsFor(eventId as string);
    expect(sent.map((s) => [s.platform, s.pixelId])).toEqual(
      expect.arrayContaining([
        ['meta', pixels.metaPixelId],
        ['tiktok', pixels.tiktokPixelId],
      ]),
    );
    expect(sent).toHaveLength(2);

    const meta = sent.find((s) => s.platform === 'meta')?.event;
    expect(meta).toMatchObject({
      event_name: 'Purchase',
      event_id: eventId,
      event_time: Math.floor(order.createdAt.getTime() / 1000),
      action_source: 'website',
      event_source_url: pageUrl,
      custom_data: {
        currency: 'IDR',
        value: order.total,
        order_id: order.invoice,
        content_ids: [shop.variant.sku],
      },
    });
    expect(meta?.user_data).toMatchObject({
      ph: [sha256('6283131412312')],
      fn: [sha256('siti')],
      ln: [sha256('aminah')],
      country: [sha256('id')],
      client_user_agent: userAgent,
      client_ip_address: '127.0.0.1',
    });
    const tiktok = sent.find((s) => s.platform === 'tiktok')?.event;
    expect(tiktok).toMatchObject({
      event: 'Purchase',
      event_id: eventId,
      user: { phone: sha256('+6283131412312'), user_agent: userAgent, ip: '127.0.0.1' },
      page: { url: pageUrl },
      properties: { currency: 'IDR', value: order.total, order_id: order.invoice },
    });

    // Later sweeps send nothing more.
    await sweep();
    await sweep();
    expect(eventsFor(eventId as string)).toHaveLength(2);

    const log = await (await seller()).client.conversion.deliveries.query({ invoice: order.invoice });
    expect(log.items.map((d) => [d.platform, d.status, d.statusCode, d.eventId]).sort()).toEqual([
      ['meta', 'sent', 200, eventId],
      ['tiktok', 'sent', 200, eventId],
    ]);
    expect(log.items.find((d) => d.platform === 'meta')?.response).toContain('"events_received":1');
    const rest = await server.rest('GET', `/store/order/${order.invoice}/conversions`, {
      token: (await seller()).token,
    });
    expect(rest.status).toBe(200);
    expect((rest.body.data as { items: { event_id: string }[] }).items[0]?.event_id).toBe(eventId);
  });

  it('is never sent for a canceled order', async () => {
    const { order, eventId } = await placeCod('083131412313');
    await (await seller()).client.order.updateStatus.mutate({
      invoice: order.invoice,
      status: 'canceled',
      note: 'Batal',
    });
    await untilDelivered();
    expect(eventsFor(eventId as string)).toEqual([]);
    expect(await server.db.conversionDelivery.count({ where: { orderId: order.id } })).toBe(0);
  });

  it('is never sent for an order the Order Shield holds as suspicious, even counted on creation', async () => {
    const { client } = await seller();
    await client.conversion.updateSettings.mutate({ id: shop.form.id, codPurchaseOn: 'created' });
    await client.shield.addBlock.mutate({ kind: 'phone', value: '083131412319', reason: 'Fake orders' });
    try {
      const { order, eventId } = await placeCod('083131412319');
      expect(order.status).toBe('suspicious');
      await server.runJobs();
      await sweep();
      expect(eventsFor(eventId as string)).toEqual([]);
      const sent = await server.db.conversionDelivery.count({ where: { orderId: order.id, status: 'sent' } });
      expect(sent).toBe(0);
    } finally {
      await client.conversion.updateSettings.mutate({ id: shop.form.id, codPurchaseOn: 'delivered' });
    }
  });

  it('counted on creation, is skipped and logged when the order is canceled before it went out', async () => {
    await (await seller()).client.conversion.updateSettings.mutate({
      id: shop.form.id,
      codPurchaseOn: 'created',
    });
    try {
      const { order, eventId } = await placeCod('083131412314');
      // A COD order's Purchase on creation waits out its booking first.
      await server.runJobs();
      expect(eventsFor(eventId as string)).toEqual([]);
      await (await seller()).client.order.updateStatus.mutate({
        invoice: order.invoice,
        status: 'canceled',
        note: 'Batal',
      });
      await untilDelivered();
      expect(eventsFor(eventId as string)).toEqual([]);
      const log = await (await seller()).client.conversion.deliveries.query({ invoice: order.invoice });
      expect(log.items.map((d) => [d.platform, d.status, d.response]).sort()).toEqual([
        ['meta', 'skipped', 'Not sent: the order is canceled'],
        ['tiktok', 'skipped', 'Not sent: the order is canceled'],
      ]);
    } finally {
      await (await seller()).client.conversion.updateSettings.mutate({
        id: shop.form.id,
        codPurchaseOn: 'delivered',
      });
    }
  });

  it('is retried after a platform 500, then logged as sent', async () => {
    const { order, eventId } = await placeCod('083131412315');
    const meta500 = () => fake.refused.filter((r) => r.platform === 'meta' && r.status === 500).length;
    const refusedBefore = meta500();
    fake.fail.meta = 1;
    await untilDelivered();
    expect(meta500()).toBe(refusedBefore + 1);
    const waiting = await (await seller()).client.conversion.deliveries.query({ invoice: order.invoice });
    expect(waiting.items.find((d) => d.platform === 'meta')).toMatchObject({
      status: 'pending',
      attempts: 1,
      statusCode: 500,
    });
    expect(eventsFor(eventId as string).map((s) => s.platform)).toEqual(['tiktok']);

    // The job runner's backoff: the second attempt a minute later.
    await sweep();
    const log = await (await seller()).client.conversion.deliveries.query({ invoice: order.invoice });
    expect(log.items.find((d) => d.platform === 'meta')).toMatchObject({
      status: 'sent',
      attempts: 2,
      statusCode: 200,
    });
    expect(
      eventsFor(eventId as string)
        .map((s) => s.platform)
        .sort(),
    ).toEqual(['meta', 'tiktok']);
  });

  it("is skipped for Meta when delivered after Meta's 7-day window, and logged", async () => {
    const { order, eventId } = await placeCod('083131412316');
    server.clock.advance(8 * 24 * 3600_000);
    await server.runJobs();
    await sweep();
    expect((await server.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('delivered');
    const log = await (await seller()).client.conversion.deliveries.query({ invoice: order.invoice });
    expect(log.items.find((d) => d.platform === 'meta')).toMatchObject({
      status: 'skipped',
      response: "Not sent: older than Meta's 7-day window for server events",
    });
    expect(eventsFor(eventId as string).map((s) => s.platform)).toEqual(['tiktok']);
  });
});
