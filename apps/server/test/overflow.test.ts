import { fieldErrors } from '@bosonline/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkoutBody, demoFormId, newTransferOrder } from './demo-orders.ts';
import { demoSellerClient, expectError, startTestServer, type TestServer } from './harness.ts';

// Money and stock live in PostgreSQL `integer` columns (at most 2 147 483 647). A number that does
// not fit is the caller's mistake: a 4xx that says so and writes nothing, never a 500.

const maxInt4 = 2_147_483_647;
const sku = 'BAT-AA-001-01';
let server: TestServer;
let token: string;
let seller: ReturnType<TestServer['client']>;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  ({ client: seller, token } = await demoSellerClient(server));
});
afterAll(() => server?.close());

/** Rows a stray write would add to, and the demo variant's stock. */
async function snapshot() {
  const db = server.db;
  const counts = await Promise.all([
    db.order.count(),
    db.voucher.count(),
    db.inventoryMovement.count(),
    db.orderEvent.count(),
  ]);
  const stock = await db.stock.findMany({ where: { variant: { sku } }, select: { quantity: true } });
  return { counts, stock: stock.map((s) => s.quantity) };
}

async function priceVariant(price: number) {
  await server.db.variant.updateMany({ where: { sku }, data: { price } });
}

describe('checkout: a total too large to store', () => {
  const quoteOf = (qty: number) =>
    server.client().checkout.quote.query({
      id: demoFormId,
      receiver: { receiverAddrId: 15022 },
      items: {
        courierCode: 'idx',
        serviceCode: '00',
        paymentMethod: { type: 'cod' },
        orderItems: [{ itemSku: sku, itemQty: qty }],
      },
    });

  it.each([
    { price: maxInt4, qty: 1, case: 'the largest price, plus shipping and the COD fee' },
    { price: 50_000_000, qty: 50, case: 'Rp 50 000 000 × 50' },
  ])('quote and order both refuse it with a 400 ($case), and nothing is written', async ({ price, qty }) => {
    await priceVariant(price);
    const before = await snapshot();
    const quoteError = await expectError(quoteOf(qty), 'BAD_REQUEST');
    expect((quoteError as Error).message).toMatch(/order total is too large/i);
    expect(fieldErrors(quoteError)).toHaveProperty(['items.orderItems']);

    const order = await server.rest('POST', `/order/${demoFormId}`, {
      body: checkoutBody('Pembeli Besar', '081344445555', sku, qty, { payment: 'cod' }),
    });
    expect(order.status).toBe(400);
    expect(order.body.message).toBe((quoteError as Error).message);
    expect(await snapshot()).toEqual(before);
  });

  it('a cart that fits is quoted and ordered at the same total', async () => {
    await priceVariant(45_000);
    const quote = await quoteOf(1);
    const order = await server.rest('POST', `/order/${demoFormId}`, {
      body: checkoutBody('Pembeli Biasa', '081344446666', sku, 1, { payment: 'cod' }),
    });
    expect(order.status).toBe(200);
    expect((order.body.data as { total_payment: number }).total_payment).toBe(quote.total);
  });
});

describe('vouchers: a value larger than a rupiah column', () => {
  const body = (value: number) => ({
    code: `BIG${String(value).slice(-4)}`,
    name: 'Terlalu besar',
    kind: 'product',
    value_type: 'fixed',
    value,
    starts_at: new Date(server.clock.now().getTime() - 60_000).toISOString(),
    ends_at: new Date(server.clock.now().getTime() + 86_400_000).toISOString(),
  });

  it('is a 400 naming value on REST and tRPC, and no voucher is saved', async () => {
    const before = await snapshot();
    for (const value of [maxInt4 + 1, Number.MAX_SAFE_INTEGER]) {
      const res = await server.rest('POST', '/store/voucher', { token, body: body(value) });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual({ value: ['Value is too large'] });
    }
    const now = server.clock.now();
    const error = await expectError(
      seller.voucher.create.mutate({
        code: 'BIGTRPC',
        name: 'Terlalu besar',
        kind: 'product',
        valueType: 'fixed',
        value: maxInt4 + 1,
        startsAt: now,
        endsAt: new Date(now.getTime() + 86_400_000),
      }),
      'BAD_REQUEST',
    );
    expect(fieldErrors(error)).toEqual({ value: ['Value is too large'] });
    expect(await snapshot()).toEqual(before);
  });
});

describe('confirming a payment', () => {
  const accountId = async () => (await seller.bankAccount.list.query({}))[0]?.id as string;

  it('an amount larger than a rupiah column is a 400, and the order stays unpaid', async () => {
    const invoice = await newTransferOrder(server, seller, '081322223331');
    const before = await snapshot();
    const res = await server.rest('POST', `/store/order/${invoice}/payment`, {
      token,
      body: { amount: maxInt4 + 1, bank_account_id: await accountId(), force: true, note: 'lebih' },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ amount: ['Amount is too large'] });
    expect(await snapshot()).toEqual(before);
    expect((await seller.order.detail.query({ invoice })).status).toBe('unpaid');
  });

  it('more than the total needs force and a note, as less does', async () => {
    const invoice = await newTransferOrder(server, seller, '081322223332');
    const bankAccountId = await accountId();
    const { total } = await seller.order.detail.query({ invoice });
    const over = await expectError(
      seller.order.confirmPayment.mutate({ invoice, amount: maxInt4, bankAccountId }),
      'BAD_REQUEST',
    );
    expect(fieldErrors(over).amount?.[0]).toMatch(/is more than the total/);
    const noNote = await expectError(
      seller.order.confirmPayment.mutate({ invoice, amount: total + 5_000, bankAccountId, force: true }),
      'BAD_REQUEST',
    );
    expect(fieldErrors(noNote)).toEqual({ note: ['Say why an overpayment is accepted'] });
    expect((await seller.order.detail.query({ invoice })).status).toBe('unpaid');

    const paid = await seller.order.confirmPayment.mutate({
      invoice,
      amount: total + 5_000,
      bankAccountId,
      force: true,
      note: 'Pembeli sekalian bayar ongkir pesanan berikutnya',
    });
    expect(paid).toMatchObject({ status: 'paid' });
    const detail = await seller.order.detail.query({ invoice });
    expect(detail.payment).toMatchObject({ paidAmount: total + 5_000 });
  });
});

describe('stock adjustments', () => {
  it('a delta batch that would take a row above the stock maximum is a 400 naming the SKU, nothing written', async () => {
    const row = await server.db.stock.findFirstOrThrow({
      where: { variant: { sku } },
      include: { warehouse: { select: { name: true } } },
    });
    const before = await snapshot();
    const item = { variant_id: row.variantId, warehouse_id: row.warehouseId, reason: 'restock' };
    const res = await server.rest('PUT', '/store/product/inventory', {
      token,
      body: { items: Array.from({ length: 250 }, () => ({ ...item, delta: 10_000_000 })) },
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain(sku);
    expect(res.body.message).toContain(row.warehouse.name);
    expect(await snapshot()).toEqual(before);
  });
});
