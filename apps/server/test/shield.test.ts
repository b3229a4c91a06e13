import { manualStatuses, orderStatuses } from '@bosonline/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../src/seed/demo.ts';
import { checkoutBody, demoFormId } from './demo-orders.ts';
import {
  demoSellerClient,
  expectError,
  newSeller,
  sellerClient,
  startTestServer,
  type TestServer,
} from './harness.ts';

// The Order Shield through both doors against the seeded demo store: each rule and each block
// list kind holds an order (saved as `suspicious`, nothing booked; stock held for a rule, none
// taken for a block list) with its reason; the buyer's answer is the same as anyone's; "Bukan
// spam" releases once (taking a blocked buyer's stock then), "Spam" and the hold's end cancel and
// give back what was taken.

let server: TestServer;
let seller: ReturnType<TestServer['client']>;
let token: string;
let ipCounter = 0;
let phoneCounter = 0;

/** A fresh caller address per order unless a test wants one shared (velocity per IP). */
const nextIp = () => `10.9.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;
/** A fresh buyer number (never ending in 000: that is the sandbox's number without WhatsApp). */
const nextPhone = () => `08131${String(500_000 + ++phoneCounter).padStart(6, '0')}1`;

type Body = ReturnType<typeof checkoutBody> & { device_id?: string };

function cod(name = 'Budi Santoso', phone = nextPhone(), sku = 'BAT-AA-001-01'): Body {
  const body = checkoutBody(name, phone, sku, 1, { payment: 'cod' });
  body.receiver.receiver_address = 'Jl. Raya Buduran 12';
  return body;
}

async function place(body: Body, ip = nextIp()) {
  const res = await server.rest('POST', `/order/${demoFormId}`, {
    body,
    headers: { 'x-forwarded-for': ip },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const order = await server.db.order.findFirstOrThrow({
    where: { buyerPhone: `62${body.receiver.receiver_phone.slice(1)}` },
    orderBy: { createdAt: 'desc' },
  });
  return { res, order };
}

const stockOf = async (sku: string) => {
  const rows = await server.db.stock.findMany({ where: { variant: { sku } } });
  return rows.reduce((sum, r) => sum + r.quantity, 0);
};

async function setRules(shield: Record<string, unknown>) {
  await seller.form.update.mutate({ id: demoFormId, shield });
}

beforeAll(async () => {
  server = await startTestServer({ seed: true, trustProxy: true });
  ({ client: seller, token } = await demoSellerClient(server));
  await setRules({
    minNameLength: 3,
    minAddressLength: 10,
    maxOrdersPerPhonePerHour: 2,
    maxOrdersPerIpPerHour: 2,
    holdInvalidWhatsapp: true,
    blockedWords: ['palsu', 'iseng'],
  });
});
afterAll(() => server?.close());

describe('form rules', () => {
  it('are stored with the form and read back; bad rules are a 400 naming the field, nothing changes', async () => {
    const form = await seller.form.detail.query({ id: demoFormId });
    expect(form.shield).toMatchObject({
      minNameLength: 3,
      maxOrdersPerIpPerHour: 2,
      blockedWords: ['palsu', 'iseng'],
    });
    const res = await server.rest('PUT', `/store/form/${demoFormId}`, {
      token,
      body: { shield: { min_name_length: -1 } },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect((await seller.form.detail.query({ id: demoFormId })).shield.minNameLength).toBe(3);
    // The public checkout form never shows them.
    const page = await server.rest('GET', `/order/${demoFormId}/form`);
    expect(JSON.stringify(page.body)).not.toContain('palsu');
  });
});

describe('holding orders', () => {
  const held = async (body: Body, code: string, ip?: string) => {
    const booked = server.shipping.booked.length;
    const stock = await stockOf('BAT-AA-001-01');
    const { res, order } = await place(body, ip);
    expect(order.status).toBe('suspicious');
    expect((order.shieldReasons as Array<{ code: string }>).map((r) => r.code)).toContain(code);
    expect(order.heldUntil).not.toBeNull();
    expect(server.shipping.booked.length).toBe(booked);
    // A buyer on a block list takes no stock while held; a rule-caught one holds its unit.
    expect(await stockOf('BAT-AA-001-01')).toBe(
      code.startsWith('blocked_') && code !== 'blocked_word' ? stock : stock - 1,
    );
    return { res, order };
  };

  it('holds a name too short, an address too short and a blocked word, each with its reason', async () => {
    await held(cod('Al'), 'name_too_short');
    const short = cod();
    short.receiver.receiver_address = 'Jl. Uji 1';
    await held(short, 'address_too_short');
    const note = cod();
    (note.items as Record<string, unknown>).note = 'pesanan ISENG saja';
    const { order } = await held(note, 'blocked_word');
    expect(order.shieldReasons).toEqual([{ code: 'blocked_word', text: 'Kata terlarang: iseng' }]);
  });

  it('holds a number without WhatsApp when the buyer did not ask the checkout to check it', async () => {
    await held(cod('Budi Santoso', '081399999000'), 'whatsapp_invalid');
  });

  it("remembers the provider's answer with the order: the number's next order is held with the provider down", async () => {
    const phone = '081399998000';
    await held(cod('Budi Santoso', phone), 'whatsapp_invalid');
    expect(
      await server.db.whatsappCheck.findUnique({ where: { phone: `62${phone.slice(1)}` } }),
    ).toMatchObject({
      valid: false,
    });
    server.messaging.failing = true;
    try {
      await held(cod('Budi Santoso', phone), 'whatsapp_invalid');
    } finally {
      server.messaging.failing = false;
    }
  });

  it('holds the third order of one phone within the hour, and the third of one IP', async () => {
    const phone = nextPhone();
    for (let i = 0; i < 2; i += 1)
      expect((await place(cod('Budi Santoso', phone))).order.status).not.toBe('suspicious');
    await held(cod('Budi Santoso', phone), 'phone_velocity');
    const ip = nextIp();
    for (let i = 0; i < 2; i += 1) expect((await place(cod(), ip)).order.status).not.toBe('suspicious');
    await held(cod(), 'ip_velocity', ip);
  });

  it('holds a blocked phone (SDK), IP and device id (REST door), each with its reason', async () => {
    const phone = nextPhone();
    await seller.shield.addBlock.mutate({ kind: 'phone', value: phone, reason: 'Tidak pernah terima paket' });
    await held(cod('Budi Santoso', phone), 'blocked_phone');

    const ip = nextIp();
    const addIp = await server.rest('POST', '/store/shield/blocks', {
      token,
      body: { kind: 'ip', value: ip, reason: 'Bot' },
    });
    expect(addIp.status, JSON.stringify(addIp.body)).toBe(201);
    expect(addIp.body.data).toMatchObject({
      kind: 'ip',
      value: ip,
      reason: 'Bot',
      added_by: { name: demoAccounts.seller.name },
    });
    await held(cod(), 'blocked_ip', ip);

    const device = 'dev-blocked-0001';
    expect(
      (
        await server.rest('POST', '/store/shield/blocks', {
          token,
          body: { kind: 'device', value: device, reason: 'Bot' },
        })
      ).status,
    ).toBe(201);
    await held({ ...cod(), device_id: device }, 'blocked_device');
  });

  it('answers a blocked buyer exactly as a rule-caught buyer and as a buyer who is not held', async () => {
    const phone = nextPhone();
    await seller.shield.addBlock.mutate({ kind: 'phone', value: phone, reason: 'Spam' });
    const normal = await place(cod());
    const blocked = await place(cod('Budi Santoso', phone));
    const short = await place(cod('Al'));
    expect(normal.order.status).toBe('ready_to_ship');
    expect([blocked.order.status, short.order.status]).toEqual(['suspicious', 'suspicious']);
    // The CS phone comes from the store's rotation; everything else is the same bytes.
    const neutral = (body: typeof normal.res.body) => ({
      ...body,
      data: { ...(body.data as object), cs_phone: '' },
    });
    expect(neutral(blocked.res.body)).toEqual(neutral(normal.res.body));
    expect(neutral(short.res.body)).toEqual(neutral(normal.res.body));
    expect(Object.keys(blocked.res.body.data as object).sort()).toEqual(
      Object.keys(normal.res.body.data as object).sort(),
    );
  });

  it('records the buyer IP and device id on every order', async () => {
    const { order } = await place({ ...cod(), device_id: 'dev-recorded-01' }, '10.200.0.7');
    expect(order).toMatchObject({
      buyerIp: '10.200.0.7',
      deviceId: 'dev-recorded-01',
      status: 'ready_to_ship',
    });
  });
});

describe('deciding on held orders', () => {
  it('lists them on the suspicious tab with their reasons', async () => {
    const { order } = await place(cod('Al'));
    const page = await seller.order.list.query({ status: 'suspicious', limit: 100 });
    expect(page.statusCounts.suspicious).toBeGreaterThan(0);
    const row = page.items.find((i) => i.invoice === order.invoice);
    expect(row?.shieldReasons.map((r) => r.code)).toEqual(['name_too_short']);
    const rest = await server.rest('GET', `/store/order?status=suspicious&limit=100`, { token });
    expect(JSON.stringify(rest.body)).toContain('"shield_reasons":[{"code":"name_too_short"');
  });

  it('"Bukan spam" books a held COD order once, however many releases race', async () => {
    const { order } = await place(cod('Al'));
    const booked = server.shipping.booked.length;
    const results = await Promise.allSettled([
      seller.shield.release.mutate({ invoice: order.invoice }),
      server.rest('POST', `/store/shield/orders/${order.invoice}/release`, { token }).then((r) => {
        if (r.status !== 200) throw new Error(String(r.status));
        return r;
      }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(server.shipping.booked.length).toBe(booked + 1);
    const detail = await seller.order.detail.query({ invoice: order.invoice });
    expect(detail.status).toBe('ready_to_ship');
    expect(detail.heldUntil).toBeNull();
    expect(detail.timeline.filter((e) => e.type === 'shield_released')).toHaveLength(1);
    // A later release is refused and books nothing.
    await expectError(seller.shield.release.mutate({ invoice: order.invoice }), 'CONFLICT');
    expect(server.shipping.booked.length).toBe(booked + 1);
  });

  it('"Bukan spam" puts a held transfer order where checkout would have: unpaid, with its window again', async () => {
    const body = checkoutBody('Al', nextPhone(), 'BAT-AA-001-01', 1);
    body.receiver.receiver_address = 'Jl. Raya Buduran 12';
    const { order } = await place(body);
    expect(order.status).toBe('suspicious');
    const released = await seller.shield.release.mutate({ invoice: order.invoice });
    expect(released.status).toBe('unpaid');
    expect(released.payment.dueAt?.getTime()).toBeGreaterThan(server.clock.now().getTime());
  });

  it('offers in next_statuses exactly the moves Update Status Order accepts for a held COD order', async () => {
    const { order } = await place(cod('Al'));
    const res = await server.rest('GET', `/store/order/${order.invoice}`, { token });
    expect((res.body.data as { next_statuses: string[] }).next_statuses).toEqual(['canceled']);
    for (const status of orderStatuses.filter((to) => to !== 'canceled')) {
      const move = await server.rest('PUT', `/store/order/${order.invoice}/status`, {
        token,
        body: { status },
      });
      // Statuses set by hand are a 409 from here; the others have their own actions (a 400).
      expect(move.status, status).toBe((manualStatuses as readonly string[]).includes(status) ? 409 : 400);
    }
    expect((await server.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('suspicious');
  });

  it('"Spam" cancels a held order and gives its stock back', async () => {
    const stock = await stockOf('BAT-AA-001-01');
    const { order } = await place(cod('Al'));
    expect(await stockOf('BAT-AA-001-01')).toBe(stock - 1);
    const res = await server.rest('POST', `/store/shield/orders/${order.invoice}/spam`, { token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((res.body.data as { status: string }).status).toBe('canceled');
    expect(await stockOf('BAT-AA-001-01')).toBe(stock);
    await expectError(seller.shield.markSpam.mutate({ invoice: order.invoice }), 'CONFLICT');
  });

  it('"Blokir pembeli" lists the order\'s phone and device id, not its IP: another buyer on that IP is not held', async () => {
    const { order } = await place({ ...cod(), device_id: 'dev-banned-0001' }, '10.201.0.9');
    const res = await server.rest('POST', `/store/shield/orders/${order.invoice}/ban`, {
      token,
      body: { reason: 'Penipu' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const added = (res.body.data as { added: Array<{ kind: string; value: string }> }).added;
    expect(added.map((a) => [a.kind, a.value]).sort()).toEqual([
      ['device', 'dev-banned-0001'],
      ['phone', order.buyerPhone],
    ]);
    expect(await server.db.shieldBlock.count({ where: { kind: 'ip', value: '10.201.0.9' } })).toBe(0);
    // A neighbour behind the same carrier or office IP buys as usual.
    expect((await place(cod(), '10.201.0.9')).order.status).toBe('ready_to_ship');
    const again = await place({ ...cod(), device_id: 'dev-banned-0001' });
    expect(again.order.status).toBe('suspicious');
    expect(again.order.shieldReasons).toEqual([
      { code: 'blocked_device', text: 'Perangkat ada di daftar blokir toko' },
    ]);
    const samePhone = await place(cod('Budi Santoso', `0${order.buyerPhone.slice(2)}`));
    expect(samePhone.order.shieldReasons).toEqual([{ code: 'blocked_phone', text: expect.any(String) }]);
  });

  it('"Blokir pembeli" with include_ip (REST) or includeIp (SDK) lists the IP too: its next order is held', async () => {
    const { order } = await place(cod(), '10.201.0.10');
    const res = await server.rest('POST', `/store/shield/orders/${order.invoice}/ban`, {
      token,
      body: { reason: 'Bot', include_ip: true },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const added = (res.body.data as { added: Array<{ kind: string; value: string }> }).added;
    expect(added.map((a) => [a.kind, a.value]).sort()).toEqual([
      ['ip', '10.201.0.10'],
      ['phone', order.buyerPhone],
    ]);
    const neighbour = await place(cod(), '10.201.0.10');
    expect(neighbour.order.shieldReasons).toEqual([{ code: 'blocked_ip', text: expect.any(String) }]);

    const viaSdk = await place(cod(), '10.201.0.11');
    const banned = await seller.shield.banBuyer.mutate({ invoice: viaSdk.order.invoice, includeIp: true });
    expect(banned.added.map((a) => a.kind).sort()).toEqual(['ip', 'phone']);
  });

  it('"Blokir pembeli" refuses an include_ip that is not a boolean with a 400, listing nothing', async () => {
    const { order } = await place(cod(), '10.201.0.12');
    const res = await server.rest('POST', `/store/shield/orders/${order.invoice}/ban`, {
      token,
      body: { include_ip: 'yes' },
    });
    expect(res.status).toBe(400);
    expect(
      await server.db.shieldBlock.count({ where: { value: { in: ['10.201.0.12', order.buyerPhone] } } }),
    ).toBe(0);
  });
});

describe('block lists', () => {
  it('are for owners and store admins: a CS member reads none of the buyers on them', async () => {
    const owner = await sellerClient(server);
    await owner.client.shield.addBlock.mutate({
      kind: 'phone',
      value: '0813 7777 4321',
      reason: 'Sering retur',
    });
    const person = newSeller();
    await owner.client.staff.create.mutate({ ...person, role: 'cs' });
    const tokens = await server
      .client()
      .auth.login.mutate({ login: person.email, password: person.password });
    const cs = server.client({ token: tokens.accessToken });
    await expectError(cs.shield.blocks.query({}), 'FORBIDDEN');
    const rest = await server.rest('GET', '/store/shield/blocks', { token: tokens.accessToken });
    expect(rest.status).toBe(403);
    expect(JSON.stringify(rest.body)).not.toContain('6281377774321');
  });

  it('list newest first, page, filter by kind and search value or reason', async () => {
    await seller.shield.addBlock.mutate({ kind: 'phone', value: '0813 7777 1234', reason: 'Cari aku' });
    const first = await seller.shield.blocks.query({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await seller.shield.blocks.query({ limit: 2, cursor: first.nextCursor ?? undefined });
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    const found = await seller.shield.blocks.query({ q: 'cari aku' });
    expect(found.items.map((i) => i.value)).toEqual(['6281377771234']);
    const rest = await server.rest('GET', '/store/shield/blocks?kind=device&limit=100', { token });
    expect(
      (rest.body.data as { items: Array<{ kind: string }> }).items.every((i) => i.kind === 'device'),
    ).toBe(true);
  });

  it('refuses bad entries with a 400 naming the field and a duplicate with a 409, writing nothing', async () => {
    const before = await server.db.shieldBlock.count();
    const bad = await server.rest('POST', '/store/shield/blocks', {
      token,
      body: { kind: 'phone', value: '12345', reason: 'x' },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors ?? {})).toContain('value');
    expect(
      (
        await server.rest('POST', '/store/shield/blocks', {
          token,
          body: { kind: 'email', value: 'a', reason: 'x' },
        })
      ).status,
    ).toBe(400);
    await expectError(
      seller.shield.addBlock.mutate({ kind: 'ip', value: 'not-an-ip', reason: 'x' }),
      'BAD_REQUEST',
    );
    await expectError(
      seller.shield.addBlock.mutate({ kind: 'device', value: 'dev-ok-00001', reason: '' }),
      'BAD_REQUEST',
    );
    await seller.shield.addBlock.mutate({ kind: 'device', value: 'dev-dupe-0001', reason: 'Bot' });
    await expectError(
      seller.shield.addBlock.mutate({ kind: 'device', value: 'dev-dupe-0001', reason: 'Bot' }),
      'CONFLICT',
    );
    expect(await server.db.shieldBlock.count()).toBe(before + 1);
  });

  it('removes an entry (REST door): the buyer is no longer held', async () => {
    const phone = nextPhone();
    const entry = await seller.shield.addBlock.mutate({
      kind: 'phone',
      value: phone,
      reason: 'Salah blokir',
    });
    const res = await server.rest('DELETE', `/store/shield/blocks/${entry.id}`, { token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await place(cod('Budi Santoso', phone))).order.status).toBe('ready_to_ship');
    expect((await server.rest('DELETE', `/store/shield/blocks/${entry.id}`, { token })).status).toBe(404);
  });
});

describe('other stores and roles', () => {
  it("another store's orders and entries are 404 on both doors, and nothing changes", async () => {
    const { order } = await place(cod('Al'));
    const entry = await seller.shield.addBlock.mutate({
      kind: 'device',
      value: 'dev-mine-00001',
      reason: 'Bot',
    });
    const other = await sellerClient(server);
    await expectError(other.client.shield.release.mutate({ invoice: order.invoice }), 'NOT_FOUND');
    await expectError(other.client.shield.markSpam.mutate({ invoice: order.invoice }), 'NOT_FOUND');
    await expectError(other.client.shield.banBuyer.mutate({ invoice: order.invoice }), 'NOT_FOUND');
    await expectError(other.client.shield.removeBlock.mutate({ id: entry.id }), 'NOT_FOUND');
    expect(
      (await server.rest('POST', `/store/shield/orders/${order.invoice}/release`, { token: other.token }))
        .status,
    ).toBe(404);
    expect(
      (await server.rest('DELETE', `/store/shield/blocks/${entry.id}`, { token: other.token })).status,
    ).toBe(404);
    expect((await other.client.shield.blocks.query({})).items).toEqual([]);
    expect((await server.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('suspicious');
    expect(await server.db.shieldBlock.count({ where: { id: entry.id } })).toBe(1);
  });

  it('a bad invoice is a 400 and an order that is not held a 409', async () => {
    expect((await server.rest('POST', '/store/shield/orders/XYZ/release', { token })).status).toBe(400);
    const { order } = await place(cod());
    await expectError(seller.shield.release.mutate({ invoice: order.invoice }), 'CONFLICT');
  });
});

// Last: it moves the clock six hours on (sessions expire, parcels are delivered).
describe("a blocked buyer's order and the stock", () => {
  const sku = 'BAT-AA-001-02';
  let row: { variantId: string; warehouseId: string };

  const setStock = (quantity: number) =>
    seller.product.inventory.update.mutate({ items: [{ ...row, quantity, reason: 'adjustment' }] });
  const order2 = (phone = nextPhone()) => {
    const body = checkoutBody('Budi Santoso', phone, sku, 2, { payment: 'cod' });
    body.receiver.receiver_address = 'Jl. Raya Buduran 12';
    return body;
  };
  const movementsOf = (invoice: string) =>
    server.db.inventoryMovement.findMany({ where: { note: invoice }, select: { reason: true, delta: true } });
  /** The ledger sums to the count: every unit sold or given back went through it. */
  const expectLedgerConsistent = async () => {
    const { _sum } = await server.db.inventoryMovement.aggregate({
      where: { variantId: row.variantId, warehouseId: row.warehouseId },
      _sum: { delta: true },
    });
    expect(_sum.delta).toBe(await stockOf(sku));
  };
  const blockedPhone = async () => {
    const phone = nextPhone();
    await seller.shield.addBlock.mutate({ kind: 'phone', value: phone, reason: 'Spam' });
    return phone;
  };

  let initial = 0;
  beforeAll(async () => {
    const stock = await server.db.stock.findFirstOrThrow({ where: { variant: { sku } } });
    row = { variantId: stock.variantId, warehouseId: stock.warehouseId };
    initial = stock.quantity;
  });
  afterAll(() => setStock(initial));

  it('takes no stock: a real buyer still buys the last units, and "Bukan spam" then is a 409 naming the item that writes nothing', async () => {
    await setStock(2);
    const blocked = await place(order2(await blockedPhone()));
    expect(blocked.order.status).toBe('suspicious');
    expect(await stockOf(sku)).toBe(2);
    expect(await movementsOf(blocked.order.invoice)).toEqual([]);

    const real = await place(order2());
    expect(real.order.status).toBe('ready_to_ship');
    expect(await stockOf(sku)).toBe(0);

    const res = await server.rest('POST', `/store/shield/orders/${blocked.order.invoice}/release`, { token });
    expect(res.status).toBe(409);
    expect(JSON.stringify(res.body)).toContain(sku);
    const after = await seller.order.detail.query({ invoice: blocked.order.invoice });
    expect(after.status).toBe('suspicious');
    expect(after.timeline.filter((e) => e.type === 'shield_released')).toEqual([]);
    expect(await stockOf(sku)).toBe(0);
    expect(await movementsOf(blocked.order.invoice)).toEqual([]);
    await expectLedgerConsistent();
  });

  it('"Bukan spam" takes the stock exactly once, however many releases race', async () => {
    await setStock(3);
    const blocked = await place(order2(await blockedPhone()));
    expect(await stockOf(sku)).toBe(3);
    const results = await Promise.allSettled([
      seller.shield.release.mutate({ invoice: blocked.order.invoice }),
      seller.shield.release.mutate({ invoice: blocked.order.invoice }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await stockOf(sku)).toBe(1);
    expect(await movementsOf(blocked.order.invoice)).toEqual([{ reason: 'sale', delta: -2 }]);
    // Canceled later, it gives back exactly what it took.
    await seller.order.updateStatus.mutate({ invoice: blocked.order.invoice, status: 'canceled' });
    expect(await stockOf(sku)).toBe(3);
    await expectLedgerConsistent();
  });

  it('"Spam", a cancel and the end of the hold give nothing back for a blocked buyer\'s order', async () => {
    await setStock(2);
    const spam = await place(order2(await blockedPhone()));
    await seller.shield.markSpam.mutate({ invoice: spam.order.invoice });
    const canceled = await place(order2(await blockedPhone()));
    await seller.order.updateStatus.mutate({ invoice: canceled.order.invoice, status: 'canceled' });
    expect(await stockOf(sku)).toBe(2);
    expect(await movementsOf(spam.order.invoice)).toEqual([]);
    expect(await movementsOf(canceled.order.invoice)).toEqual([]);
    await expectLedgerConsistent();
  });

  it('is refused when short exactly as any buyer is', async () => {
    await setStock(1);
    const phone = await blockedPhone();
    const blocked = await server.rest('POST', `/order/${demoFormId}`, {
      body: order2(phone),
      headers: { 'x-forwarded-for': nextIp() },
    });
    const normal = await server.rest('POST', `/order/${demoFormId}`, {
      body: order2(),
      headers: { 'x-forwarded-for': nextIp() },
    });
    expect(blocked.status).toBe(409);
    expect(blocked.body).toEqual(normal.body);
    expect(await stockOf(sku)).toBe(1);
  });
});

describe('the end of a hold', () => {
  it('cancels a held order when its hold ends unreleased, and gives its stock back', async () => {
    // A SKU of its own: the holds of the orders above end at the same time and give theirs back.
    const sku = 'BAT-AA-001-02';
    const stock = await stockOf(sku);
    const { order } = await place(cod('Al', nextPhone(), sku));
    const kept = await place(cod('Al', nextPhone(), sku));
    await seller.shield.release.mutate({ invoice: kept.order.invoice });
    server.clock.advance(6 * 3_600_000 + 1_000);
    await server.runJobs();
    const after = await server.db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after).toMatchObject({ status: 'canceled', heldUntil: order.heldUntil });
    expect(await stockOf(sku)).toBe(stock - 1);
    // The released one was not touched.
    expect((await server.db.order.findUniqueOrThrow({ where: { id: kept.order.id } })).status).not.toBe(
      'canceled',
    );
  });
});
