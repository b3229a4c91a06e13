import {
  isSale,
  type OrderStatus,
  onHoldStatuses,
  type orderPaymentMethods,
  orderStatuses,
} from '@bosonline/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../src/seed/demo.ts';
import { demoCs, prng } from '../src/seed/demo-orders.ts';
import { newTransferOrder } from './demo-orders.ts';
import { sellerClient, startTestServer, type TestServer } from './harness.ts';
import { recountProducts } from './recount.ts';

// The Store recaps (Recap Order, Recap Store, Recap Product, Recap CS, Get Revenue) against a
// recount from the raw rows, on the demo store next to a second store holding copies of its
// orders, over many random filters; and the daily rollups they read against a recount from the
// orders after each kind of order change (checkout, pay, edit, cancel, ship, deliver, return).

type Filter = {
  status?: (typeof orderStatuses)[number];
  paymentMethod?: (typeof orderPaymentMethods)[number];
  courierCode?: string;
  csMemberId?: string;
  formId?: string;
  productId?: string;
  dateField?: 'created' | 'paid' | 'shipped';
  from?: string;
  to?: string;
  q?: string;
};

interface RawOrder {
  id: string;
  invoice: string;
  awb: string | null;
  buyerName: string;
  status: string;
  paymentMethod: string;
  courierCode: string;
  csMemberId: string | null;
  formId: string | null;
  createdAt: Date;
  paidAt: Date | null;
  shippedAt: Date | null;
  itemCount: number;
  total: number;
  itemsTotal: number;
  shippingCost: number;
  codFee: number;
  items: Array<{ productId: string; quantity: number; price: number }>;
}

let server: TestServer;
let seller: ReturnType<TestServer['client']>;
let storeId: string;
let orders: RawOrder[];

async function login(email: string, password: string) {
  return (await server.client().auth.login.mutate({ login: email, password })).accessToken;
}

async function readOrders(store: string): Promise<RawOrder[]> {
  const rows = await server.db.$queryRaw<Array<Omit<RawOrder, 'items'>>>`
    SELECT "id"::text, "invoice", "awb", "buyerName", "status"::text, "paymentMethod"::text,
      "courierCode", "csMemberId"::text, "formId"::text, "createdAt", "paidAt", "shippedAt",
      "itemCount", "total", "itemsTotal", "shippingCost", "codFee"
    FROM "Order" WHERE "storeId" = ${store}::uuid`;
  const items = await server.db.$queryRaw<
    Array<{ orderId: string; productId: string; quantity: number; price: number }>
  >`
    SELECT i."orderId"::text, v."productId"::text, i."quantity", i."price"
    FROM "OrderItem" i JOIN "Variant" v ON v."id" = i."variantId" WHERE i."storeId" = ${store}::uuid`;
  const byOrder = new Map(rows.map((r) => [r.id, { ...r, items: [] as RawOrder['items'] }]));
  for (const item of items) byOrder.get(item.orderId)?.items.push(item);
  return [...byOrder.values()];
}

const wibDay = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
const dateOf = (o: RawOrder, f: Filter) =>
  ({ created: o.createdAt, paid: o.paidAt, shipped: o.shippedAt })[f.dateField ?? 'created'];

/** Order List's filter, written again plainly (filter.ts is what is under test). */
function matches(o: RawOrder, f: Filter, csMemberId?: string): boolean {
  if (csMemberId && o.csMemberId !== csMemberId) return false;
  if (f.status && o.status !== f.status) return false;
  if (f.paymentMethod && o.paymentMethod !== f.paymentMethod) return false;
  if (f.courierCode && o.courierCode !== f.courierCode) return false;
  if (f.csMemberId && o.csMemberId !== f.csMemberId) return false;
  if (f.formId && o.formId !== f.formId) return false;
  if (f.productId && !o.items.some((i) => i.productId === f.productId)) return false;
  const date = dateOf(o, f);
  if ((f.from || f.to) && !date) return false;
  if (f.from && date && wibDay(date) < f.from) return false;
  if (f.to && date && wibDay(date) > f.to) return false;
  if (f.q) {
    const q = f.q.toUpperCase();
    const byName = f.q.length >= 3 && o.buyerName.toLowerCase().includes(f.q.toLowerCase());
    if (o.invoice !== q && o.awb !== q && !byName) return false;
  }
  return true;
}

/** A sale: neither on hold nor canceled (the recaps' one rule, contracts' isSale). */
const live = (o: RawOrder) => isSale(o.status as OrderStatus);
const onHold = (o: RawOrder) => (onHoldStatuses as readonly string[]).includes(o.status);
const sum = (list: RawOrder[], pick: (o: RawOrder) => number) => list.reduce((n, o) => n + pick(o), 0);

function expectedOrderRecap(list: RawOrder[], f: Filter) {
  const earning = list.filter(live);
  const cod = earning.filter((o) => o.paymentMethod === 'cod');
  const transfer = earning.filter((o) => o.paymentMethod !== 'cod');
  const days = new Map<string, { date: string; orders: number; revenue: number }>();
  for (const o of list) {
    const date = dateOf(o, f);
    if (!date) continue;
    const day = days.get(wibDay(date)) ?? { date: wibDay(date), orders: 0, revenue: 0 };
    day.orders += 1;
    day.revenue += live(o) ? o.total : 0;
    days.set(day.date, day);
  }
  return {
    orders: list.length,
    sold: earning.length,
    held: list.filter(onHold).length,
    items: sum(earning, (o) => o.itemCount),
    revenue: sum(earning, (o) => o.total),
    itemsTotal: sum(earning, (o) => o.itemsTotal),
    shipping: sum(earning, (o) => o.shippingCost),
    codFees: sum(earning, (o) => o.codFee),
    canceled: list.filter((o) => o.status === 'canceled').length,
    cod: { orders: cod.length, total: sum(cod, (o) => o.total) },
    transfer: { orders: transfer.length, total: sum(transfer, (o) => o.total) },
    days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
  };
}

function expectedStoreRecap(list: RawOrder[]) {
  const statuses: Record<string, { orders: number; revenue: number }> = {};
  const paymentMethods: Record<string, { orders: number; revenue: number }> = {};
  for (const o of list) {
    const revenue = live(o) ? o.total : 0;
    for (const [record, key] of [
      [statuses, o.status],
      [paymentMethods, o.paymentMethod],
    ] as const) {
      const bucket = record[key] ?? { orders: 0, revenue: 0 };
      record[key] = { orders: bucket.orders + 1, revenue: bucket.revenue + revenue };
    }
  }
  const earning = list.filter(live);
  return {
    orders: list.length,
    revenue: sum(earning, (o) => o.total),
    items: sum(earning, (o) => o.itemCount),
    statuses,
    paymentMethods,
  };
}

const expectedProductRecap = (list: RawOrder[], f: Filter) => recountProducts(list, f.productId);

/** Past payment: every status but unpaid and canceled. */
const pastPayment = new Set<string>(orderStatuses.filter((s) => s !== 'unpaid' && s !== 'canceled'));
function expectedCsRecap(list: RawOrder[]) {
  const members = new Map<
    string | null,
    {
      memberId: string | null;
      orders: number;
      paid: number;
      delivered: number;
      returned: number;
      revenue: number;
    }
  >();
  for (const o of list) {
    const m = members.get(o.csMemberId) ?? {
      memberId: o.csMemberId,
      orders: 0,
      paid: 0,
      delivered: 0,
      returned: 0,
      revenue: 0,
    };
    m.orders += 1;
    if (pastPayment.has(o.status)) m.paid += 1;
    if (o.status === 'delivered') m.delivered += 1;
    if (o.status === 'returned') m.returned += 1;
    if (live(o)) m.revenue += o.total;
    members.set(o.csMemberId, m);
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10_000) / 10_000);
  return [...members.values()]
    .map((m) => ({
      ...m,
      paidRate: ratio(m.paid, m.orders),
      deliveredRate: ratio(m.delivered, m.orders),
      rtsRate: ratio(m.returned, m.delivered + m.returned),
    }))
    .sort((a, b) => String(a.memberId).localeCompare(String(b.memberId)));
}

function expectedRevenue(list: RawOrder[], f: Filter, period: 'day' | 'month') {
  const earning = list.filter(live);
  const series = new Map<string, { period: string; orders: number; revenue: number }>();
  for (const o of earning) {
    const date = dateOf(o, f);
    if (!date) continue;
    const key = wibDay(date).slice(0, period === 'day' ? 10 : 7);
    const row = series.get(key) ?? { period: key, orders: 0, revenue: 0 };
    row.orders += 1;
    row.revenue += o.total;
    series.set(key, row);
  }
  return {
    orders: earning.length,
    revenue: sum(earning, (o) => o.total),
    series: [...series.values()].sort((a, b) => a.period.localeCompare(b.period)),
  };
}

function randomFilter(seed: number): Filter {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const some = (p: number) => rand() < p;
  const distinct = <T>(get: (o: RawOrder) => T) => [...new Set(orders.map(get))];
  const f: Filter = {};
  if (some(0.3)) f.status = pick(orderStatuses);
  if (some(0.3)) f.paymentMethod = pick(['cod', 'bank_transfer'] as const);
  if (some(0.25)) f.courierCode = pick(distinct((o) => o.courierCode));
  const cs = distinct((o) => o.csMemberId).filter((id): id is string => id !== null);
  if (some(0.25) && cs.length) f.csMemberId = pick(cs);
  const forms = distinct((o) => o.formId).filter((id): id is string => id !== null);
  if (some(0.2) && forms.length) f.formId = pick(forms);
  if (some(0.2)) f.productId = pick(distinct((o) => o.items[0]?.productId ?? '').filter(Boolean));
  if (some(0.3)) f.dateField = pick(['paid', 'shipped'] as const);
  const days = distinct((o) => wibDay(o.createdAt)).sort();
  if (some(0.5)) {
    const [a, b] = [pick(days), pick(days)].sort();
    if (some(0.8)) f.from = a;
    if (some(0.8)) f.to = b;
  }
  if (some(0.1)) f.q = some(0.5) ? pick(orders).invoice : pick(['Putri', 'Santoso', 'ayu']);
  return f;
}

async function expectRecapsMatch(
  client: ReturnType<TestServer['client']>,
  f: Filter,
  csMemberId?: string,
): Promise<void> {
  const label = JSON.stringify({ ...f, asCs: csMemberId ?? null });
  const list = orders.filter((o) => matches(o, f, csMemberId));
  expect(await client.order.recap.query(f), label).toEqual(expectedOrderRecap(list, f));
  expect(await client.recap.store.query(f), label).toEqual(expectedStoreRecap(list));
  const products = await client.recap.product.query(f);
  expect(
    products.products
      .map(({ name: _n, sku: _s, ...p }) => p)
      .sort((a, b) => a.productId.localeCompare(b.productId)),
    label,
  ).toEqual(expectedProductRecap(list, f));
  const cs = await client.recap.cs.query(f);
  expect(
    cs.members
      .map(({ name: _n, ...m }) => m)
      .sort((a, b) => String(a.memberId).localeCompare(String(b.memberId))),
    label,
  ).toEqual(expectedCsRecap(list));
  for (const period of ['day', 'month'] as const) {
    expect(await client.recap.revenue.query({ ...f, period }), label).toEqual(
      expectedRevenue(list, f, period),
    );
  }
}

/** The rollup tables against the same sums recounted from "Order" / "OrderItem" (both stores). */
async function expectRollupsMatchRecount(): Promise<void> {
  const [rollup, recount] = await Promise.all([
    server.db.$queryRaw<unknown[]>`
      SELECT "storeId"::text, "day"::text, "status"::text, "paymentMethod"::text, "courierCode",
        "csMemberId"::text, "formId"::text, "orders", "items"::text, "revenue"::text,
        "itemsTotal"::text, "shipping"::text, "codFees"::text
      FROM "StoreDailyRollup" WHERE "orders" <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7`,
    server.db.$queryRaw<unknown[]>`
      SELECT "storeId"::text, ("createdAt" + interval '7 hours')::date::text AS "day", "status"::text,
        "paymentMethod"::text, "courierCode",
        COALESCE("csMemberId", '00000000-0000-0000-0000-000000000000')::text AS "csMemberId",
        COALESCE("formId", '00000000-0000-0000-0000-000000000000')::text AS "formId",
        count(*)::int AS "orders", sum("itemCount")::text AS "items", sum("total")::text AS "revenue",
        sum("itemsTotal")::text AS "itemsTotal", sum("shippingCost")::text AS "shipping",
        sum("codFee")::text AS "codFees"
      FROM "Order" GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7`,
  ]);
  expect(rollup).toEqual(recount);
  const [leftovers] = await server.db.$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM "StoreDailyRollup" WHERE "orders" = 0
      AND ("items" <> 0 OR "revenue" <> 0 OR "itemsTotal" <> 0 OR "shipping" <> 0 OR "codFees" <> 0)`;
  expect(leftovers?.n).toBe(0);
  const [products, productRecount] = await Promise.all([
    server.db.$queryRaw<unknown[]>`
      SELECT "storeId"::text, "day"::text, "status"::text, "variantId"::text, "units"::text, "sales"::text
      FROM "StoreVariantDailyRollup" WHERE "units" <> 0 OR "sales" <> 0 ORDER BY 1, 2, 3, 4`,
    server.db.$queryRaw<unknown[]>`
      SELECT o."storeId"::text, (o."createdAt" + interval '7 hours')::date::text AS "day",
        o."status"::text, i."variantId"::text, sum(i."quantity")::text AS "units",
        sum(i."quantity"::bigint * i."price")::text AS "sales"
      FROM "OrderItem" i JOIN "Order" o ON o."id" = i."orderId"
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
  ]);
  expect(products).toEqual(productRecount);
}

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  seller = server.client({ token: await login(demoAccounts.seller.email, demoAccounts.seller.password) });
  storeId = (await seller.profile.me.query()).store?.id as string;
  // A second store with copies of 80 of the demo orders and their lines, written in one statement
  // the way a checkout writes an order and its items: none of them may show in the demo's recaps.
  const other = await sellerClient(server);
  await server.db.$executeRaw`
    WITH "src" AS (
      SELECT o.*, gen_random_uuid() AS "nid", row_number() OVER (ORDER BY o."createdAt", o."id") AS "n"
      FROM "Order" o WHERE o."storeId" = ${storeId}::uuid ORDER BY o."createdAt", o."id" LIMIT 80),
    "orders" AS (
      INSERT INTO "Order"
      SELECT (jsonb_populate_record(NULL::"Order", to_jsonb(s) - 'nid' - 'n' || jsonb_build_object(
        'id', s."nid", 'storeId', ${other.storeId}::uuid, 'invoice', 'INV9' || s."n",
        'formId', NULL, 'csMemberId', NULL, 'idempotencyKey', NULL))).*
      FROM "src" s)
    INSERT INTO "OrderItem"
    SELECT (jsonb_populate_record(NULL::"OrderItem", to_jsonb(i) || jsonb_build_object(
      'id', gen_random_uuid(), 'orderId', s."nid", 'storeId', ${other.storeId}::uuid))).*
    FROM "OrderItem" i JOIN "src" s ON s."id" = i."orderId"`;
  orders = await readOrders(storeId);
});
afterAll(() => server.close());

describe('store recaps', () => {
  it('equal a recount from the raw rows over random filters (rollup and raw paths alike)', async () => {
    expect(orders.length).toBeGreaterThan(300);
    await expectRecapsMatch(seller, {});
    for (let seed = 1; seed <= 60; seed++) await expectRecapsMatch(seller, randomFilter(seed));
  });

  it('show a CS member only the orders assigned to them', async () => {
    const cs = server.client({ token: await login(demoCs[0].email, demoCs[0].password) });
    const own = await server.db.storeMember.findFirstOrThrow({
      where: { storeId, user: { email: demoCs[0].email } },
    });
    for (let seed = 100; seed <= 110; seed++) await expectRecapsMatch(cs, randomFilter(seed), own.id);
  });

  it('are served at the spec-style Store paths, and a reversed date range is a 400', async () => {
    const token = await login(demoAccounts.seller.email, demoAccounts.seller.password);
    for (const path of [
      '/store/recap/order',
      '/store/recap/store',
      '/store/recap/product',
      '/store/recap/cs',
      '/store/revenue?period=month',
    ]) {
      const res = await server.rest('GET', path, { token });
      expect(res.status, path).toBe(200);
      expect(res.body.data, path).toBeTruthy();
    }
    const bad = await server.rest('GET', '/store/recap/store?from=2026-02-01&to=2026-01-01', { token });
    expect(bad.status).toBe(400);
  });

  it('leave an order the Order Shield holds out of revenue until it is released', async () => {
    const before = await seller.order.recap.query({});
    const phone = '081399990077';
    await seller.shield.addBlock.mutate({ kind: 'phone', value: phone, reason: 'Tidak pernah terima paket' });
    const invoice = await newTransferOrder(server, seller, phone, 'Pembeli Ditahan');
    const order = await seller.order.detail.query({ invoice });
    expect(order.status).toBe('suspicious');

    // Counted as an order (the list shows it) and said to be held, but no money yet.
    const held = await seller.order.recap.query({});
    expect(held).toMatchObject({
      orders: before.orders + 1,
      held: before.held + 1,
      sold: before.sold,
      revenue: before.revenue,
      items: before.items,
    });
    expect((await seller.recap.store.query({})).revenue).toBe(before.revenue);
    const revenueBefore = await seller.recap.revenue.query({ period: 'month' });

    // Released ("Bukan spam"), it waits for the transfer like any order: now a sale.
    await seller.shield.release.mutate({ invoice });
    const released = await seller.order.recap.query({});
    expect(released).toMatchObject({
      orders: before.orders + 1,
      held: before.held,
      sold: before.sold + 1,
      revenue: before.revenue + order.total,
    });
    expect((await seller.recap.revenue.query({ period: 'month' })).revenue).toBe(
      revenueBefore.revenue + order.total,
    );
    orders = await readOrders(storeId);
    await expectRecapsMatch(seller, {});
  });
});

describe('daily rollups', () => {
  it('equal a recount after the backfill and after every kind of order change', async () => {
    await expectRollupsMatchRecount();
    // Checkout (the one-statement insert of order, lines and event).
    const paidInvoice = await newTransferOrder(server, seller, '081399990001', 'Rollup Satu');
    const canceledInvoice = await newTransferOrder(server, seller, '081399990002', 'Rollup Dua');
    const editedInvoice = await newTransferOrder(server, seller, '081399990003', 'Rollup Tiga');
    await expectRollupsMatchRecount();
    // Pay, then process.
    const [account] = await seller.bankAccount.list.query({});
    const { total } = await seller.order.detail.query({ invoice: paidInvoice });
    await seller.order.confirmPayment.mutate({
      invoice: paidInvoice,
      amount: total,
      bankAccountId: account?.id as string,
    });
    await expectRollupsMatchRecount();
    await seller.order.updateStatus.mutate({ invoice: paidInvoice, status: 'processing' });
    await expectRollupsMatchRecount();
    // An edit that changes the total (and keeps the status).
    await seller.order.updateOtherFees.mutate({
      invoice: editedInvoice,
      fees: [{ name: 'Packing kayu', amount: 15_000 }],
    });
    await expectRollupsMatchRecount();
    // Cancel (units go back to stock in the same change).
    await seller.order.updateStatus.mutate({
      invoice: canceledInvoice,
      status: 'canceled',
      note: 'Buyer asked',
    });
    await expectRollupsMatchRecount();
    // Ship, deliver and return orders of the demo history.
    const ready = await seller.order.list.query({ status: 'ready_to_ship', limit: 1 });
    const shipped = await seller.order.list.query({ status: 'shipped', limit: 2 });
    const [toShip] = ready.items;
    const [toDeliver, toReturn] = shipped.items;
    if (!toShip || !toDeliver || !toReturn) throw new Error('demo history lacks ready/shipped orders');
    await seller.order.updateStatus.mutate({ invoice: toShip.invoice, status: 'shipped' });
    await seller.order.updateStatus.mutate({ invoice: toDeliver.invoice, status: 'delivered' });
    await seller.order.updateStatus.mutate({ invoice: toReturn.invoice, status: 'returned' });
    await expectRollupsMatchRecount();
    // And the recaps still equal the recount after all of it.
    orders = await readOrders(storeId);
    await expectRecapsMatch(seller, {});
    await expectRecapsMatch(seller, { status: 'canceled' });
  });
});
