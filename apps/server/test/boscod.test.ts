import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStore } from '../src/seed/demo-store.ts';
import { type FakeBoscod, type FakeShipment, startFakeBoscod } from './fakes/boscod.ts';
import { startTestServer, type TestServer, testWebhookSecret } from './harness.ts';

// Real couriers through BosCOD: the server configured with SHIPPING_PROVIDER=boscod against a local
// fake BosCOD, COD orders placed at the demo form, BosCOD's signed webhooks posted to /webhook/boscod.

const formId = demoStore.form.id;
const timeoutMs = 1_500;
const skus = ['BAT-AA-001-01', 'BAT-AA-001-02'];

let fake: FakeBoscod;
let server: TestServer;
let phoneCounter = 0;

beforeAll(async () => {
  fake = await startFakeBoscod();
  server = await startTestServer({
    seed: true,
    env: {
      SHIPPING_PROVIDER: 'boscod',
      BOSCOD_BASE_URL: fake.url,
      BOSCOD_API_KEY: fake.apiKey,
      BOSCOD_TIMEOUT_MS: String(timeoutMs),
    },
  });
  // Seeding the demo store takes a while on a busy machine.
}, 240_000);
afterAll(async () => {
  await server?.close();
  await fake?.close();
});

function checkoutBody() {
  phoneCounter += 1;
  return {
    receiver: {
      receiver_name: 'Faisol',
      receiver_phone: `0831314${String(phoneCounter).padStart(5, '0')}`,
      receiver_addr_id: 15022,
      receiver_address: 'Bukit Kismadani 1',
    },
    items: {
      service_code: '00',
      courier_code: 'idx',
      payment_method: { type: 'cod' },
      order_items: [
        { item_sku: skus[0], item_qty: 1 },
        { item_sku: skus[1], item_qty: 1 },
      ],
    },
  };
}

/** Places a COD order at the demo form; answers the stored order and BosCOD's shipment. */
async function placeCodOrder() {
  const body = checkoutBody();
  const res = await server.rest('POST', `/order/${formId}`, { body });
  expect(res.status).toBe(200);
  const order = await server.db.order.findFirstOrThrow({
    where: { buyerPhone: `62${body.receiver.receiver_phone.slice(1)}` },
  });
  const shipment = fake.shipments.find((s) => s.reference === order.invoice) as FakeShipment;
  expect(shipment).toBeDefined();
  return { order, shipment };
}

async function post(rawBody: string, signature?: string) {
  const res = await fetch(`${server.url}/webhook/boscod`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'x-boscod-signature': signature } : {}) },
    body: rawBody,
  });
  return { status: res.status, body: (await res.json()) as { message: string } };
}

async function notify(shipment: FakeShipment, event: Parameters<FakeBoscod['webhook']>[2]) {
  const webhook = fake.webhook(testWebhookSecret, shipment, event);
  return { ...(await post(webhook.rawBody, webhook.signature)), webhook };
}

const orderOf = (id: string) =>
  server.db.order.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { createdAt: 'asc' } } } });

async function stockOf() {
  const rows = await server.db.stock.findMany({ where: { variant: { sku: { in: skus } } }, include: { variant: true } });
  return Object.fromEntries(rows.map((r) => [r.variant.sku, r.quantity]));
}

describe('a COD order through BosCOD', () => {
  it('is booked at BosCOD with our key, waits for its AWB, then ships and is delivered by webhook', async () => {
    const { order, shipment } = await placeCodOrder();
    // BosCOD answers no AWB: the order waits in booking with BosCOD's order number.
    expect(order).toMatchObject({ status: 'booking', awb: null, shipmentRef: shipment.orderNo });
    expect(shipment).toMatchObject({ externalId: order.id, courierCode: 'idx', serviceCode: '00', codAmount: order.total });

    const awb = await notify(shipment, 'awb_assigned');
    expect(awb.status).toBe(200);
    expect(await orderOf(order.id)).toMatchObject({ status: 'ready_to_ship', awb: shipment.awb });

    expect((await notify(shipment, 'picked_up')).status).toBe(200);
    expect((await orderOf(order.id)).status).toBe('shipped');

    const failed = await notify(shipment, 'delivery_failed');
    expect(failed.status).toBe(200);
    // A failed attempt is on the timeline; the order stays shipped.
    expect((await orderOf(order.id)).status).toBe('shipped');

    expect((await notify(shipment, 'delivered')).status).toBe(200);
    const delivered = await orderOf(order.id);
    expect(delivered).toMatchObject({ status: 'delivered', paidAmount: order.total });
    expect(delivered.deliveredAt).not.toBeNull();
    expect(delivered.paidAt).not.toBeNull();
    expect(delivered.events.map((e) => [e.type, e.toStatus])).toEqual([
      ['created', 'booking'],
      ['shipment_booked', 'booking'],
      ['awb_assigned', 'ready_to_ship'],
      ['shipped', 'shipped'],
      ['delivery_failed', 'shipped'],
      ['delivered', 'delivered'],
    ]);
    expect(delivered.events.at(-1)?.data).toMatchObject({ codCollected: order.total });

    // The seller's tracking shows BosCOD's history and the proof-of-delivery photo.
    const tracking = await server.deps.ports.shipping.track(shipment.orderNo);
    expect(tracking.proofOfDeliveryUrl).toBe(`${fake.url}/pod/${shipment.orderNo}.jpg`);
    expect(tracking.events.map((e) => e.status)).toContain('delivered');
  });

  it('applies the same webhook once: a redelivery answers 200 and adds no event', async () => {
    const { order, shipment } = await placeCodOrder();
    const first = await notify(shipment, 'awb_assigned');
    expect(await post(first.webhook.rawBody, first.webhook.signature)).toMatchObject({ status: 200 });
    await notify(shipment, 'picked_up');
    const failed = fake.webhook(testWebhookSecret, shipment, 'delivery_failed');
    const [a, b] = await Promise.all([post(failed.rawBody, failed.signature), post(failed.rawBody, failed.signature)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect((await post(failed.rawBody, failed.signature)).status).toBe(200);

    const events = (await orderOf(order.id)).events.map((e) => e.type);
    expect(events.filter((t) => t === 'awb_assigned')).toHaveLength(1);
    expect(events.filter((t) => t === 'delivery_failed')).toHaveLength(1);
  });

  it('refuses a forged or missing signature with 401 and changes nothing', async () => {
    const { order, shipment } = await placeCodOrder();
    const webhook = fake.webhook('not-the-secret-not-the-secret', shipment, 'awb_assigned');
    expect((await post(webhook.rawBody, webhook.signature)).status).toBe(401);
    expect((await post(webhook.rawBody)).status).toBe(401);
    // A body changed after signing fails too.
    const genuine = fake.webhook(testWebhookSecret, shipment, 'awb_assigned');
    const tampered = genuine.rawBody.replace(shipment.awb as string, 'IDX0000000000');
    expect((await post(tampered, genuine.signature)).status).toBe(401);

    const after = await orderOf(order.id);
    expect(after).toMatchObject({ status: 'booking', awb: null });
    expect(after.events).toHaveLength(2);
  });

  it('answers 400 to a signed but malformed body and 404 to an unknown shipment', async () => {
    const { shipment } = await placeCodOrder();
    const { signBoscodWebhook } = await import('@bosonline/api');
    const bad = '{"event":"teleported"';
    expect((await post(bad, signBoscodWebhook(testWebhookSecret, bad))).status).toBe(400);
    const noAwb = JSON.stringify({ ...fake.webhook(testWebhookSecret, shipment, 'picked_up').body, event: 'awb_assigned', awb: null });
    expect((await post(noAwb, signBoscodWebhook(testWebhookSecret, noAwb))).status).toBe(400);
    const unknown = fake.webhook(testWebhookSecret, { ...shipment, orderNo: 'BC-NOPE', externalId: 'x' }, 'picked_up');
    expect((await post(unknown.rawBody, unknown.signature)).status).toBe(404);
  });

  it('ignores a late "picked up" after "delivered": the order never moves backwards', async () => {
    const { order, shipment } = await placeCodOrder();
    const late = (await notify(shipment, 'awb_assigned'), fake.webhook(testWebhookSecret, shipment, 'picked_up'));
    // The delivery arrives first (the pickup notification was delayed): the order catches up to delivered.
    expect((await notify(shipment, 'delivered')).status).toBe(200);
    expect((await orderOf(order.id)).status).toBe('delivered');
    const eventsBefore = (await orderOf(order.id)).events.length;

    expect((await post(late.rawBody, late.signature)).status).toBe(200);
    const after = await orderOf(order.id);
    expect(after.status).toBe('delivered');
    expect(after.events).toHaveLength(eventsBefore);
  });

  it('puts the items of a returned parcel back in stock', async () => {
    const { order, shipment } = await placeCodOrder();
    const before = await stockOf();
    await notify(shipment, 'awb_assigned');
    await notify(shipment, 'picked_up');
    expect((await notify(shipment, 'returned')).status).toBe(200);
    expect((await orderOf(order.id)).status).toBe('returned');
    const after = await stockOf();
    for (const sku of skus) expect(after[sku]).toBe((before[sku] ?? 0) + 1);
  });
});

describe('BosCOD down or slow during checkout', () => {
  for (const mode of ['down', 'hang'] as const) {
    it(`answers 503 within the timeout with no order and the stock intact (${mode})`, async () => {
      const before = { orders: await server.db.order.count(), stock: await stockOf() };
      fake.mode = mode;
      try {
        const started = performance.now();
        const res = await server.rest('POST', `/order/${formId}`, { body: checkoutBody() });
        const elapsed = performance.now() - started;
        expect(res.status).toBe(503);
        expect(res.body.message).toMatch(/courier/i);
        // Rates and booking each have the deadline; the buyer waits for one of them at most.
        expect(elapsed).toBeLessThan(timeoutMs * 2 + 1_000);
      } finally {
        fake.mode = 'up';
      }
      expect(await server.db.order.count()).toBe(before.orders);
      expect(await stockOf()).toEqual(before.stock);
    });
  }
});
