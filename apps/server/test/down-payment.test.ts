import type { RiskPolicy } from '@bosonline/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.ts';
import { type HeldOrderShop, heldOrderShop, lastHoldMessage, orderCod, runOutHold } from './held-orders.ts';

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

const shop = (riskPolicy: Partial<RiskPolicy> = policy) => heldOrderShop(server, riskPolicy);
const order = (s: HeldOrderShop, phone: string, idempotencyKey?: string) =>
  orderCod(server, s, phone, { buyerName: 'Pembeli Uang Muka', idempotencyKey });
const downPaymentMessage = (phone: string) => lastHoldMessage(server, phone, 'order_down_payment');

const rupiah = (amount: number) => `Rp${amount.toLocaleString('id-ID')}`;

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** `7 Des 2026, 16.51 WIB`: the wall clock in Jakarta (UTC+7 all year), as a buyer there reads it. */
function wibDeadline(at: Date | null | undefined): string {
  if (!at) throw new Error('the order has no deadline');
  const j = new Date(at.getTime() + 7 * hour);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${j.getUTCDate()} ${months[j.getUTCMonth()]} ${j.getUTCFullYear()}, ${pad(j.getUTCHours())}.${pad(j.getUTCMinutes())} WIB`;
}

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
    // The deadline in the store's zone, named: the same on the page and in the WhatsApp message.
    const due = `Bayar sebelum ${wibDeadline(held.confirmDueAt)}`;
    expect(pageText).toContain(due);
    expect(message.text).toContain(due);

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
    const expired = await runOutHold(server, s, invoice, 6);
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

  it('tells the buyer’s page what to do next for a held order, and nothing for a shield-held one', async () => {
    const s = await shop();
    const receipt = async (shopOf: HeldOrderShop, phone: string, key: string) => {
      await order(shopOf, phone, key);
      return server.client().checkout.receipt.query({ formId: shopOf.form.id, idempotencyKey: key, phone });
    };
    const dp = await receipt(s, '081377772011', 'next-step-dp-0001');
    const amount = Math.ceil((dp.total * 40) / 100);
    expect(dp.nextStep).toEqual({
      kind: 'down_payment',
      amount,
      codAmount: dp.total - amount,
      dueAt: new Date(server.clock.now().getTime() + 6 * hour),
    });
    // Once the seller confirms the transfer, nothing is asked any more.
    await s.client.order.confirmDownPayment.mutate({ invoice: dp.invoice, bankAccountId: s.account.id });
    const paid = await server.client().checkout.receipt.query({
      formId: s.form.id,
      idempotencyKey: 'next-step-dp-0001',
      phone: '081377772011',
    });
    expect(paid.nextStep).toBeNull();

    const confirm = await shop({ ...policy, action: 'hold_confirm' });
    const held = await receipt(confirm, '081377772012', 'next-step-hold-01');
    expect(held.nextStep).toEqual({
      kind: 'confirm_whatsapp',
      dueAt: new Date(server.clock.now().getTime() + 6 * hour),
    });

    // A number the store blocked: held by the shield, answered as an order nobody held.
    const plain = await receipt(
      await shop({ ...policy, action: 'none' }),
      '081377772013',
      'next-step-none-1',
    );
    await s.client.shield.addBlock.mutate({ kind: 'phone', value: '081377772014', reason: 'Spam' });
    const spam = await receipt(s, '081377772014', 'next-step-spam-1');
    expect((await s.client.order.detail.query({ invoice: spam.invoice })).status).toBe('suspicious');
    expect(Object.keys(spam).sort()).toEqual(Object.keys(plain).sort());
    expect([spam.status, spam.nextStep]).toEqual([plain.status, plain.nextStep]);
    expect(plain).toMatchObject({ status: 'ready_to_ship', nextStep: null });
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
