import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.ts';
import { type HeldOrderShop, heldOrderShop, orderCod } from './held-orders.ts';

// What follows a confirmed down payment, as the seller and the buyer notice it: the courier
// collects only the rest of the total, so everything that names an amount to pay on delivery
// (the shipping label, the A4 invoice, WhatsApp follow-ups) names the rest; and the buyer's
// transfer is money the store holds, so cancelling the order is refused until the seller says
// how it goes back.

const policy = { threshold: 0.3, action: 'down_payment' as const, confirmHours: 6, downPaymentPercent: 30 };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  server.shipping.lifecycle = false;
});
afterAll(() => server?.close());

const rupiah = (amount: number) => `Rp${amount.toLocaleString('id-ID')}`;

/** A held COD order whose 30% down payment the seller confirmed: answers its amounts. */
async function paidDownPayment(s: HeldOrderShop, phone: string) {
  const invoice = await orderCod(server, s, phone, { buyerName: 'Pembeli Uang Muka' });
  await s.client.order.confirmDownPayment.mutate({ invoice, bankAccountId: s.account.id });
  const order = await s.client.order.detail.query({ invoice });
  const downPayment = order.downPayment?.amount as number;
  expect(order.downPayment?.paid).toBe(true);
  return { invoice, total: order.total, downPayment, rest: order.total - downPayment };
}

/** Prints through the REST door (`POST /store/order/invoice`) and answers each page's text. */
async function printed(s: HeldOrderShop, invoice: string, layout: 'a4' | 'label') {
  const res = await server.rest('POST', '/store/order/invoice', {
    token: s.token,
    body: { invoices: [invoice], layout },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const { url } = res.body.data as { url: string };
  const pdf = await getDocumentProxy(
    new Uint8Array(await (await fetch(`${server.url}${url}`)).arrayBuffer()),
  );
  return (await extractText(pdf, { mergePages: false })).text;
}

describe('after a confirmed down payment', () => {
  it('prints the label with the COD left and the invoice with the down payment and the rest', async () => {
    const s = await heldOrderShop(server, policy);
    const { invoice, total, downPayment, rest } = await paidDownPayment(s, '081377773001');
    expect(downPayment).toBeGreaterThan(0);

    const [label] = await printed(s, invoice, 'label');
    expect(label).toContain(`COD ${rupiah(rest)}`);
    expect(label).not.toContain(rupiah(total));

    const [a4] = await printed(s, invoice, 'a4');
    expect(a4).toContain(rupiah(total));
    expect(a4).toContain('Uang muka diterima');
    expect(a4).toContain(`-${rupiah(downPayment)}`);
    expect(a4).toContain('Sisa dibayar saat COD');
    expect(a4).toContain(rupiah(rest));

    // An order held for a down payment not yet received still owes the courier the whole total.
    const unpaid = await orderCod(server, s, '081377773002');
    const unpaidTotal = (await s.client.order.detail.query({ invoice: unpaid })).total;
    const [unpaidLabel] = await printed(s, unpaid, 'label');
    expect(unpaidLabel).toContain(`COD ${rupiah(unpaidTotal)}`);
    const [unpaidA4] = await printed(s, unpaid, 'a4');
    expect(unpaidA4).not.toContain('Uang muka diterima');
  });

  it('follows the buyer up on WhatsApp with the cash left to pay the courier, not the total', async () => {
    const s = await heldOrderShop(server, policy);
    const phone = '081377773003';
    const { invoice, total, rest } = await paidDownPayment(s, phone);

    const preview = await s.client.followUp.preview.query({ invoice, followUpAttempts: 1 });
    expect(preview.message).toContain(`siapkan uang tunai ${rupiah(rest)}`);
    expect(preview.message).not.toContain(rupiah(total));

    const res = await server.rest('POST', '/store/order/follow-up', {
      token: s.token,
      body: { invoice, follow_up_attempts: 2 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const sent = server.messaging.sent.filter((m) => m.to === `62${phone.slice(1)}`).at(-1);
    expect(sent?.text).toContain(`Bayar ${rupiah(rest)} tunai ke kurir`);
    expect(sent?.text).not.toContain(rupiah(total));
  });

  it('refuses to cancel it until the seller says how the down payment goes back, on both doors', async () => {
    const s = await heldOrderShop(server, policy);
    const { invoice, downPayment } = await paidDownPayment(s, '081377773004');
    const canceled = server.shipping.canceled.length;
    expect(await s.stock()).toBe(9);

    const rest = await server.rest('PUT', `/store/order/${invoice}/status`, {
      token: s.token,
      body: { status: 'canceled', note: 'Pembeli berubah pikiran' },
    });
    expect(rest.status).toBe(409);
    expect(rest.body.message).toContain(rupiah(downPayment));
    await expect(
      s.client.order.updateStatus.mutate({ invoice, status: 'canceled', note: 'Pembeli berubah pikiran' }),
    ).rejects.toMatchObject({
      data: { code: 'CONFLICT' },
      message: expect.stringContaining(rupiah(downPayment)),
    });
    // Nothing moved: still booked, the courier booking kept, the stock still out.
    const still = await s.client.order.detail.query({ invoice });
    expect(still.status).toBe('ready_to_ship');
    expect(server.shipping.canceled.length).toBe(canceled);
    expect(await s.stock()).toBe(9);

    const done = await server.rest('PUT', `/store/order/${invoice}/status`, {
      token: s.token,
      body: {
        status: 'canceled',
        note: 'Pembeli berubah pikiran',
        refund_note: 'Dikembalikan ke BCA pembeli',
      },
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const after = await s.client.order.detail.query({ invoice });
    expect(after.status).toBe('canceled');
    expect(after.timeline.at(-1)).toMatchObject({
      type: 'canceled',
      data: { downPaymentRefund: downPayment, refundNote: 'Dikembalikan ke BCA pembeli' },
    });
    expect(await s.stock()).toBe(10);
  });

  it('cancels through the SDK with the refund said, and asks nothing of an order whose down payment never came', async () => {
    const s = await heldOrderShop(server, policy);
    const { invoice, downPayment } = await paidDownPayment(s, '081377773005');
    const after = await s.client.order.updateStatus.mutate({
      invoice,
      status: 'canceled',
      refundNote: 'Transfer balik ke rekening pembeli',
    });
    expect(after.status).toBe('canceled');
    expect(after.timeline.at(-1)?.data).toMatchObject({ downPaymentRefund: downPayment });

    const unpaid = await orderCod(server, s, '081377773006');
    const res = await server.rest('PUT', `/store/order/${unpaid}/status`, {
      token: s.token,
      body: { status: 'canceled' },
    });
    expect(res.status).toBe(200);
    const event = (await s.client.order.detail.query({ invoice: unpaid })).timeline.at(-1);
    expect(event?.data).not.toHaveProperty('downPaymentRefund');
  });
});
