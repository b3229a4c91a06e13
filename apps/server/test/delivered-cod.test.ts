import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkoutBody, demoFormId } from './demo-orders.ts';
import { demoSellerClient, startTestServer, type TestServer } from './harness.ts';

// A COD buyer pays the courier on delivery: a delivered COD order is paid then, however the
// delivery is learned, and the demo data tells the same story (and none of it in the future).

let server: TestServer;
let seller: ReturnType<TestServer['client']>;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  ({ client: seller } = await demoSellerClient(server));
});
afterAll(() => server?.close());

describe('demo orders', () => {
  // Before any order of these tests is placed: every order is then a seeded one.
  it('have no step later than the seed ran, and keep their order of events', async () => {
    const orders = await server.db.order.findMany({ where: { invoice: { startsWith: 'INV' } } });
    expect(orders.length).toBeGreaterThan(300);
    const latest = Date.now();
    for (const o of orders) {
      const steps = [
        o.createdAt,
        o.paidAt,
        o.bookedAt,
        o.shippedAt,
        o.deliveredAt,
        o.returnedAt,
        o.canceledAt,
      ];
      for (const at of steps) if (at) expect(at.getTime(), o.invoice).toBeLessThanOrEqual(latest);
      const path = [o.createdAt, o.bookedAt, o.shippedAt, o.deliveredAt ?? o.returnedAt].filter(
        (at): at is Date => at !== null,
      );
      expect(
        path.map((at) => at.getTime()),
        o.invoice,
      ).toEqual(path.map((at) => at.getTime()).sort((a, b) => a - b));
    }
    const events = await server.db.orderEvent.aggregate({ _max: { createdAt: true } });
    expect(events._max.createdAt?.getTime() ?? 0).toBeLessThanOrEqual(latest);
  });

  it('a delivered COD order is paid at its delivery', async () => {
    const delivered = await server.db.order.findMany({
      where: { status: 'delivered', paymentMethod: 'cod', invoice: { startsWith: 'INV' } },
      select: { paidAt: true, deliveredAt: true, paidAmount: true, total: true },
    });
    expect(delivered.length).toBeGreaterThan(0);
    for (const o of delivered) expect(o).toMatchObject({ paidAt: o.deliveredAt, paidAmount: o.total });
  });

  it('sell on their form only what the form sells', async () => {
    const form = await server.db.form.findUniqueOrThrow({
      where: { id: demoFormId },
      select: { items: { select: { variantId: true } } },
    });
    const onForm = new Set(form.items.map((i) => i.variantId));
    const lines = await server.db.orderItem.findMany({
      where: { order: { formId: demoFormId, invoice: { startsWith: 'INV' } } },
      select: { variantId: true },
    });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.variantId !== null && !onForm.has(l.variantId))).toEqual([]);
  });
});

describe('a COD order the seller marks delivered', () => {
  it('reads paid at its delivery, for its total', async () => {
    const phone = '081366667771';
    const placed = await server.rest('POST', `/order/${demoFormId}`, {
      body: checkoutBody('Pembeli COD', phone, 'BAT-AA-001-01', 1, { payment: 'cod' }),
    });
    expect(placed.status).toBe(200);
    const invoice = (await seller.order.list.query({ q: phone, limit: 1 })).items[0]?.invoice as string;
    const before = await seller.order.detail.query({ invoice });
    expect(before.payment.paidAt).toBeNull();
    await seller.order.updateStatus.mutate({ invoice, status: 'shipped' });
    const delivered = await seller.order.updateStatus.mutate({ invoice, status: 'delivered' });
    expect(delivered.status).toBe('delivered');
    expect(delivered.deliveredAt).not.toBeNull();
    expect(delivered.payment).toMatchObject({ paidAt: delivered.deliveredAt, paidAmount: delivered.total });
  });
});
