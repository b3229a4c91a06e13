import {
  type AdminPermission,
  adminRoleCan,
  adminRoles,
  isSale,
  type OrderStatus,
  onHoldStatuses,
} from '@bosonline/contracts';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, demoAdmin, staffMaker } from './admin-harness.ts';
import { demoSellerClient, expectError, sellerClient, startTestServer, type TestServer } from './harness.ts';
import { recountProducts } from './recount.ts';

// AdminBosOnline › Dashboard and › Order through the SDK and the REST door against a real server:
// who may call what, the figures against a recount from the raw rows over random filters
// (fast-check, fixed seed) on the demo store plus two stores holding shifted copies of its orders,
// and the cross-store order list's pages, filters, download, detail and printed invoices.

type Client = ReturnType<TestServer['client']>;
type Method = 'cod' | 'bank_transfer' | 'payment_gateway';

interface RawOrder {
  id: string;
  storeId: string;
  ownerId: string;
  invoice: string;
  status: string;
  paymentMethod: Method;
  buyerPhone: string;
  createdAt: Date;
  total: number;
  itemCount: number;
  itemsTotal: number;
  shippingCost: number;
  codFee: number;
  items: Array<{ productId: string; quantity: number; price: number }>;
}

let server: TestServer;
let admin: Client;
let demoStoreId: string;
let demoOwnerId: string;
let copyA: Awaited<ReturnType<typeof sellerClient>>;
let copyB: Awaited<ReturnType<typeof sellerClient>>;
let orders: RawOrder[];

let staff: ReturnType<typeof staffMaker>;

/**
 * Copies `count` of the demo store's orders (and their lines) into `storeId`, `shiftDays` earlier,
 * in one statement (the rollup triggers see them as checkouts).
 */
async function copyOrders(storeId: string, prefix: string, count: number, offset: number, shiftDays: number) {
  await server.db.$executeRaw`
    WITH "src" AS (
      SELECT o.*, gen_random_uuid() AS "nid", row_number() OVER (ORDER BY o."createdAt", o."id") AS "n"
      FROM "Order" o WHERE o."storeId" = ${demoStoreId}::uuid
      ORDER BY o."createdAt", o."id" LIMIT ${count} OFFSET ${offset}),
    "orders" AS (
      INSERT INTO "Order"
      SELECT (jsonb_populate_record(NULL::"Order", to_jsonb(s) - 'nid' - 'n' || jsonb_build_object(
        'id', s."nid", 'storeId', ${storeId}::uuid, 'invoice', ${prefix} || s."n",
        'createdAt', s."createdAt" - make_interval(days => ${shiftDays}::int),
        'formId', NULL, 'csMemberId', NULL, 'idempotencyKey', NULL))).*
      FROM "src" s)
    INSERT INTO "OrderItem"
    SELECT (jsonb_populate_record(NULL::"OrderItem", to_jsonb(i) || jsonb_build_object(
      'id', gen_random_uuid(), 'orderId', s."nid", 'storeId', ${storeId}::uuid))).*
    FROM "OrderItem" i JOIN "src" s ON s."id" = i."orderId"`;
}

async function readOrders(): Promise<RawOrder[]> {
  const rows = await server.db.$queryRaw<Array<Omit<RawOrder, 'items'>>>`
    SELECT o."id"::text, o."storeId"::text, s."ownerId"::text, o."invoice", o."status"::text,
      o."paymentMethod"::text, o."buyerPhone", o."createdAt", o."total", o."itemCount", o."itemsTotal",
      o."shippingCost", o."codFee"
    FROM "Order" o JOIN "Store" s ON s."id" = o."storeId"`;
  const items = await server.db.$queryRaw<
    Array<{ orderId: string; productId: string; quantity: number; price: number }>
  >`
    SELECT i."orderId"::text, v."productId"::text, i."quantity", i."price"
    FROM "OrderItem" i JOIN "Variant" v ON v."id" = i."variantId"`;
  const byOrder = new Map(rows.map((r) => [r.id, { ...r, items: [] as RawOrder['items'] }]));
  for (const item of items) byOrder.get(item.orderId)?.items.push(item);
  return [...byOrder.values()];
}

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  admin = (await adminLogin(server, demoAdmin.email, demoAdmin.password)).client;
  staff = staffMaker(server, () => admin, 'figures-');
  const me = await (await demoSellerClient(server)).client.profile.me.query();
  demoStoreId = me.store?.id as string;
  demoOwnerId = me.id;
  copyA = await sellerClient(server);
  copyB = await sellerClient(server);
  await copyOrders(copyA.storeId, 'INV9', 120, 0, 2);
  await copyOrders(copyB.storeId, 'INV8', 60, 100, 9);
  orders = await readOrders();
});
afterAll(() => server?.close());

const someId = '00000000-0000-4000-8000-000000000000';

/** Every procedure of the two groups, the permission it needs, and a call with valid input. */
const procedures: { name: string; permission: AdminPermission; call: (c: Client) => Promise<unknown> }[] = [
  {
    name: 'dashboard.summary',
    permission: 'dashboard.view',
    call: (c) => c.admin.dashboard.summary.query({}),
  },
  {
    name: 'dashboard.popularProducts',
    permission: 'dashboard.view',
    call: (c) => c.admin.dashboard.popularProducts.query({}),
  },
  {
    name: 'dashboard.productRecap',
    permission: 'dashboard.view',
    call: (c) => c.admin.dashboard.productRecap.query({}),
  },
  {
    name: 'dashboard.revenue',
    permission: 'dashboard.view',
    call: (c) => c.admin.dashboard.revenue.query({}),
  },
  {
    name: 'dashboard.topSellers',
    permission: 'dashboard.view',
    call: (c) => c.admin.dashboard.topSellers.query({}),
  },
  { name: 'order.recap', permission: 'order.view', call: (c) => c.admin.order.recap.query({}) },
  { name: 'order.list', permission: 'order.view', call: (c) => c.admin.order.list.query({}) },
  { name: 'order.exportLink', permission: 'order.view', call: (c) => c.admin.order.exportLink.mutate({}) },
  { name: 'order.detail', permission: 'order.view', call: (c) => c.admin.order.detail.query({ id: someId }) },
  {
    name: 'order.printLink',
    permission: 'order.view',
    call: (c) => c.admin.order.printLink.mutate({ storeId: someId, invoices: ['INV1'] }),
  },
];

describe('who may call what', () => {
  it('refuses a seller token (403) and anonymous callers (401) on every procedure', async () => {
    for (const p of procedures) {
      await expectError(p.call(copyA.client), 'FORBIDDEN');
      await expectError(p.call(server.client()), 'UNAUTHORIZED');
    }
    for (const path of ['/admin/dashboard/summary', '/admin/orders', '/admin/orders/recap']) {
      expect((await server.rest('GET', path, { token: copyA.token })).status, path).toBe(403);
    }
  });

  it('refuses staff whose role lacks the permission (403), per the one table', async () => {
    expect(adminRoleCan('support', 'dashboard.view')).toBe(false);
    for (const role of adminRoles) {
      if (role === 'superadmin') continue;
      const { client } = await staff(role);
      for (const p of procedures) {
        const outcome = await p.call(client).then(
          () => 'ok',
          (e: unknown) => e,
        );
        if (adminRoleCan(role, p.permission)) {
          // Allowed: succeeds, or (for the made-up ids) a 404, never a 403.
          if (outcome !== 'ok') await expectError(Promise.reject(outcome), 'NOT_FOUND');
        } else {
          await expectError(Promise.reject(outcome), 'FORBIDDEN');
        }
      }
    }
  });
});

// --- The recount ----------------------------------------------------------------------------

interface Filter {
  from?: string;
  to?: string;
  paymentMethod?: Method;
  storeId?: string;
  sellerId?: string;
}

const wibDay = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
const live = (o: RawOrder) => o.status !== 'canceled';
const sum = (list: RawOrder[], pick: (o: RawOrder) => number) => list.reduce((n, o) => n + pick(o), 0);

function matches(o: RawOrder, f: Filter): boolean {
  if (f.storeId && o.storeId !== f.storeId) return false;
  if (f.sellerId && o.ownerId !== f.sellerId) return false;
  if (f.paymentMethod && o.paymentMethod !== f.paymentMethod) return false;
  const day = wibDay(o.createdAt);
  if (f.from && day < f.from) return false;
  if (f.to && day > f.to) return false;
  return true;
}

/** ISO 8601 week of a day, as PostgreSQL's `IYYY-"W"IW` writes it. */
function isoWeek(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 3);
  const year = d.getUTCFullYear();
  const week = 1 + Math.floor((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function groupBy<K>(list: RawOrder[], key: (o: RawOrder) => K) {
  const groups = new Map<K, RawOrder[]>();
  for (const o of list) groups.set(key(o), [...(groups.get(key(o)) ?? []), o]);
  return groups;
}

/** Get Revenue is the seller's recap (recap/revenue.ts): sales only, as contracts' isSale says. */
function expectedRevenue(list: RawOrder[], period: 'day' | 'week' | 'month') {
  const earning = list.filter((o) => isSale(o.status as OrderStatus));
  const keyOf = (o: RawOrder) => {
    const day = wibDay(o.createdAt);
    return period === 'day' ? day : period === 'month' ? day.slice(0, 7) : isoWeek(day);
  };
  const series = [...groupBy(earning, keyOf)]
    .map(([period, os]) => ({ period, orders: os.length, revenue: sum(os, (o) => o.total) }))
    .sort((a, b) => a.period.localeCompare(b.period));
  const paymentMethods = Object.fromEntries(
    [...groupBy(earning, (o) => o.paymentMethod)].map(([m, os]) => [
      m,
      { orders: os.length, revenue: sum(os, (o) => o.total) },
    ]),
  );
  return { orders: earning.length, revenue: sum(earning, (o) => o.total), series, paymentMethods };
}

/** The seller's order recap, which the console's reads too: money over sales only (contracts' isSale). */
function expectedOrderRecap(list: RawOrder[]) {
  const sale = (o: RawOrder) => isSale(o.status as OrderStatus);
  const earning = list.filter(sale);
  const cod = earning.filter((o) => o.paymentMethod === 'cod');
  const transfer = earning.filter((o) => o.paymentMethod !== 'cod');
  const days = [...groupBy(list, (o) => wibDay(o.createdAt))]
    .map(([date, os]) => ({ date, orders: os.length, revenue: sum(os.filter(sale), (o) => o.total) }))
    .sort((a, b) => a.date.localeCompare(b.date));
  return {
    orders: list.length,
    sold: earning.length,
    held: list.filter((o) => (onHoldStatuses as readonly string[]).includes(o.status)).length,
    items: sum(earning, (o) => o.itemCount),
    revenue: sum(earning, (o) => o.total),
    itemsTotal: sum(earning, (o) => o.itemsTotal),
    shipping: sum(earning, (o) => o.shippingCost),
    codFees: sum(earning, (o) => o.codFee),
    canceled: list.filter((o) => o.status === 'canceled').length,
    cod: { orders: cod.length, total: sum(cod, (o) => o.total) },
    transfer: { orders: transfer.length, total: sum(transfer, (o) => o.total) },
    days,
  };
}

const expectedProducts = (list: RawOrder[]) => recountProducts(list);

function expectedTopSellers(list: RawOrder[], limit: number) {
  const earning = list.filter(live);
  return [...groupBy(earning, (o) => o.ownerId)]
    .map(([sellerId, os]) => ({
      sellerId,
      stores: new Set(os.map((o) => o.storeId)).size,
      orders: os.length,
      gmv: sum(os, (o) => o.total),
    }))
    .sort((a, b) => b.gmv - a.gmv || b.orders - a.orders || a.sellerId.localeCompare(b.sellerId))
    .slice(0, limit);
}

function expectedSummary(list: RawOrder[]) {
  const earning = list.filter(live);
  const codOrders = earning.filter((o) => o.paymentMethod === 'cod').length;
  return {
    activeSellers: new Set(list.map((o) => o.ownerId)).size,
    orders: list.length,
    canceled: list.length - earning.length,
    gmv: sum(earning, (o) => o.total),
    codOrders,
    codShare: earning.length === 0 ? 0 : Math.round((codOrders / earning.length) * 10_000) / 10_000,
  };
}

/** Random dashboard filters: a day range among the orders' days, a payment method, a store or seller. */
function filterArb(): fc.Arbitrary<Filter> {
  const days = [...new Set(orders.map((o) => wibDay(o.createdAt)))].sort();
  const day = fc.constantFrom(...days);
  return fc
    .record(
      {
        range: fc.tuple(fc.option(day, { nil: undefined }), fc.option(day, { nil: undefined })),
        paymentMethod: fc.option(fc.constantFrom<Method>('cod', 'bank_transfer'), { nil: undefined }),
        scope: fc.constantFrom<Filter>(
          {},
          { storeId: demoStoreId },
          { storeId: copyA.storeId },
          { storeId: copyB.storeId },
          { sellerId: copyA.userId },
          { sellerId: demoOwnerId },
        ),
      },
      { requiredKeys: ['range', 'paymentMethod', 'scope'] },
    )
    .map(({ range: [a, b], paymentMethod, scope }) => {
      const [from, to] = a && b && a > b ? [b, a] : [a, b];
      const f: Filter = { ...scope };
      if (from) f.from = from;
      if (to) f.to = to;
      if (paymentMethod) f.paymentMethod = paymentMethod;
      return f;
    });
}

const runs = { numRuns: 12, seed: 20261206 };

describe('dashboard figures equal a recount from the raw rows', () => {
  it('Revenue (day, week, month; per payment method) and Order Recap over random filters', async () => {
    expect(orders.length).toBeGreaterThan(400);
    await fc.assert(
      fc.asyncProperty(
        filterArb(),
        fc.constantFrom<'day' | 'week' | 'month'>('day', 'week', 'month'),
        async (f, period) => {
          const list = orders.filter((o) => matches(o, f));
          const label = JSON.stringify({ ...f, period });
          expect(await admin.admin.dashboard.revenue.query({ ...f, period }), label).toEqual(
            expectedRevenue(list, period),
          );
          expect(await admin.admin.order.recap.query(f), label).toEqual(expectedOrderRecap(list));
        },
      ),
      runs,
    );
  });

  it('Get Popular Products and Rekap Product over random filters', async () => {
    await fc.assert(
      fc.asyncProperty(filterArb(), fc.integer({ min: 1, max: 8 }), async (f, limit) => {
        const { paymentMethod: _ignored, ...scoped } = f;
        const label = JSON.stringify({ ...scoped, limit });
        const expected = expectedProducts(orders.filter((o) => matches(o, scoped)));
        const recap = await admin.admin.dashboard.productRecap.query({ ...scoped, limit: 500 });
        expect(
          recap.products
            .map(({ name: _n, sku: _s, store: _st, ...p }) => p)
            .sort((a, b) => a.productId.localeCompare(b.productId)),
          label,
        ).toEqual(expected);
        expect(recap.units, label).toBe(expected.reduce((n, p) => n + p.units, 0));
        expect(recap.revenue, label).toBe(expected.reduce((n, p) => n + p.revenue, 0));
        expect(recap.returnedUnits, label).toBe(expected.reduce((n, p) => n + p.returnedUnits, 0));
        expect(recap.productsSold, label).toBe(expected.filter((p) => p.units > 0).length);
        // Popular: the `limit` best by units, each with its recounted figures and its store's name.
        const popular = await admin.admin.dashboard.popularProducts.query({ ...scoped, limit });
        const byId = new Map(expected.map((p) => [p.productId, p]));
        const best = expected
          .map((p) => p.units)
          .sort((a, b) => b - a)
          .slice(0, limit);
        expect(
          popular.products.map((p) => p.units),
          label,
        ).toEqual(best);
        for (const p of popular.products) {
          expect({ units: p.units, revenue: p.revenue }, label).toEqual({
            units: byId.get(p.productId)?.units,
            revenue: byId.get(p.productId)?.revenue,
          });
          expect(p.store.name, label).toBeTruthy();
        }
      }),
      runs,
    );
  });

  it('Get Top Seller and Header Summary over random date ranges', async () => {
    const users = await server.db.user.findMany({ select: { id: true, name: true, email: true } });
    const userOf = new Map(users.map((u) => [u.id, u]));
    const stores = await server.db.store.findMany({
      select: { ownerId: true, owner: { select: { status: true } } },
    });
    const owning = stores.filter((s) => s.owner.status !== 'deleted');
    const today = wibDay(server.clock.now());
    const yesterday = wibDay(new Date(server.clock.now().getTime() - 86_400_000));
    await fc.assert(
      fc.asyncProperty(filterArb(), fc.integer({ min: 1, max: 5 }), async (f, limit) => {
        const range = { from: f.from, to: f.to };
        const list = orders.filter((o) => matches(o, range));
        const label = JSON.stringify({ ...range, limit });
        const top = await admin.admin.dashboard.topSellers.query({ ...range, limit });
        expect(top.sellers, label).toEqual(
          expectedTopSellers(list, limit).map((s) => ({
            ...s,
            name: userOf.get(s.sellerId)?.name,
            email: userOf.get(s.sellerId)?.email,
          })),
        );
        const summary = await admin.admin.dashboard.summary.query(range);
        const day = (date: string) => {
          const os = orders.filter((o) => wibDay(o.createdAt) === date);
          return { date, orders: os.length, gmv: sum(os.filter(live), (o) => o.total) };
        };
        expect(summary, label).toEqual({
          sellers: new Set(owning.map((s) => s.ownerId)).size,
          stores: owning.length,
          ...expectedSummary(list),
          today: day(today),
          yesterday: day(yesterday),
        });
      }),
      runs,
    );
  });

  it('refuses a reversed date range (400) and answers at the REST paths', async () => {
    await expectError(
      admin.admin.dashboard.revenue.query({ from: '2026-02-01', to: '2026-01-01' }),
      'BAD_REQUEST',
    );
    const tokens = await server
      .client()
      .admin.auth.login.mutate({ email: 'admin@bosonline.id', password: 'admin12345' });
    for (const path of [
      '/admin/dashboard/summary',
      '/admin/dashboard/popular-products?limit=3',
      '/admin/dashboard/recap-product',
      `/admin/dashboard/revenue?period=week&store_id=${copyA.storeId}`,
      '/admin/dashboard/top-sellers?limit=2',
      `/admin/orders?seller_id=${copyB.userId}&limit=5`,
      '/admin/orders/recap?payment_method=cod',
    ]) {
      const res = await server.rest('GET', path, { token: tokens.accessToken });
      expect(res.status, path).toBe(200);
      expect(res.body.data, path).toBeTruthy();
    }
    const bad = await server.rest('GET', '/admin/dashboard/top-sellers?from=2026-02-01&to=2026-01-01', {
      token: tokens.accessToken,
    });
    expect(bad.status).toBe(400);
  });
});

// --- Order List across stores ---------------------------------------------------------------

type ListInput = Parameters<Client['admin']['order']['list']['query']>[0];

async function allPages(input: ListInput & object, limit: number) {
  const items: Awaited<ReturnType<Client['admin']['order']['list']['query']>>['items'] = [];
  let cursor: string | undefined;
  let pages = 0;
  for (;;) {
    const page = await admin.admin.order.list.query({ ...input, limit, cursor });
    items.push(...page.items);
    pages += 1;
    if (!page.nextCursor) return { items, total: page.total, pages };
    cursor = page.nextCursor;
  }
}

describe('admin Order List', () => {
  it('pages through every store without gaps or repeats, newest first, in each sort', async () => {
    const { items, total } = await allPages({}, 37);
    expect(total).toBe(orders.length);
    expect(items.map((i) => i.id).sort()).toEqual(orders.map((o) => o.id).sort());
    const times = items.map((i) => i.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const byTotal = await allPages({ sort: 'total_asc' }, 100);
    expect(new Set(byTotal.items.map((i) => i.id)).size).toBe(orders.length);
    const totals = byTotal.items.map((i) => i.total);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
  });

  it('filters by store, by seller and by buyer phone across stores', async () => {
    const inB = await allPages({ storeId: copyB.storeId }, 25);
    expect(inB.items.map((i) => i.id).sort()).toEqual(
      orders
        .filter((o) => o.storeId === copyB.storeId)
        .map((o) => o.id)
        .sort(),
    );
    expect(inB.items.every((i) => i.store.id === copyB.storeId)).toBe(true);
    const bySeller = await allPages({ sellerId: demoOwnerId, status: 'delivered' }, 100);
    expect(bySeller.total).toBe(
      orders.filter((o) => o.ownerId === demoOwnerId && o.status === 'delivered').length,
    );
    // A phone the demo store and a copy share: found in both, written as the buyer types it.
    const shared = orders.find(
      (o) =>
        o.storeId === copyA.storeId &&
        orders.some((d) => d.storeId === demoStoreId && d.buyerPhone === o.buyerPhone),
    );
    const phone = shared?.buyerPhone as string;
    const found = await allPages({ q: `0${phone.slice(2)}` }, 100);
    const expected = orders.filter((o) => o.buyerPhone.startsWith(phone));
    expect(found.items.map((i) => i.id).sort()).toEqual(expected.map((o) => o.id).sort());
    expect(new Set(found.items.map((i) => i.store.id)).size).toBeGreaterThan(1);
    const inOne = await admin.admin.order.list.query({ q: phone, storeId: copyA.storeId, limit: 100 });
    expect(inOne.total).toBe(expected.filter((o) => o.storeId === copyA.storeId).length);
  });

  it('downloads the rows the list shows (CSV with the store first; XLSX), while the admin may', async () => {
    const filter = { storeId: copyA.storeId, paymentMethod: 'cod' as const };
    const shown = await allPages(filter, 100);
    expect(shown.items.length).toBeGreaterThan(0);
    const link = await admin.admin.order.exportLink.mutate({ ...filter, format: 'csv' });
    expect(link.filename).toMatch(/^orders-\d{4}-\d{2}-\d{2}\.csv$/);
    const res = await fetch(`${server.url}${link.url}`);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toMatch(/^Store,Invoice,Created at,Status,Payment method,Buyer,Phone,/);
    const invoices = lines.slice(1).map((l) => l.match(/,(INV\d+),/)?.[1]);
    expect(invoices.sort()).toEqual(shown.items.map((i) => i.invoice).sort());
    const xlsx = await admin.admin.order.exportLink.mutate({ ...filter, format: 'xlsx' });
    expect((await fetch(`${server.url}${xlsx.url}`)).status).toBe(200);
    // A link dies with its admin's access.
    const { user, client } = await staff('finance');
    const theirs = await client.admin.order.exportLink.mutate(filter);
    expect((await fetch(`${server.url}${theirs.url}`)).status).toBe(200);
    await admin.admin.users.setActive.mutate({ id: user.id, active: false });
    expect((await fetch(`${server.url}${theirs.url}`)).status).toBe(404);
  });

  it('shows any store’s order in detail and prints its invoice; an unknown one is a 404', async () => {
    const order = orders.find((o) => o.storeId === copyB.storeId) as RawOrder;
    const detail = await admin.admin.order.detail.query({ id: order.id });
    expect(detail).toMatchObject({ id: order.id, invoice: order.invoice, total: order.total });
    expect(detail.store).toMatchObject({ id: copyB.storeId, ownerId: copyB.userId });
    await expectError(admin.admin.order.detail.query({ id: someId }), 'NOT_FOUND');
    const rest = await server.rest('GET', `/admin/orders/${order.id}`, {
      token: (
        await server.client().admin.auth.login.mutate({ email: 'admin@bosonline.id', password: 'admin12345' })
      ).accessToken,
    });
    expect(rest.status).toBe(200);
    const link = await admin.admin.order.printLink.mutate({
      storeId: copyB.storeId,
      invoices: [order.invoice],
    });
    expect(link.filename).toBe(`invoice-${order.invoice}.pdf`);
    const pdf = await fetch(`${server.url}${link.url}`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect((await pdf.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    // Copy B's invoice names no order of copy A's store.
    await expectError(
      admin.admin.order.printLink.mutate({ storeId: copyA.storeId, invoices: [order.invoice] }),
      'NOT_FOUND',
    );
  });
});
