import { BosCodShipping, ShippingUnavailableError } from '@bosonline/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStore } from '../src/seed/demo-store.ts';
import { newTransferOrder } from './demo-orders.ts';
import { type FakeBoscod, type FakeShipment, startFakeBoscod } from './fakes/boscod.ts';
import { demoSellerClient, startTestServer, type TestServer, testWebhookSecret } from './harness.ts';

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
    headers: {
      'content-type': 'application/json',
      ...(signature ? { 'x-boscod-signature': signature } : {}),
    },
    body: rawBody,
  });
  return { status: res.status, body: (await res.json()) as { message: string } };
}

async function notify(shipment: FakeShipment, event: Parameters<FakeBoscod['webhook']>[2]) {
  const webhook = fake.webhook(testWebhookSecret, shipment, event);
  return { ...(await post(webhook.rawBody, webhook.signature)), webhook };
}

const orderOf = (id: string) =>
  server.db.order.findUniqueOrThrow({
    where: { id },
    include: { events: { orderBy: { createdAt: 'asc' } } },
  });

async function stockOf() {
  const rows = await server.db.stock.findMany({
    where: { variant: { sku: { in: skus } } },
    include: { variant: true },
  });
  return Object.fromEntries(rows.map((r) => [r.variant.sku, r.quantity]));
}

describe('a COD order through BosCOD', () => {
  it('is booked at BosCOD with our key, waits for its AWB, then ships and is delivered by webhook', async () => {
    const { order, shipment } = await placeCodOrder();
    // BosCOD answers no AWB: the order waits in booking with BosCOD's order number.
    expect(order).toMatchObject({ status: 'booking', awb: null, shipmentRef: shipment.orderNo });
    expect(shipment).toMatchObject({
      externalId: order.id,
      courierCode: 'idx',
      serviceCode: '00',
      codAmount: order.total,
    });

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
    expect(tracking.events.every((e) => e.at instanceof Date && e.at.getTime() > 0)).toBe(true);

    // A checkpoint BosCOD sends without a readable time has none: not 1 Jan 1970, not an error.
    shipment.history.push({ date: '', status: 'note', description: 'Paket dicek ulang' });
    shipment.history.push({ date: 'not a date', status: 'note', description: 'Paket dicek lagi' });
    const untimed = (await server.deps.ports.shipping.track(shipment.orderNo)).events.slice(-2);
    expect(untimed).toEqual([
      { at: null, status: 'note', description: 'Paket dicek ulang' },
      { at: null, status: 'note', description: 'Paket dicek lagi' },
    ]);
  });

  it('applies the same webhook once: a redelivery answers 200 and adds no event', async () => {
    const { order, shipment } = await placeCodOrder();
    const first = await notify(shipment, 'awb_assigned');
    expect(await post(first.webhook.rawBody, first.webhook.signature)).toMatchObject({ status: 200 });
    await notify(shipment, 'picked_up');
    const failed = fake.webhook(testWebhookSecret, shipment, 'delivery_failed');
    const [a, b] = await Promise.all([
      post(failed.rawBody, failed.signature),
      post(failed.rawBody, failed.signature),
    ]);
    // Two copies at once: one applies it, the other finds it kept (applied, or being applied).
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await post(failed.rawBody, failed.signature)).toMatchObject({
      status: 200,
      body: { message: 'Already received (applied)' },
    });

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
    const { order, shipment } = await placeCodOrder();
    const statusBefore = order.status;
    const { signBoscodWebhook } = await import('@bosonline/api');
    const bad = '{"event":"teleported"';
    expect((await post(bad, signBoscodWebhook(testWebhookSecret, bad))).status).toBe(400);
    const noAwb = JSON.stringify({
      ...fake.webhook(testWebhookSecret, shipment, 'picked_up').body,
      event: 'awb_assigned',
      awb: null,
    });
    expect((await post(noAwb, signBoscodWebhook(testWebhookSecret, noAwb))).status).toBe(400);
    const unknown = fake.webhook(
      testWebhookSecret,
      { ...shipment, orderNo: 'BC-NOPE', externalId: 'x' },
      'picked_up',
    );
    expect((await post(unknown.rawBody, unknown.signature)).status).toBe(404);

    // Signed garbage: NUL characters, a lone surrogate, a JSON bomb, wrong types, a huge number.
    const genuine = fake.webhook(testWebhookSecret, shipment, 'picked_up').body;
    let bomb = '0';
    for (let i = 0; i < 4_000; i++) bomb = `[${bomb}]`;
    const garbage = [
      JSON.stringify({ ...genuine, id: 'nul\u0000id' }),
      JSON.stringify({ ...genuine, order_no: 'BC\u0000' }),
      JSON.stringify({ ...genuine, description: 'lone \ud800 surrogate' }),
      `{"id":"deep","event":"picked_up","order_no":"BC1","occurred_at":"2026-12-01T00:00:00Z","x":${bomb}}`,
      JSON.stringify({ ...genuine, id: 12, awb: ['IDX'] }),
      JSON.stringify({ ...genuine, occurred_at: 1e308 }),
      JSON.stringify([genuine]),
    ];
    for (const body of garbage) {
      const res = await post(body, signBoscodWebhook(testWebhookSecret, body));
      expect(res.status, body.slice(0, 60)).toBe(400);
    }
    // Nothing was kept, and the order did not move.
    expect(await server.db.shippingWebhookInbox.count({ where: { id: { startsWith: 'boscod:nul' } } })).toBe(
      0,
    );
    expect(await server.db.shippingWebhookInbox.count({ where: { id: 'boscod:deep' } })).toBe(0);
    expect((await orderOf(order.id)).status).toBe(statusBefore);
  });

  it('ignores a late "picked up" after "delivered": the order never moves backwards', async () => {
    const { order, shipment } = await placeCodOrder();
    await notify(shipment, 'awb_assigned');
    const late = fake.webhook(testWebhookSecret, shipment, 'picked_up');
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

describe("BosCOD's webhooks kept in the inbox before they are applied", () => {
  /** As in a burst: every slot for applying while answering is taken (BOSCOD_WEBHOOK_INLINE=0). */
  async function withNoRoomToApply(work: () => Promise<void>) {
    const inline = server.deps.shippingWebhookInline;
    server.deps.shippingWebhookInline = 0;
    try {
      await work();
    } finally {
      server.deps.shippingWebhookInline = inline;
    }
  }
  async function advance(ms: number) {
    server.clock.advance(ms);
    await server.runJobs();
  }

  it('answers 202 when it has no room, and the drain applies each notification once a second later', async () => {
    const { order, shipment } = await placeCodOrder();
    await withNoRoomToApply(async () => {
      const awb = await notify(shipment, 'awb_assigned');
      expect(awb).toMatchObject({ status: 202, body: { message: 'Received; it will be applied shortly' } });
      const picked = await notify(shipment, 'picked_up');
      expect(picked.status).toBe(202);
      // Kept, not applied yet; BosCOD redelivering it meanwhile changes nothing.
      expect((await orderOf(order.id)).status).toBe('booking');
      expect(await post(awb.webhook.rawBody, awb.webhook.signature)).toMatchObject({
        status: 200,
        body: { message: 'Already received; it is being applied' },
      });

      await advance(1_000);
      const after = await orderOf(order.id);
      expect(after.status).toBe('shipped');
      expect(after.awb).toBe(shipment.awb);
      expect(after.events.filter((e) => e.type === 'awb_assigned')).toHaveLength(1);
      expect(after.events.filter((e) => e.type === 'shipped')).toHaveLength(1);
      // (Applied side by side, either may have made the move: the pickup carries the AWB too.)
      expect(await post(awb.webhook.rawBody, awb.webhook.signature)).toMatchObject({
        status: 200,
        body: { message: expect.stringMatching(/^Already received \((applied|unchanged)\)$/) },
      });
    });
  });

  it("applies a shipment's kept notifications in the order they came, new ones waiting behind them", async () => {
    const { order, shipment } = await placeCodOrder();
    await notify(shipment, 'awb_assigned');
    await notify(shipment, 'picked_up');
    await withNoRoomToApply(async () => {
      expect((await notify(shipment, 'delivery_failed')).status).toBe(202);
    });
    // Room again, but an older notification still waits: this one is kept behind it, not applied first.
    expect((await notify(shipment, 'delivered')).status).toBe(202);
    expect((await orderOf(order.id)).status).toBe('shipped');

    await advance(1_000);
    const after = await orderOf(order.id);
    expect(after.status).toBe('delivered');
    expect(after.events.map((e) => e.type).slice(-2)).toEqual(['delivery_failed', 'delivered']);
    // Caught up: the next notification is applied while it is answered.
    expect(await notify(shipment, 'picked_up')).toMatchObject({
      status: 200,
      body: { message: 'Nothing to change (order is delivered)' },
    });
  });

  it('applies, at the next periodic drain, what a process kept and then died while applying', async () => {
    const { order, shipment } = await placeCodOrder();
    await notify(shipment, 'awb_assigned');
    // What a process leaves when it dies after keeping a notification and claiming it: a pending row
    // whose claim runs for another minute, and no job to apply it.
    const delivered = fake.webhook(testWebhookSecret, shipment, 'delivered');
    await server.db.shippingWebhookInbox.create({
      data: {
        id: `boscod:${delivered.body.id}`,
        body: delivered.body,
        receivedAt: server.clock.now(),
        claimedUntil: new Date(server.clock.now().getTime() + 60_000),
        attempts: 1,
      },
    });
    await advance(30_000);
    expect((await orderOf(order.id)).status).toBe('ready_to_ship'); // still claimed by the dead process
    await advance(35_000);
    const after = await orderOf(order.id);
    expect(after.status).toBe('delivered');
    expect(after.paidAt).not.toBeNull();
    const kept = await server.db.shippingWebhookInbox.findUniqueOrThrow({
      where: { id: `boscod:${delivered.body.id}` },
    });
    expect(kept).toMatchObject({ outcome: 'applied', attempts: 2 });
  });

  it('tries a notification about an unknown shipment again when BosCOD redelivers it', async () => {
    const { order, shipment } = await placeCodOrder();
    // BosCOD names a shipment number we never saved (the booking answer was lost): 404, kept.
    const early = fake.webhook(testWebhookSecret, { ...shipment, orderNo: 'BC-SAVED-LATER' }, 'awb_assigned');
    expect((await post(early.rawBody, early.signature)).status).toBe(404);
    await server.db.order.update({ where: { id: order.id }, data: { shipmentRef: 'BC-SAVED-LATER' } });
    expect(await post(early.rawBody, early.signature)).toMatchObject({
      status: 200,
      body: { message: 'Applied' },
    });
    expect((await orderOf(order.id)).status).toBe('ready_to_ship');
  });
});

describe("the seller's Saldo BosPay, fed by BosCOD's webhooks", () => {
  let token: string;
  let seller: ReturnType<TestServer['client']>;
  beforeAll(async () => {
    ({ client: seller, token } = await demoSellerClient(server));
  });

  /** The order's movements as [kind, amount], read page by page through the procedure. */
  async function movementsOf(invoice: string) {
    const found: Array<[string, number]> = [];
    let cursor: string | undefined;
    do {
      const page = await seller.bosPay.saldo.query({ limit: 100, cursor });
      for (const i of page.items) if (i.invoice === invoice) found.push([i.kind, i.amount]);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return found.sort();
  }
  const balance = async () => (await seller.bosPay.saldo.query({ limit: 1 })).balance;

  async function deliver(shipment: FakeShipment) {
    for (const event of ['awb_assigned', 'picked_up'] as const) await notify(shipment, event);
    return notify(shipment, 'delivered');
  }

  it('a delivered COD parcel: the cash collected comes in, its shipping and COD fee go out, once', async () => {
    const { order, shipment } = await placeCodOrder();
    const before = await balance();
    const delivered = await deliver(shipment);
    expect(delivered.status).toBe(200);
    expect(order.codFee).toBeGreaterThan(0);
    const expected = [
      ['cod_fee', -order.codFee],
      ['cod_remittance', order.total],
      ['shipping_fee', -(order.shippingCost + order.insuranceFee)],
    ];
    expect(await movementsOf(order.invoice)).toEqual(expected);
    const net = order.total - order.shippingCost - order.insuranceFee - order.codFee;
    expect(await balance()).toBe(before + net);

    // BosCOD redelivers the notification (twice at once, then again): nothing more moves.
    const again = delivered.webhook;
    const answers = await Promise.all([
      post(again.rawBody, again.signature),
      post(again.rawBody, again.signature),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect((await post(again.rawBody, again.signature)).status).toBe(200);
    expect(await movementsOf(order.invoice)).toEqual(expected);
    expect(await balance()).toBe(before + net);

    // The REST door answers the same, filtered by kind.
    const res = await server.rest('GET', '/store/bospay/saldo?kind=cod_remittance&limit=100', { token });
    expect(res.status).toBe(200);
    const page = res.body.data as { balance: number; items: Array<{ invoice: string; amount: number }> };
    expect(page.balance).toBe(before + net);
    expect(page.items.filter((i) => i.invoice === order.invoice)).toMatchObject([{ amount: order.total }]);
  });

  it('a returned COD parcel: only the RTS shipping charge goes out, once', async () => {
    const { order, shipment } = await placeCodOrder();
    await notify(shipment, 'awb_assigned');
    await notify(shipment, 'picked_up');
    const returned = await notify(shipment, 'returned');
    expect(returned.status).toBe(200);
    expect(await movementsOf(order.invoice)).toEqual([['rts_charge', -order.shippingCost]]);
    expect((await post(returned.webhook.rawBody, returned.webhook.signature)).status).toBe(200);
    // A "delivered" after the return is late: it neither moves the order nor remits anything.
    expect((await notify(shipment, 'delivered')).status).toBe(200);
    expect(await movementsOf(order.invoice)).toEqual([['rts_charge', -order.shippingCost]]);
  });

  it("the demo's delivered and returned COD orders come with their movements", async () => {
    const delivered = await server.db.order.findFirstOrThrow({
      where: { status: 'delivered', paymentMethod: 'cod', events: { some: { type: 'seeded' } } },
    });
    expect(await movementsOf(delivered.invoice)).toEqual([
      ['cod_fee', -delivered.codFee],
      ['cod_remittance', delivered.total],
      ['shipping_fee', -delivered.shippingCost],
    ]);
    const transfer = await server.db.order.findFirstOrThrow({
      where: { status: 'delivered', paymentMethod: 'bank_transfer', events: { some: { type: 'seeded' } } },
    });
    expect(await movementsOf(transfer.invoice)).toEqual([]);
  });

  it('a parcel the buyer paid for by transfer moves no courier money', async () => {
    const invoice = await newTransferOrder(server, seller, '081311119876');
    const detail = await seller.order.detail.query({ invoice });
    const [account] = await seller.bankAccount.list.query({});
    await seller.order.confirmPayment.mutate({
      invoice,
      amount: detail.total,
      bankAccountId: account?.id as string,
    });
    await seller.order.bookShipment.mutate({ invoice });
    const shipment = fake.shipments.find((s) => s.reference === invoice) as FakeShipment;
    expect(shipment.codAmount).toBe(0);
    const before = await balance();
    expect((await deliver(shipment)).status).toBe(200);
    expect((await seller.order.detail.query({ invoice })).status).toBe('delivered');
    expect(await movementsOf(invoice)).toEqual([]);
    expect(await balance()).toBe(before);
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

describe('the API Boscod endpoints', () => {
  let token: string;
  beforeAll(async () => {
    ({ token } = await demoSellerClient(server));
  });

  it('Cek Ongkir prices a parcel between any two regions, asking BosCOD in kilograms', async () => {
    const res = await server.rest(
      'GET',
      '/boscod/rates?origin_id=15022&destination_id=76518&weight=1500&courier_code=jne',
      {
        token,
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      {
        courier_code: 'jne',
        courier_name: 'JNE',
        service_code: 'REG',
        service_name: 'Reguler',
        price: 20_000,
        etd: '2-3',
        cod: true,
      },
      {
        courier_code: 'jne',
        courier_name: 'JNE',
        service_code: 'YES',
        service_name: 'Yakin Esok Sampai',
        price: 36_000,
        etd: '1',
        cod: false,
      },
    ]);
    const unknown = await server.rest(
      'GET',
      '/boscod/rates?origin_id=99999&destination_id=76518&weight=1500',
      { token },
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toHaveProperty('origin_id');
    fake.mode = 'down';
    try {
      expect(
        (
          await server.rest('GET', '/boscod/rates?origin_id=15022&destination_id=76518&weight=1500', {
            token,
          })
        ).status,
      ).toBe(503);
    } finally {
      fake.mode = 'up';
    }
  });

  it('Tracking Order finds an order by invoice or AWB, with the proof-of-delivery photo', async () => {
    const { order, shipment } = await placeCodOrder();
    await notify(shipment, 'awb_assigned');
    await notify(shipment, 'picked_up');
    await notify(shipment, 'delivered');
    const byInvoice = await server.rest('GET', `/boscod/tracking/${order.invoice}`, { token });
    expect(byInvoice.status).toBe(200);
    expect(byInvoice.body.data).toMatchObject({
      invoice: order.invoice,
      status: 'delivered',
      awb: shipment.awb,
      proof_of_delivery_url: `${fake.url}/pod/${shipment.orderNo}.jpg`,
    });
    const byAwb = await server.rest('GET', `/boscod/tracking/${(shipment.awb as string).toLowerCase()}`, {
      token,
    });
    expect(byAwb.body.data).toEqual(byInvoice.body.data);
    expect((await server.rest('GET', '/boscod/tracking/INV000000', { token })).status).toBe(404);
  });

  it('Warehouse registers a pickup address with BosCOD and keeps its id', async () => {
    const seller = server.client({ token });
    const [warehouse] = await seller.warehouse.list.query();
    const res = await server.rest('POST', `/store/warehouse/${warehouse?.id}/boscod`, { token });
    expect(res.status).toBe(200);
    const registered = fake.warehouses.at(-1);
    expect(res.body.data).toEqual({ id: warehouse?.id, boscod_id: registered?.id });
    expect((await seller.warehouse.detail.query({ id: warehouse?.id as string })).boscodId).toBe(
      registered?.id,
    );
  });

  it("Wilayah searches BosCOD's regions and names ours for them", async () => {
    const res = await server.rest('GET', '/boscod/region?q=buduran', { token });
    expect(res.status).toBe(200);
    const [hit] = res.body.data as Array<{
      boscod_id: number;
      region: { name: string; city: { name: string } } | null;
    }>;
    expect(hit).toMatchObject({
      boscod_id: 76518,
      region: { name: 'Buduran', city: { name: 'Kabupaten Sidoarjo' } },
    });
  });
});

describe('the BosCOD adapter', () => {
  const adapter = () => new BosCodShipping({ baseUrl: fake.url, apiKey: fake.apiKey, timeoutMs });
  const request = {
    reference: 'INV-ADAPTER',
    idempotencyKey: '5b0e7c39-0d0c-4b8e-9d43-6f1f2a0c0001',
    courierCode: 'jne',
    serviceCode: 'REG',
    sender: { name: 'Gudang', phone: '6281234567890', regionId: 15022, address: 'Jl. A' },
    receiver: { name: 'Budi', phone: '6281311110000', regionId: 76518, address: 'Jl. B' },
    weightGrams: 1200,
    itemValue: 90_000,
    insured: false,
    codAmount: 99_000,
  };

  it('retries a read after a blip, within its deadline', async () => {
    fake.failNext = 1;
    const rates = await adapter().rates({
      originRegionId: 15022,
      destinationRegionId: 76518,
      weightGrams: 500,
      courierCode: 'idx',
    });
    expect(rates).toEqual([expect.objectContaining({ serviceCode: '00', price: 9_000, cod: true })]);
    expect(fake.failNext).toBe(0);
  });

  it('never retries a booking, and books once per idempotency key', async () => {
    const calls = () => fake.calls.filter((c) => c === 'POST /v1/order').length;
    const before = calls();
    fake.failNext = 1;
    await expect(adapter().book(request)).rejects.toBeInstanceOf(ShippingUnavailableError);
    expect(calls()).toBe(before + 1);
    const first = await adapter().book(request);
    const again = await adapter().book(request);
    expect(again).toEqual(first);
    expect(first.awb).toBeNull();
    expect(fake.shipments.filter((s) => s.externalId === request.idempotencyKey)).toHaveLength(1);
  });

  it('refuses with a clear 503 error when BosCOD rejects the key', async () => {
    const wrongKey = new BosCodShipping({ baseUrl: fake.url, apiKey: 'wrong', timeoutMs });
    await expect(wrongKey.track('BC00000001')).rejects.toThrow(/refused: Unauthorized/);
  });
});
