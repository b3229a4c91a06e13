import { generateKeyPairSync } from 'node:crypto';
import { type SandboxPayment, WinpaySnapPayment } from '@bosonline/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { kopiArabica, warehouseOf } from './catalog-fixtures.ts';
import { type FakeWinpay, startFakeWinpay } from './fakes/winpay.ts';
import { expectError, sellerClient, startTestServer, type TestServer } from './harness.ts';

// Gateway payments end to end: checkout asks a local fake Winpay (speaking SNAP BI) for a VA or
// QRIS code through the real adapter; the fake's signed callbacks drive the order to `paid`.

let fake: FakeWinpay;
let server: TestServer;
let shop: Awaited<ReturnType<typeof gatewayShop>>;

async function gatewayShop(target: TestServer) {
  const seller = await sellerClient(target);
  const warehouse = await warehouseOf(target, seller.storeId);
  const product = await seller.client.product.create.mutate(
    kopiArabica(warehouse.id, `WP-${seller.storeId.slice(0, 6)}`, 100),
  );
  const variant = product.variants[0];
  if (!variant) throw new Error('kopiArabica has variants');
  const form = await seller.client.form.create.mutate({
    name: 'Kopi Online',
    paymentMethods: ['payment_gateway', 'bank_transfer'],
    couriers: [{ code: 'jne', services: ['REG'] }],
    items: [{ variantId: variant.id }],
  });
  return { ...seller, variant, form };
}

function checkoutBody(bank: string | null, sku: string, qty = 2) {
  return {
    receiver: {
      receiver_name: 'Faisol',
      receiver_phone: '083131412312',
      receiver_addr_id: 15022,
      receiver_address: 'Bukit Kismadani 1',
    },
    items: {
      service_code: 'REG',
      courier_code: 'jne',
      payment_method: { type: 'payment_gateway', bank },
      order_items: [{ item_sku: sku, item_qty: qty }],
    },
  };
}

async function stockOf(target: TestServer, variantId: string) {
  const rows = await target.db.stock.findMany({ where: { variantId } });
  return rows.reduce((sum, row) => sum + row.quantity, 0);
}

/** Places a gateway order; answers the REST body's data and the stored order. */
async function placeOrder(bank: string | null = 'BRI', target = server, s = shop) {
  const res = await target.rest('POST', `/order/${s.form.id}`, { body: checkoutBody(bank, s.variant.sku) });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const order = await target.db.order.findFirstOrThrow({
    where: { storeId: s.storeId },
    orderBy: { createdAt: 'desc' },
  });
  return {
    data: res.body.data as Record<string, unknown> & { payment_gateway: Record<string, unknown> },
    order,
  };
}

const trxIdOf = (orderId: string) => orderId.replaceAll('-', '');

async function postCallback(cb: { body: string; headers: Record<string, string> }, target = server) {
  const res = await fetch(`${target.url}/webhook/winpay`, {
    method: 'POST',
    headers: cb.headers,
    body: cb.body,
  });
  return {
    status: res.status,
    body: (await res.json()) as { responseCode: string; responseMessage: string },
  };
}

/** What a refused callback must leave alone. */
async function snapshot(orderId: string) {
  const [order, events, charge, entries] = await Promise.all([
    server.db.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true, paidAt: true } }),
    server.db.orderEvent.count({ where: { orderId } }),
    server.db.paymentCharge.findUniqueOrThrow({ where: { orderId }, select: { status: true } }),
    server.db.bosPayEntry.count({ where: { orderId } }),
  ]);
  return { order, events, charge, entries };
}

beforeAll(async () => {
  fake = await startFakeWinpay();
  server = await startTestServer({
    payment: new WinpaySnapPayment({
      baseUrl: fake.url,
      partnerId: fake.partnerId,
      privateKey: fake.partnerPrivateKey,
      winpayPublicKey: fake.winpayPublicKey,
      timeoutMs: 2_000,
    }),
  });
  shop = await gatewayShop(server);
}, 120_000);
afterAll(async () => {
  await server?.close();
  await fake?.close();
});

describe('checkout with payment_gateway (Winpay SNAP)', () => {
  it('creates a BRI virtual account at Winpay: the answer carries the VA number, amount and expiry', async () => {
    const before = await stockOf(server, shop.variant.id);
    const { data, order } = await placeOrder('BRI');
    const charge = fake.charges.get(trxIdOf(order.id));
    expect(charge).toMatchObject({ kind: 'va', channel: 'BRI', amount: `${order.total}.00` });
    expect(order).toMatchObject({ status: 'unpaid', paymentMethod: 'payment_gateway' });
    expect(data.total_payment).toBe(order.total);
    expect(data.payment).toEqual([]);
    expect(data.payment_gateway).toEqual({
      channel: 'BRI',
      channel_name: 'BRI Virtual Account',
      kind: 'va',
      va_number: charge?.virtualAccountNo,
      qr_string: null,
      amount: order.total,
      expires_at: new Date(server.clock.now().getTime() + 24 * 3_600_000).toISOString(),
    });
    expect(await stockOf(server, shop.variant.id)).toBe(before - 2);
    // Every request we sent carried a signature the fake verified from the documented recipe.
    expect(fake.refused).toBe(0);
  });

  it('makes a QRIS code when the buyer names no bank', async () => {
    const { data, order } = await placeOrder(null);
    expect(fake.charges.get(trxIdOf(order.id))?.kind).toBe('qris');
    expect(data.payment_gateway).toMatchObject({ channel: 'QRIS', kind: 'qris', va_number: null });
    expect(data.payment_gateway.qr_string).toMatch(/^000201/);
  });

  it('refuses an unknown channel with 400 before writing anything', async () => {
    const before = await server.db.order.count();
    const res = await server.rest('POST', `/order/${shop.form.id}`, {
      body: checkoutBody('BANKX', shop.variant.sku),
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.['items.payment_method.bank']?.[0]).toMatch(/Choose one of BRI/);
    expect(await server.db.order.count()).toBe(before);
  });

  it('answers 503 with no order and the stock back when Winpay is down', async () => {
    const orders = await server.db.order.count();
    const charges = await server.db.paymentCharge.count();
    const stock = await stockOf(server, shop.variant.id);
    fake.down = true;
    try {
      const res = await server.rest('POST', `/order/${shop.form.id}`, {
        body: checkoutBody('BNI', shop.variant.sku),
      });
      expect(res.status).toBe(503);
      expect(res.body.message).toMatch(/payment service/);
    } finally {
      fake.down = false;
    }
    expect(await server.db.order.count()).toBe(orders);
    expect(await server.db.paymentCharge.count()).toBe(charges);
    expect(await stockOf(server, shop.variant.id)).toBe(stock);
  });

  it('answers 503 within the timeout when Winpay is slow, with nothing written', async () => {
    const orders = await server.db.order.count();
    const stock = await stockOf(server, shop.variant.id);
    fake.stallMs = 10_000;
    const started = performance.now();
    try {
      const res = await server.rest('POST', `/order/${shop.form.id}`, {
        body: checkoutBody('BRI', shop.variant.sku),
      });
      expect(res.status).toBe(503);
    } finally {
      fake.stallMs = 0;
    }
    // The adapter's timeout is 2 s here; well before the gateway would have answered.
    expect(performance.now() - started).toBeLessThan(9_000);
    expect(await server.db.order.count()).toBe(orders);
    expect(await stockOf(server, shop.variant.id)).toBe(stock);
  });
});

describe('POST /webhook/winpay', () => {
  it('a valid callback marks the order paid once, with the event on its timeline and the money in BosPay', async () => {
    const { order } = await placeOrder('MANDIRI');
    const callback = fake.callback(trxIdOf(order.id), { at: server.clock.now() });
    const first = await postCallback(callback);
    expect(first).toEqual({ status: 200, body: { responseCode: '2002500', responseMessage: 'Successful' } });

    const detail = await shop.client.order.detail.query({ invoice: order.invoice });
    expect(detail.status).toBe('paid');
    expect(detail.timeline.map((e) => e.type)).toEqual(['created', 'payment_received']);

    // Winpay retries (same request id) and re-sends (a new request id): neither pays twice.
    expect((await postCallback(callback)).status).toBe(200);
    const again = await postCallback(fake.callback(trxIdOf(order.id), { at: server.clock.now() }));
    expect(again.body.responseMessage).toMatch(/already processed/);
    const events = await server.db.orderEvent.findMany({
      where: { orderId: order.id, type: 'payment_received' },
    });
    expect(events).toHaveLength(1);

    const saldo = await shop.client.bosPay.saldo.query({ limit: 10 });
    const mine = saldo.items.filter((i) => i.invoice === order.invoice);
    expect(mine.map((i) => [i.kind, i.amount]).sort()).toEqual([
      ['gateway_fee', -4_000],
      ['gateway_payment', order.total],
    ]);
  });

  it('two notifications of one payment arriving together pay it once', async () => {
    const { order } = await placeOrder('BNI');
    const at = server.clock.now();
    const answers = await Promise.all([
      postCallback(fake.callback(trxIdOf(order.id), { at })),
      postCallback(fake.callback(trxIdOf(order.id), { at })),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(await server.db.orderEvent.count({ where: { orderId: order.id, type: 'payment_received' } })).toBe(
      1,
    );
    expect(await server.db.bosPayEntry.count({ where: { orderId: order.id } })).toBe(2);
  });

  it('refuses a forged signature, a tampered body, a stale timestamp and a wrong amount, changing nothing', async () => {
    const { order } = await placeOrder('PERMATA');
    const trxId = trxIdOf(order.id);
    const before = await snapshot(order.id);
    const forger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

    const forged = await postCallback(fake.callback(trxId, { at: server.clock.now(), signWith: forger }));
    expect(forged.status).toBe(401);

    const genuine = fake.callback(trxId, { at: server.clock.now() });
    const tampered = await postCallback({ ...genuine, body: genuine.body.replace(/"PAYREQ/, '"PAYREQX') });
    expect(tampered.status).toBe(401);

    const stale = await postCallback(
      fake.callback(trxId, { at: new Date(server.clock.now().getTime() - 6 * 60_000) }),
    );
    expect(stale).toMatchObject({ status: 401, body: { responseMessage: expect.stringMatching(/Stale/) } });

    const short = await postCallback(
      fake.callback(trxId, { at: server.clock.now(), amount: `${order.total - 1}.00` }),
    );
    expect(short).toMatchObject({
      status: 400,
      body: { responseMessage: expect.stringMatching(/Invalid Amount/) },
    });

    expect(await snapshot(order.id)).toEqual(before);
    expect(before.order.status).toBe('unpaid');
  });

  it('answers 400 to a signed but malformed body and 404 to an unknown charge, never 5xx', async () => {
    const at = server.clock.now();
    expect((await postCallback(fake.signed('{"hello":"winpay"}', at))).status).toBe(400);
    expect((await postCallback(fake.signed('[1,2,3]', at))).status).toBe(400);
    const nul = JSON.stringify({
      virtualAccountNo: '7\u0000',
      trxId: 'x',
      paidAmount: { value: '1.00', currency: 'IDR' },
    });
    expect((await postCallback(fake.signed(nul, at))).status).toBe(400);
    const lone = JSON.stringify({
      virtualAccountNo: '7000',
      trxId: 'lone \ud800 surrogate',
      paidAmount: { value: '1.00', currency: 'IDR' },
    });
    expect((await postCallback(fake.signed(lone, at))).status).toBe(400);
    const unknown = await postCallback(
      fake.signed(
        JSON.stringify({
          virtualAccountNo: '7000',
          trxId: 'nope',
          paidAmount: { value: '1000.00', currency: 'IDR' },
        }),
        at,
      ),
    );
    expect(unknown).toMatchObject({ status: 404, body: { responseCode: '4042512' } });
    const unsigned = await fetch(`${server.url}/webhook/winpay`, { method: 'POST', body: 'not json' });
    expect(unsigned.status).toBe(401);
  });

  it('a payment for a canceled order does not revive it: refund due, on the timeline, seller notified', async () => {
    const { order } = await placeOrder('BSI');
    await shop.client.order.updateStatus.mutate({
      invoice: order.invoice,
      status: 'canceled',
      note: 'Expired',
    });
    const res = await postCallback(fake.callback(trxIdOf(order.id), { at: server.clock.now() }));
    expect(res.status).toBe(200);
    expect(res.body.responseMessage).toMatch(/refund due/);
    const detail = await shop.client.order.detail.query({ invoice: order.invoice });
    expect(detail.status).toBe('canceled');
    expect(detail.timeline.at(-1)?.type).toBe('payment_after_cancel');
    expect(await server.db.paymentCharge.findUnique({ where: { orderId: order.id } })).toMatchObject({
      status: 'refund_due',
      paidAmount: order.total,
    });
    const notes = await shop.client.store.notifications.query({ limit: 5 });
    expect(notes.items[0]).toMatchObject({
      type: 'payment.refund_due',
      link: `/store/order/${order.invoice}`,
    });
  });
});

describe('winpay service and Saldo BosPay', () => {
  it('lists the channels a store can offer, at the REST door', async () => {
    const res = await server.rest('GET', '/store/winpay/service', { token: shop.token });
    expect(res.status).toBe(200);
    const data = res.body.data as { provider: string; channels: Array<{ code: string; kind: string }> };
    expect(data.provider).toBe('winpay');
    expect(data.channels.map((c) => c.code)).toEqual(expect.arrayContaining(['BRI', 'BNI', 'QRIS']));
  });

  it('pages the balance movements newest first, scoped to the seller', async () => {
    const { order } = await placeOrder('CIMB');
    await postCallback(fake.callback(trxIdOf(order.id), { at: server.clock.now() }));
    const all = await shop.client.bosPay.saldo.query({ limit: 100 });
    expect(all.balance).toBe(all.items.reduce((sum, i) => sum + i.amount, 0));
    const first = await server.rest('GET', '/store/bospay/saldo?limit=1', { token: shop.token });
    expect(first.status).toBe(200);
    const page = first.body.data as { balance: number; items: Array<{ id: string }>; next_cursor: string };
    expect(page.balance).toBe(all.balance);
    expect(page.items).toHaveLength(1);
    const second = await shop.client.bosPay.saldo.query({ limit: 1, cursor: page.next_cursor });
    expect(second.items[0]?.id).toBe(all.items[1]?.id);
    const fees = await shop.client.bosPay.saldo.query({ kind: 'gateway_fee' });
    expect(fees.items.every((i) => i.amount < 0)).toBe(true);

    const other = await sellerClient(server);
    expect(await other.client.bosPay.saldo.query({})).toEqual({ balance: 0, items: [], nextCursor: null });
    await expectError(other.client.bosPay.saldo.query({ cursor: 'nope' }), 'BAD_REQUEST');
  });
});

describe('the sandbox gateway (the default)', () => {
  it('makes charges in-process and its callbacks, signed by its own key, pay the order', async () => {
    const sandbox = await startTestServer();
    try {
      const s = await gatewayShop(sandbox);
      const { order } = await placeOrder('BRI', sandbox, s);
      const payment = sandbox.payment as SandboxPayment;
      const cb = payment.signedCallback(trxIdOf(order.id), sandbox.clock.now());
      const res = await postCallback(cb, sandbox);
      expect(res.status).toBe(200);
      expect((await sandbox.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('paid');
      // A real Winpay key pair's signature means nothing to the sandbox.
      const other = fake.signed(cb.body, sandbox.clock.now());
      expect((await postCallback(other, sandbox)).status).toBe(401);

      // Set to imitate buyers (as the demo is), the sandbox pays by itself once the time comes.
      payment.autoPayAfterMs = 60_000;
      const next = await placeOrder('QRIS', sandbox, s);
      await sandbox.runJobs();
      expect((await sandbox.db.order.findUniqueOrThrow({ where: { id: next.order.id } })).status).toBe(
        'unpaid',
      );
      sandbox.clock.advance(60_000);
      await sandbox.runJobs();
      const paid = await s.client.order.detail.query({ invoice: next.order.invoice });
      expect(paid.status).toBe('paid');
      expect(paid.timeline.map((e) => e.type)).toEqual(['created', 'payment_received']);
    } finally {
      await sandbox.close();
    }
  }, 120_000);
});

describe('configuration', () => {
  const base = { NODE_ENV: 'test', JWT_SECRET: 'test-secret-test-secret-test-secret-0123' };
  it('requires the Winpay settings, as readable RSA keys, with PAYMENT_PROVIDER=winpay', () => {
    expect(loadConfig(base).payment).toEqual({ provider: 'sandbox' });
    expect(() => loadConfig({ ...base, PAYMENT_PROVIDER: 'winpay' })).toThrow(ConfigError);
    expect(() =>
      loadConfig({
        ...base,
        PAYMENT_PROVIDER: 'winpay',
        WINPAY_PARTNER_ID: 'P1',
        WINPAY_PRIVATE_KEY: 'not a key',
        WINPAY_PUBLIC_KEY: 'nor this',
      }),
    ).toThrow(/WINPAY_PRIVATE_KEY: is not a readable PEM key/);
    const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const oneLine = (pem: string) => pem.trim().replaceAll('\n', '\\n');
    const config = loadConfig({
      ...base,
      PAYMENT_PROVIDER: 'winpay',
      WINPAY_PARTNER_ID: 'P1',
      WINPAY_PRIVATE_KEY: oneLine(keys.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string),
      WINPAY_PUBLIC_KEY: oneLine(keys.publicKey.export({ type: 'spki', format: 'pem' }) as string),
    });
    expect(config.payment).toMatchObject({
      provider: 'winpay',
      partnerId: 'P1',
      baseUrl: 'https://snap.winpay.id',
    });
  });
});
