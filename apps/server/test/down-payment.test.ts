import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kopiArabica, warehouseOf } from './catalog-fixtures.ts';
import { checkoutBody } from './demo-orders.ts';
import { newSeller, startTestServer, type TestServer } from './harness.ts';

// COD risk's third action, as sellers and buyers notice it: a form whose policy asks a risky COD
// order for a transfer down payment holds it unbooked and tells the buyer on WhatsApp what to pay
// and where; the seller's Confirm Down Payment books it once for the rest of the total (what the
// courier collects and the COD ledger expects), the window running out cancels it with its stock
// back, and a bad percent or another store's hand changes nothing.

const hour = 3_600_000;
const policy = { threshold: 0.3, action: 'down_payment' as const, confirmHours: 6, downPaymentPercent: 40 };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // Parcels move only as each test scripts them.
  server.shipping.lifecycle = false;
});
afterAll(() => server?.close());

let serial = 0;
/** A store with one bank account selling Kopi Arabica (10 units) on a COD form with `riskPolicy`. */
async function shop(riskPolicy: Record<string, unknown> = policy) {
  serial += 1;
  const tokens = await server.client().auth.register.mutate(newSeller());
  const client = server.client({ token: tokens.accessToken, refreshToken: tokens.refreshToken });
  const storeId = (await client.profile.me.query()).store?.id as string;
  const warehouse = await warehouseOf(server, storeId);
  const product = await client.product.create.mutate(kopiArabica(warehouse.id, `DP-${serial}`));
  const variant = product.variants[0];
  if (!variant) throw new Error('kopiArabica has variants');
  const accountNumber = `80077${String(serial).padStart(5, '0')}`;
  const account = await client.bankAccount.create.mutate({
    bankCode: 'BCA',
    accountNumber,
    accountHolder: `Toko DP ${serial}`,
  });
  const form = await client.form.create.mutate({
    name: `Kopi DP ${serial}`,
    paymentMethods: ['cod'],
    couriers: [{ code: 'idx', services: ['00'] }],
    items: [{ variantId: variant.id }],
    riskPolicy: riskPolicy as typeof policy,
  });
  const stock = async () =>
    (await server.db.stock.findFirstOrThrow({ where: { variantId: variant.id } })).quantity;
  return { client, token: tokens.accessToken, form, sku: variant.sku, stock, account, accountNumber };
}
type Shop = Awaited<ReturnType<typeof shop>>;

/** A buyer orders one unit by COD through the public REST door; answers the invoice. */
async function order(s: Shop, phone: string) {
  const res = await server.rest('POST', `/order/${s.form.id}`, {
    body: checkoutBody('Pembeli Uang Muka', phone, s.sku, 1, { payment: 'cod' }),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const page = await s.client.order.list.query({ q: phone, limit: 1 });
  return page.items[0]?.invoice as string;
}

/** The last down payment message sent to this phone. */
function downPaymentMessage(phone: string) {
  const sent = server.messaging.sent.filter(
    (m) => m.to === `62${phone.slice(1)}` && m.template === 'order_down_payment',
  );
  const message = sent.at(-1);
  if (!message) throw new Error(`no down payment message to ${phone}`);
  return { ...message, token: message.params.at(-1) as string };
}

const rupiah = (amount: number) => `Rp${amount.toLocaleString('id-ID')}`;

describe('down payment policy', () => {
  it('holds a risky COD order unbooked with 40% asked, and tells the buyer the amount, the account and the link', async () => {
    const s = await shop();
    const phone = '081377772001';
    const booked = server.shipping.booked.length;
    const invoice = await order(s, phone);
    const held = await s.client.order.detail.query({ invoice });
    const amount = Math.ceil((held.total * 40) / 100);
    expect(held.status).toBe('awaiting_confirmation');
    expect(held.downPayment).toEqual({ amount, paid: false, paidAt: null });
    expect(held.codAmount).toBe(held.total);
    expect(held.confirmDueAt?.getTime()).toBe(server.clock.now().getTime() + 6 * hour);
    expect(held.awb).toBeNull();
    expect(server.shipping.booked.length).toBe(booked);
    expect(await s.stock()).toBe(9);

    const message = downPaymentMessage(phone);
    expect(message.text).toContain(invoice);
    expect(message.text).toContain(rupiah(amount));
    expect(message.text).toContain(rupiah(held.total - amount));
    expect(message.text).toContain(s.accountNumber);
    expect(message.text).toContain(`/order/held/${message.token}?action=pay`);
    // No plain confirmation is offered: only the money releases this order.
    expect(
      server.messaging.sent.some((m) => m.template === 'order_confirm_cod' && m.text?.includes(invoice)),
    ).toBe(false);
    const confirm = await server.rest('POST', '/order/held/confirm', { body: { token: message.token } });
    expect(confirm.status).toBe(409);

    // The link's page shows what to pay and where; opening it changes nothing.
    const opened = await fetch(`${server.url}/order/held/${message.token}?action=pay`);
    expect(opened.status).toBe(200);
    const pageText = await opened.text();
    expect(pageText).toContain(s.accountNumber);
    expect(pageText).toContain(rupiah(amount));
    expect(pageText).toContain(`action="/order/held/${message.token}/cancel"`);

    // The REST door shows the same down payment.
    const rest = await server.rest('GET', `/store/order/${invoice}`, { token: s.token });
    expect(rest.body.data).toMatchObject({
      status: 'awaiting_confirmation',
      down_payment: { amount, paid: false },
      cod_amount: held.total,
    });
    expect((await s.client.order.detail.query({ invoice })).status).toBe('awaiting_confirmation');
  });

  it('books the order once for the rest of the total when the seller confirms the down payment twice at once', async () => {
    const s = await shop();
    const phone = '081377772002';
    const booked = server.shipping.booked.length;
    const invoice = await order(s, phone);
    const { total } = await s.client.order.detail.query({ invoice });
    const amount = Math.ceil((total * 40) / 100);

    const answers = await Promise.all([
      server.rest('PUT', `/store/order/${invoice}/down-payment`, {
        token: s.token,
        body: { bank_account_id: s.account.id, note: 'BCA mutasi 10:02' },
      }),
      server.rest('POST', `/store/order/${invoice}/down-payment`, {
        token: s.token,
        body: { bank_account_id: s.account.id },
      }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);

    const confirmed = await s.client.order.detail.query({ invoice });
    expect(confirmed.status).toBe('ready_to_ship');
    expect(confirmed.awb).not.toBeNull();
    expect(confirmed.downPayment).toMatchObject({ amount, paid: true });
    expect(confirmed.codAmount).toBe(total - amount);
    expect(confirmed.payment.bankAccount?.accountNumber).toBe(s.accountNumber);
    expect(confirmed.timeline.filter((e) => e.type === 'down_payment_confirmed')).toHaveLength(1);
    expect(server.shipping.booked.length - booked).toBe(1);
    expect(server.shipping.booked.at(-1)).toMatchObject({ reference: invoice, codAmount: total - amount });

    // A third try says so; the buyer's cancel link no longer reaches it.
    const again = await server.rest('PUT', `/store/order/${invoice}/down-payment`, {
      token: s.token,
      body: { bank_account_id: s.account.id },
    });
    expect(again.status).toBe(409);
    const cancel = await server.rest('POST', '/order/held/cancel', {
      body: { token: downPaymentMessage(phone).token },
    });
    expect(cancel.status).toBe(409);

    // Delivered, the COD ledger expects the rest, not the total.
    await s.client.order.updateStatus.mutate({ invoice, status: 'shipped' });
    await s.client.order.updateStatus.mutate({ invoice, status: 'delivered' });
    const ledger = await s.client.codLedger.order.query({ invoice });
    expect(ledger.expectedCod).toBe(total - amount);
  });

  it('cancels an unpaid order when the window runs out, with its stock back; a late confirmation is refused', async () => {
    const s = await shop();
    const phone = '081377772003';
    const invoice = await order(s, phone);
    server.clock.advance(6 * hour - 60_000);
    await server.runJobs();
    expect((await s.client.order.detail.query({ invoice })).status).toBe('awaiting_confirmation');
    server.clock.advance(60_000);
    await server.runJobs();
    const expired = await s.client.order.detail.query({ invoice });
    expect(expired.status).toBe('canceled');
    expect(expired.cancelReason).toBe('Down payment not received in time');
    expect(expired.timeline.at(-1)).toMatchObject({ type: 'confirmation_expired', toStatus: 'canceled' });
    expect(expired.downPayment).toMatchObject({ paid: false });
    expect(await s.stock()).toBe(10);

    // (Through the SDK: hours later, the REST token above has expired; the SDK refreshes its own.)
    await expect(
      s.client.order.confirmDownPayment.mutate({ invoice, bankAccountId: s.account.id }),
    ).rejects.toMatchObject({ data: { code: 'CONFLICT' } });
    expect((await s.client.order.detail.query({ invoice })).status).toBe('canceled');
    expect(await s.stock()).toBe(10);
  });

  it('lets the seller cancel a held order instead: stock comes back', async () => {
    const s = await shop();
    const invoice = await order(s, '081377772004');
    expect(await s.stock()).toBe(9);
    await s.client.order.updateStatus.mutate({ invoice, status: 'canceled', note: 'Tidak transfer' });
    expect((await s.client.order.detail.query({ invoice })).status).toBe('canceled');
    expect(await s.stock()).toBe(10);
  });

  it('refuses a percent out of range with a named field and keeps the policy; a bad account writes nothing', async () => {
    const s = await shop();
    expect(s.form.riskPolicy).toEqual(policy);
    for (const percent of [95, 5, 33.5]) {
      const res = await server.rest('PUT', `/store/form/${s.form.id}`, {
        token: s.token,
        body: { risk_policy: { ...policy, down_payment_percent: percent } },
      });
      expect(res.status, String(percent)).toBe(400);
      expect(JSON.stringify(res.body)).toMatch(/Down payment must be/);
    }
    const forms = (await s.client.form.list.query({ limit: 50 })).items.length;
    const created = await server.rest('POST', '/store/form', {
      token: s.token,
      body: { name: 'Form DP salah', risk_policy: { action: 'down_payment', down_payment_percent: 100 } },
    });
    expect(created.status).toBe(400);
    expect((await s.client.form.list.query({ limit: 50 })).items.length).toBe(forms);
    expect((await s.client.form.detail.query({ id: s.form.id })).riskPolicy).toEqual(policy);

    // Confirming on an account that is not the store's: 400, the order still waits, nothing booked.
    const other = await shop();
    const invoice = await order(s, '081377772005');
    const booked = server.shipping.booked.length;
    const res = await server.rest('PUT', `/store/order/${invoice}/down-payment`, {
      token: s.token,
      body: { bank_account_id: other.account.id },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.bankAccountId ?? res.body.errors?.bank_account_id).toBeDefined();
    const still = await s.client.order.detail.query({ invoice });
    expect(still.status).toBe('awaiting_confirmation');
    expect(still.downPayment).toMatchObject({ paid: false });
    expect(server.shipping.booked.length).toBe(booked);
  });

  it('another store gets 404 on both doors and changes nothing', async () => {
    const s = await shop();
    const invoice = await order(s, '081377772006');
    const other = await shop();
    const rest = await server.rest('PUT', `/store/order/${invoice}/down-payment`, {
      token: other.token,
      body: { bank_account_id: other.account.id },
    });
    expect(rest.status).toBe(404);
    await expect(
      other.client.order.confirmDownPayment.mutate({ invoice, bankAccountId: other.account.id }),
    ).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
    const detail = await server.rest('GET', `/store/order/${invoice}`, { token: other.token });
    expect(detail.status).toBe(404);
    const held = await s.client.order.detail.query({ invoice });
    expect(held.status).toBe('awaiting_confirmation');
    expect(held.downPayment).toMatchObject({ paid: false });
  });
});
