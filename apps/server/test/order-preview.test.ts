import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../src/seed/demo.ts';
import { demoCs } from '../src/seed/demo-orders.ts';
import { newTransferOrder } from './demo-orders.ts';
import { expectError, sellerClient, startTestServer, type TestServer } from './harness.ts';

// The read-only previews the dashboard shows before a seller commits: an order edit's re-priced
// amounts (order.previewEdit) and a follow-up's rendered message (followUp.preview). Each must
// answer what the save or send then stores, and write nothing.

let server: TestServer;
let seller: ReturnType<TestServer['client']>;

async function clientOf(login: string, password: string) {
  const tokens = await server.client().auth.login.mutate({ login, password });
  return server.client({ token: tokens.accessToken });
}

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  seller = await clientOf(demoAccounts.seller.email, demoAccounts.seller.password);
});
afterAll(() => server.close());

type Detail = Awaited<ReturnType<typeof seller.order.detail.query>>;

/** The stored amounts in the preview's shape. */
function amountsOf(order: Detail) {
  return {
    shippingCost: order.fees.shippingCost,
    codFee: order.fees.codFee,
    otherFeesTotal: order.fees.otherFees.reduce((sum, f) => sum + f.amount, 0),
    shippingDiscount: order.fees.shippingDiscount,
    total: order.fees.total,
  };
}

describe('order.previewEdit', () => {
  it('answers, for each of the four edits, the amounts the save then stores, and writes nothing', async () => {
    const invoice = await newTransferOrder(server, seller, '081311113333');
    const start = await seller.order.detail.query({ invoice });
    const edits = [
      // Kampar → Buduran (Sidoarjo): farther from the warehouse, dearer shipping.
      {
        kind: 'customer' as const,
        invoice,
        customerName: 'Putri',
        customerPhone: '081765123451',
        customerEmail: 'putri@example.com',
        addrId: 76518,
        city: 'Sidoarjo',
        district: 'Buduran',
        customerAddress: 'Desa Banjarkemantren',
      },
      { kind: 'courier' as const, invoice, courierCode: 'jne', serviceCode: 'REG' },
      {
        kind: 'otherFees' as const,
        invoice,
        fees: [
          { name: 'Packing kayu', amount: 15_000 },
          { name: 'Diskon pelanggan', amount: -5_000 },
        ],
      },
      // Last: switching to COD moves the order on, after which nothing is editable.
      { kind: 'paymentMethod' as const, invoice, paymentMethod: 'cod' as const },
    ];
    let before = start;
    for (const { kind, ...input } of edits) {
      const preview = await seller.order.previewEdit.query({ kind, ...input } as never);
      // Nothing was written: the order, its history and its amounts are as they were.
      const untouched = await seller.order.detail.query({ invoice });
      expect(untouched).toEqual(before);
      expect(preview.total, kind).not.toBe(before.fees.total);

      if (kind === 'customer') await seller.order.updateCustomer.mutate(input as never);
      if (kind === 'courier') await seller.order.updateCourier.mutate(input as never);
      if (kind === 'otherFees') await seller.order.updateOtherFees.mutate(input as never);
      if (kind === 'paymentMethod') await seller.order.updatePaymentMethod.mutate(input as never);
      const after = await seller.order.detail.query({ invoice });
      expect(amountsOf(after), kind).toEqual(preview);
      before = after;
    }
    expect(before.paymentMethod).toBe('cod');
    expect(before.fees.codFee).toBeGreaterThan(0);
  });

  it('refuses what the save refuses, with the same field and code', async () => {
    const invoice = await newTransferOrder(server, seller, '081311114444');
    const noService = await expectError(
      seller.order.previewEdit.query({ kind: 'courier', invoice, courierCode: 'jne', serviceCode: 'NOPE' }),
      'BAD_REQUEST',
    );
    expect(JSON.stringify(noService)).toContain('serviceCode');
    const { total } = await seller.order.detail.query({ invoice });
    await expectError(
      seller.order.previewEdit.query({
        kind: 'otherFees',
        invoice,
        fees: [{ name: 'Diskon besar', amount: -total }],
      }),
      'BAD_REQUEST',
    );
    // Input is checked by the edit's own schema: a customer edit without an address.
    await expectError(seller.order.previewEdit.query({ kind: 'customer', invoice } as never), 'BAD_REQUEST');
    // A paid order is no longer editable, so there is nothing to preview either.
    const [account] = await seller.bankAccount.list.query({});
    await seller.order.confirmPayment.mutate({ invoice, amount: total, bankAccountId: account!.id });
    await expectError(
      seller.order.previewEdit.query({ kind: 'paymentMethod', invoice, paymentMethod: 'cod' }),
      'CONFLICT',
    );
  });

  it('is 404 for another store’s invoice, and fees stay the managers’ (a CS member gets 403)', async () => {
    const invoice = await newTransferOrder(server, seller, '081311115555');
    const other = await sellerClient(server);
    await expectError(
      other.client.order.previewEdit.query({
        kind: 'courier',
        invoice,
        courierCode: 'jne',
        serviceCode: 'REG',
      }),
      'NOT_FOUND',
    );
    const cs = await clientOf(demoCs[1].email, demoCs[1].password);
    const [mine] = (await cs.order.list.query({ status: 'unpaid', limit: 1 })).items;
    expect(mine).toBeDefined();
    const courier = await cs.order.previewEdit.query({
      kind: 'courier',
      invoice: mine!.invoice,
      courierCode: 'jne',
      serviceCode: 'REG',
    });
    expect(courier.total).toBeGreaterThan(0);
    await expectError(
      cs.order.previewEdit.query({
        kind: 'otherFees',
        invoice: mine!.invoice,
        fees: [{ name: 'Ongkos bungkus', amount: 2_000 }],
      }),
      'FORBIDDEN',
    );
  });
});

describe('followUp.preview', () => {
  it('renders the message the send then records, with its wa.me link, sending and recording nothing', async () => {
    await seller.followUp.saveTemplate.mutate({
      attempt: 2,
      message: 'Hai {buyer_name}, {product} ({invoice}) totalnya {total}. {oops}',
    });
    const attemptsBefore = await seller.followUp.attempts.query({ invoice: 'INV0821' });
    const sentBefore = server.messaging.sent.length;

    const preview = await seller.followUp.preview.query({ invoice: 'INV0821', followUpAttempts: 2 });
    const order = await seller.order.detail.query({ invoice: 'INV0821' });
    expect(preview.message).toContain(`Hai ${order.buyerName}, `);
    expect(preview.message).toContain('(INV0821)');
    expect(preview.message).not.toMatch(/\{(buyer_name|product|invoice|total)\}/);
    // A typo stays visible rather than vanishing.
    expect(preview.message).toContain('{oops}');
    expect(preview.waLink).toBe(
      `https://wa.me/${order.buyerPhone}?text=${encodeURIComponent(preview.message)}`,
    );
    expect(await seller.followUp.attempts.query({ invoice: 'INV0821' })).toEqual(attemptsBefore);
    expect(server.messaging.sent.length).toBe(sentBefore);

    const sent = await seller.followUp.send.mutate({ invoice: 'INV0821', followUpAttempts: 2 });
    expect(sent.waLink).toBe(preview.waLink);
    expect(server.messaging.sent.at(-1)?.text).toBe(preview.message);
    expect((await seller.followUp.attempts.query({ invoice: 'INV0821' })).at(-1)?.message).toBe(
      preview.message,
    );
  });

  it('is 404 for another store’s invoice and 409 for a canceled order', async () => {
    const other = await sellerClient(server);
    await expectError(
      other.client.followUp.preview.query({ invoice: 'INV0821', followUpAttempts: 1 }),
      'NOT_FOUND',
    );
    const invoice = await newTransferOrder(server, seller, '081311116666');
    await seller.order.updateStatus.mutate({ invoice, status: 'canceled', note: 'Batal' });
    await expectError(seller.followUp.preview.query({ invoice, followUpAttempts: 1 }), 'CONFLICT');
  });
});
