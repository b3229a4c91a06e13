import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kopiArabica, warehouseOf } from './catalog-fixtures.ts';
import { checkoutBody } from './demo-orders.ts';
import { newSeller, startTestServer, type TestServer } from './harness.ts';

// Background jobs as a seller and a buyer notice them: unpaid orders expire after the form's
// payment window (stock and voucher uses come back, the buyer is told), scheduled follow-ups go at
// their hour or stop once the order is paid, a buyer who left a form gets one reminder. Time moves
// by the test clock and due jobs run through the same queue the server uses (in-process here).

const hour = 3_600_000;
const minute = 60_000;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // Parcels here move only as each test scripts them, not by the sandbox's own webhooks.
  server.shipping.lifecycle = false;
});
afterAll(() => server?.close());

let serial = 0;
/** A store selling Kopi Arabica (10 of each variant) on a transfer + COD form, with a voucher. */
async function shop(paymentWindowHours?: number) {
  serial += 1;
  // Access tokens last 15 minutes of test time and these tests move hours: the client refreshes.
  const seller = newSeller();
  const tokens = await server.client().auth.register.mutate(seller);
  const client = server.client({ token: tokens.accessToken, refreshToken: tokens.refreshToken });
  const storeId = (await client.profile.me.query()).store?.id as string;
  const owner = { client, storeId };
  const warehouse = await warehouseOf(server, owner.storeId);
  const product = await owner.client.product.create.mutate(kopiArabica(warehouse.id, `JOB-${serial}`));
  const variant = product.variants[0];
  if (!variant) throw new Error('kopiArabica has variants');
  const form = await owner.client.form.create.mutate({
    name: `Kopi Jobs ${serial}`,
    paymentMethods: ['bank_transfer', 'cod'],
    couriers: [{ code: 'idx', services: ['00'] }],
    items: [{ variantId: variant.id }],
    ...(paymentWindowHours ? { paymentWindowHours } : {}),
  });
  const now = server.clock.now();
  const voucher = await owner.client.voucher.create.mutate({
    code: `JOBS${serial}`,
    name: `Jobs ${serial}`,
    kind: 'product',
    valueType: 'percentage',
    value: 10,
    quota: 5,
    startsAt: new Date(now.getTime() - hour),
    endsAt: new Date(now.getTime() + 30 * 24 * hour),
  });
  const account = await owner.client.bankAccount.create.mutate({
    bankCode: 'BCA',
    accountNumber: `34519313${String(serial).padStart(4, '0')}`,
    accountHolder: 'Toko Jobs',
  });
  const stock = async () =>
    (await server.db.stock.findFirstOrThrow({ where: { variantId: variant.id } })).quantity;
  const voucherUses = async () =>
    (await owner.client.voucher.list.query({})).items.find((v) => v.id === voucher.id)?.used;
  return { seller, owner, form, sku: variant.sku, voucher, account, stock, voucherUses };
}

type Shop = Awaited<ReturnType<typeof shop>>;

/** A buyer orders 2 units through the public REST door; answers the invoice. */
async function order(s: Shop, phone: string, payment: 'transfer' | 'cod', voucher?: string) {
  const res = await server.rest('POST', `/order/${s.form.id}`, {
    body: checkoutBody('Pembeli Jobs', phone, s.sku, 2, { payment, voucher }),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const page = await s.owner.client.order.list.query({ q: phone, limit: 1 });
  return page.items[0]?.invoice as string;
}

/** Messages the buyer received, by template name. */
const sentTo = (phone: string) =>
  server.messaging.sent.filter((m) => m.to === `62${phone.slice(1)}`).map((m) => m.template);

async function advance(ms: number) {
  server.clock.advance(ms);
  await server.runJobs();
}

// First, while the test clock still agrees with the database's own timestamps.
describe('abandoned-checkout reminder', () => {
  it('reminds a buyer once, an hour after they stopped typing, unless they ordered', async () => {
    const s = await shop();
    const left = await server.client().checkout.saveAbandoned.mutate({
      formId: s.form.id,
      phone: '081355550001',
      name: 'Sari',
      data: {},
    });
    await server.client().checkout.saveAbandoned.mutate({
      formId: s.form.id,
      phone: '081355550002',
      name: 'Budi',
      data: {},
    });
    await order(s, '081355550002', 'cod');

    await advance(50 * minute);
    expect(sentTo('081355550001')).toEqual([]);
    await advance(20 * minute);
    expect(sentTo('081355550001')).toEqual(['abandoned_checkout']);
    const row = (await s.owner.client.abandoned.list.query()).items.find((r) => r.id === left.id);
    expect(row?.state).toBe('followed_up');
    await advance(30 * minute);
    await advance(30 * minute);
    expect(sentTo('081355550001')).toEqual(['abandoned_checkout']);
    // The buyer who ordered is never reminded.
    expect(sentTo('081355550002')).not.toContain('abandoned_checkout');
  });
});

describe('payment window', () => {
  it('expires an unpaid transfer order at the form’s deadline: stock and voucher use come back, the buyer is told', async () => {
    const s = await shop(6);
    const phone = '081355551001';
    const invoice = await order(s, phone, 'transfer', s.voucher.code);
    expect([await s.stock(), await s.voucherUses()]).toEqual([8, 1]);
    const placed = await s.owner.client.order.detail.query({ invoice });
    expect(placed.payment.dueAt?.getTime()).toBe(server.clock.now().getTime() + 6 * hour);

    await advance(6 * hour - minute);
    expect((await s.owner.client.order.detail.query({ invoice })).status).toBe('unpaid');
    expect([await s.stock(), await s.voucherUses()]).toEqual([8, 1]);

    await advance(minute);
    const expired = await s.owner.client.order.detail.query({ invoice });
    expect(expired.status).toBe('canceled');
    expect(expired.payment.dueAt).toBeNull();
    expect(expired.timeline.at(-1)).toMatchObject({ type: 'expired', toStatus: 'canceled', actorName: null });
    expect([await s.stock(), await s.voucherUses()]).toEqual([10, 0]);
    expect(sentTo(phone).at(-1)).toBe('order_expired');

    // Any later run (the sweep, a repeated job) gives nothing back twice.
    await advance(hour);
    expect([await s.stock(), await s.voucherUses()]).toEqual([10, 0]);
    expect(sentTo(phone).filter((t) => t === 'order_expired')).toHaveLength(1);
  });

  it('lets a payment confirmed before the deadline win: no expiry, and the reminders stop', async () => {
    const s = await shop();
    const phone = '081355551002';
    const at = server.clock.now().getTime();
    const invoice = await order(s, phone, 'transfer');
    const placed = await s.owner.client.order.detail.query({ invoice });
    expect(
      placed.followUps.map((f) => [f.kind, f.attempt, f.status, f.dueAt?.getTime() === undefined]),
    ).toEqual([
      ['scheduled', 1, 'scheduled', false],
      ['scheduled', 2, 'scheduled', false],
    ]);
    expect(placed.followUps.map((f) => (f.dueAt?.getTime() ?? 0) - at)).toEqual([2 * hour, 12 * hour]);

    await advance(hour);
    await s.owner.client.order.confirmPayment.mutate({
      invoice,
      amount: placed.total,
      bankAccountId: s.account.id,
    });
    await advance(25 * hour);
    const paid = await s.owner.client.order.detail.query({ invoice });
    expect(paid.status).toBe('paid');
    expect(paid.payment.dueAt).toBeNull();
    expect(paid.timeline.map((e) => e.type)).not.toContain('expired');
    expect(paid.followUps.map((f) => f.status)).toEqual(['stopped', 'stopped']);
    expect(sentTo(phone)).toEqual([]);
    expect(await s.stock()).toBe(8);
  });
});

describe('scheduled follow-ups', () => {
  it('sends each planned follow-up once at its hour, with the template of the payment method', async () => {
    const s = await shop();
    const transfer = '081355552001';
    const cod = '081355552002';
    const transferInvoice = await order(s, transfer, 'transfer');
    const codInvoice = await order(s, cod, 'cod');

    await advance(2 * hour - minute);
    expect([...sentTo(transfer), ...sentTo(cod)]).toEqual([]);
    await advance(minute);
    expect(sentTo(transfer)).toEqual(['order_follow_up_bank_transfer_1']);
    expect(sentTo(cod)).toEqual(['order_follow_up_cod_1']);
    const message = server.messaging.lastTo(`62${transfer.slice(1)}`);
    expect(message?.text).toContain(transferInvoice);
    expect(message?.text).toContain('menunggu transfer');

    await advance(hour);
    expect(sentTo(cod)).toEqual(['order_follow_up_cod_1']);
    const detail = await s.owner.client.order.detail.query({ invoice: codInvoice });
    expect(detail.followUps).toEqual([
      expect.objectContaining({ attempt: 1, status: 'sent', message: expect.stringContaining(codInvoice) }),
    ]);
    expect(detail.timeline.at(-1)).toMatchObject({ type: 'follow_up_sent', actorName: null });
    // The seller sees the same under Follow Up Attempts.
    const attempts = await s.owner.client.followUp.attempts.query({ invoice: transferInvoice });
    expect(attempts.map((a) => a.status)).toEqual(['sent', 'scheduled']);

    await advance(10 * hour);
    expect(sentTo(transfer)).toEqual(['order_follow_up_bank_transfer_1', 'order_follow_up_bank_transfer_2']);
  });

  it("numbers the plan's follow-ups and the seller's own apart: each series counts from 1", async () => {
    const s = await shop();
    const phone = '081355552501';
    const invoice = await order(s, phone, 'transfer');
    await advance(2 * hour);
    expect(sentTo(phone)).toEqual(['order_follow_up_bank_transfer_1']);
    // The seller's first follow-up is their #1, whatever the plan has sent already.
    await s.owner.client.followUp.send.mutate({ invoice, followUpAttempts: 1 });
    const series = (list: Array<{ kind: string; attempt: number; status: string }>) =>
      list.map((a) => [a.kind, a.attempt, a.status]).sort();
    const expected = [
      ['manual', 1, 'sent'],
      ['scheduled', 1, 'sent'],
      ['scheduled', 2, 'scheduled'],
    ];
    expect(series(await s.owner.client.followUp.attempts.query({ invoice }))).toEqual(expected);
    expect(series((await s.owner.client.order.detail.query({ invoice })).followUps)).toEqual(expected);
    // The REST door names the series too (`kind`).
    const { email, password } = s.seller;
    const { accessToken } = await server.client().auth.login.mutate({ login: email, password });
    const rest = await server.rest('GET', `/store/order/${invoice}/follow-up`, { token: accessToken });
    expect(rest.status).toBe(200);
    expect(series(rest.body.data as never)).toEqual(expected);
  });

  it('keeps the wa.me link when WhatsApp is down, and does not send it later by surprise', async () => {
    const s = await shop();
    const phone = '081355553001';
    const invoice = await order(s, phone, 'cod');
    server.messaging.failing = true;
    try {
      await advance(2 * hour);
    } finally {
      server.messaging.failing = false;
    }
    await advance(hour);
    const [attempt] = await s.owner.client.followUp.attempts.query({ invoice });
    expect(attempt).toMatchObject({ status: 'failed', waLink: expect.stringContaining('wa.me') });
    expect(sentTo(phone)).toEqual([]);
  });
});

describe('tracking poll', () => {
  it('asks the courier about a parcel quiet for a day: new checkpoints on the timeline, a delivery moves the order', async () => {
    const s = await shop();
    const invoice = await order(s, '081355554001', 'cod');
    await s.owner.client.order.updateStatus.mutate({ invoice, status: 'shipped' });
    const { shipmentRef } = await server.db.order.findFirstOrThrow({
      where: { invoice, storeId: s.owner.storeId },
    });
    const at = server.clock.now().getTime();
    server.shipping.history.set(shipmentRef as string, [
      { at: new Date(at + hour), status: 'in_transit', description: 'Paket di hub Pekanbaru' },
    ]);
    const timeline = async () =>
      (await s.owner.client.order.detail.query({ invoice })).timeline.map((e) => e.type);

    await advance(23 * hour);
    expect(await timeline()).not.toContain('tracking');
    await advance(2 * hour);
    const polled = await s.owner.client.order.detail.query({ invoice });
    expect(polled.status).toBe('shipped');
    expect(polled.timeline.at(-1)).toMatchObject({
      type: 'tracking',
      data: { checkpoints: [{ status: 'in_transit', description: 'Paket di hub Pekanbaru' }] },
    });
    // Asked at most once a day.
    await advance(2 * hour);
    expect((await timeline()).filter((t) => t === 'tracking')).toHaveLength(1);

    server.shipping.history.set(shipmentRef as string, [
      { at: new Date(at + hour), status: 'in_transit', description: 'Paket di hub Pekanbaru' },
      { at: new Date(at + 30 * hour), status: 'delivered', description: 'Diterima oleh YBS' },
    ]);
    await advance(24 * hour);
    const delivered = await s.owner.client.order.detail.query({ invoice });
    expect(delivered.status).toBe('delivered');
    expect(delivered.deliveredAt?.getTime()).toBe(at + 30 * hour);
    expect(delivered.timeline.at(-1)).toMatchObject({
      type: 'delivered',
      toStatus: 'delivered',
      actorName: null,
    });
  });
});
