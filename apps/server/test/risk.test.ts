import { manualStatuses, type RiskPolicy } from '@bosonline/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkoutBody } from './demo-orders.ts';
import { startTestServer, type TestServer } from './harness.ts';
import { type HeldOrderShop, heldOrderShop, lastHoldMessage, orderCod, runOutHold } from './held-orders.ts';

// COD risk as sellers and buyers notice it: each order carries a 0–1 score with its reasons on
// both doors, from the store's own history; a form whose policy holds risky COD orders waits for
// the buyer's WhatsApp confirmation (then books once) or cancels them when the window runs out.

const hour = 3_600_000;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // Parcels move only as each test scripts them.
  server.shipping.lifecycle = false;
});
afterAll(() => server?.close());

const shop = (riskPolicy?: Partial<RiskPolicy>) => heldOrderShop(server, riskPolicy);
const order = (s: HeldOrderShop, phone: string) => orderCod(server, s, phone, { buyerName: 'Pembeli Risk' });

/** Ships the order and ends it as the courier reported. */
async function end(s: HeldOrderShop, invoice: string, outcome: 'delivered' | 'returned') {
  await s.client.order.updateStatus.mutate({ invoice, status: 'shipped' });
  await s.client.order.updateStatus.mutate({ invoice, status: outcome });
}

/** The token of the last confirmation message sent to this phone. */
const holdToken = (phone: string) => lastHoldMessage(server, phone, 'order_confirm_cod').token;

describe('risk score', () => {
  it('scores a buyer with two returns above a buyer whose two orders were delivered, and says why, on both doors', async () => {
    const s = await shop();
    const returner = '081377770001';
    const loyal = '081377770002';
    for (let i = 0; i < 2; i += 1) {
      await end(s, await order(s, returner), 'returned');
      await end(s, await order(s, loyal), 'delivered');
    }
    const risky = await order(s, returner);
    const trusted = await order(s, loyal);

    const rest = async (invoice: string) => {
      const res = await server.rest('GET', `/store/order/${invoice}`, { token: s.token });
      expect(res.status).toBe(200);
      return (
        res.body.data as { risk: { score: number; level: string; reasons: Array<Record<string, unknown>> } }
      ).risk;
    };
    const [high, low] = [await rest(risky), await rest(trusted)];
    expect(high.score).toBeGreaterThan(low.score);
    expect(high.reasons[0]).toMatchObject({
      code: 'past_returns',
      id: '2 pesanan sebelumnya dari nomor ini diretur (RTS)',
    });
    expect(low.reasons.map((r) => r.code)).toContain('good_history');
    expect(low.reasons.map((r) => r.code)).not.toContain('past_returns');

    // The SDK's list shows the same risk, and filters by its level.
    const list = await s.client.order.list.query({ limit: 50 });
    const row = list.items.find((o) => o.invoice === risky);
    expect(row?.risk?.score).toBe(high.score);
    const restList = await server.rest('GET', '/store/order?limit=50', { token: s.token });
    const restRow = (
      restList.body.data as { items: Array<{ invoice: string; risk: { score: number } }> }
    ).items.find((o) => o.invoice === risky);
    expect(restRow?.risk.score).toBe(high.score);
    const levels = async (risk: 'low' | 'medium' | 'high') =>
      (await s.client.order.list.query({ risk, limit: 50 })).items.map((o) => o.risk?.level);
    for (const level of ['low', 'medium', 'high'] as const) {
      expect(new Set(await levels(level))).toEqual(new Set((await levels(level)).length ? [level] : []));
    }
    // Without a hold policy, even the risky order is booked as usual.
    expect((await s.client.order.detail.query({ invoice: risky })).status).toBe('ready_to_ship');
  });

  it("scores a new buyer by the returns of the store's parcels to the same district, whichever of its subdistricts", async () => {
    const s = await shop();
    // Five parcels to Petapahan (115015) came back: a subdistrict of the same district as Sumber
    // Makmur, which the checkout body's BosCOD id 15022 names.
    for (let i = 0; i < 5; i += 1) {
      const invoice = await orderCod(server, s, `08137777030${i}`, { addrId: 115015 });
      await end(s, invoice, 'returned');
    }
    const reasons = async (invoice: string) =>
      (await s.client.order.detail.query({ invoice })).risk?.reasons.map((r) => r.code);
    const sameDistrict = await order(s, '081377770310');
    expect(await reasons(sameDistrict)).toContain('district_returns');
    // A subdistrict of another district (148549) has no history with this store.
    const elsewhere = await orderCod(server, s, '081377770311', { addrId: 148549 });
    expect(await reasons(elsewhere)).not.toContain('district_returns');
  });

  it("scores the first order from a number without WhatsApp as such, with the shield's WhatsApp rule off", async () => {
    const s = await shop();
    await s.client.form.update.mutate({ id: s.form.id, shield: { holdInvalidWhatsapp: false } });
    // The sandbox's number without WhatsApp, never looked up before this order.
    const phone = '081355552000';
    const invoice = await order(s, phone);
    const first = await s.client.order.detail.query({ invoice });
    expect(first.status).toBe('ready_to_ship');
    expect(first.risk?.reasons.map((r) => r.code)).toContain('whatsapp_invalid');
    // The answer is kept for the number's next orders.
    expect(await server.db.whatsappCheck.findUnique({ where: { phone: '6281355552000' } })).toMatchObject({
      valid: false,
    });
  });

  it('keeps the policy with the form and refuses a threshold out of range with a named field', async () => {
    const s = await shop({ threshold: 0.7, action: 'hold_confirm', confirmHours: 6 });
    expect(s.form.riskPolicy).toEqual({
      threshold: 0.7,
      action: 'hold_confirm',
      confirmHours: 6,
      downPaymentPercent: 30,
    });
    const res = await server.rest('PUT', `/store/form/${s.form.id}`, {
      token: s.token,
      body: { risk_policy: { threshold: 3, action: 'hold_confirm', confirm_hours: 6 } },
    });
    expect(res.status).toBe(400);
    const form = await s.client.form.detail.query({ id: s.form.id });
    expect(form.riskPolicy.threshold).toBe(0.7);
    // Buyers never see the seller's threshold.
    const page = await server.rest('GET', `/order/${s.form.id}/form`);
    expect(JSON.stringify(page.body)).not.toContain('risk_policy');
  });
});

describe('hold and confirm', () => {
  const policy = { threshold: 0.3, action: 'hold_confirm' as const, confirmHours: 6 };

  it('holds a risky COD order unbooked, then books it once however often the buyer confirms', async () => {
    const s = await shop(policy);
    const phone = '081377771001';
    const booked = server.shipping.booked.length;
    const invoice = await order(s, phone);
    const held = await s.client.order.detail.query({ invoice });
    expect(held.status).toBe('awaiting_confirmation');
    expect(held.awb).toBeNull();
    expect(held.confirmDueAt?.getTime()).toBe(server.clock.now().getTime() + 6 * hour);
    expect(held.risk?.score).toBeGreaterThanOrEqual(0.3);
    expect(server.shipping.booked.length).toBe(booked);
    expect(await s.stock()).toBe(9);
    const message = server.messaging.sent.filter((m) => m.template === 'order_confirm_cod').at(-1);
    expect(message?.text).toContain(invoice);
    expect(message?.text).toContain('/order/held/');

    const token = holdToken(phone);
    const answers = await Promise.all([
      server.rest('POST', '/order/held/confirm', { body: { token } }),
      server.rest('POST', '/order/held/confirm', { body: { token } }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers.map((a) => (a.body.data as { changed: boolean }).changed).sort()).toEqual([false, true]);
    const again = await server.rest('POST', '/order/held/confirm', { body: { token } });
    expect((again.body.data as { changed: boolean }).changed).toBe(false);

    const confirmed = await s.client.order.detail.query({ invoice });
    expect(confirmed.status).toBe('ready_to_ship');
    expect(confirmed.awb).not.toBeNull();
    expect(server.shipping.booked.length - booked).toBe(1);
    expect(server.shipping.booked.at(-1)?.reference).toBe(invoice);
    expect(confirmed.timeline.filter((e) => e.type === 'buyer_confirmed')).toHaveLength(1);
    // A confirmed order is no longer the buyer's to cancel by link.
    const cancel = await server.rest('POST', '/order/held/cancel', { body: { token } });
    expect(cancel.status).toBe(409);
    expect((await s.client.order.detail.query({ invoice })).status).toBe('ready_to_ship');
  });

  it('lets the buyer cancel: stock comes back, once', async () => {
    const s = await shop(policy);
    const phone = '081377771002';
    const invoice = await order(s, phone);
    expect(await s.stock()).toBe(9);
    const token = holdToken(phone);
    const first = await server.rest('POST', '/order/held/cancel', { body: { token } });
    const second = await server.rest('POST', '/order/held/cancel', { body: { token } });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect((second.body.data as { changed: boolean }).changed).toBe(false);
    expect(await s.stock()).toBe(10);
    const canceled = await s.client.order.detail.query({ invoice });
    expect(canceled.status).toBe('canceled');
    const confirm = await server.rest('POST', '/order/held/confirm', { body: { token } });
    expect(confirm.status).toBe(409);
  });

  it('cancels an unconfirmed order when the window runs out and returns its stock; the link then fails', async () => {
    const s = await shop(policy);
    const phone = '081377771003';
    const invoice = await order(s, phone);
    const token = holdToken(phone);
    const expired = await runOutHold(server, s, invoice, 6);
    expect(expired.status).toBe('canceled');
    expect(expired.timeline.at(-1)).toMatchObject({ type: 'confirmation_expired', toStatus: 'canceled' });
    expect(await s.stock()).toBe(10);

    const late = await server.rest('POST', '/order/held/confirm', { body: { token } });
    expect(late.status).toBe(400);
    expect(late.body.errors?.token).toBeDefined();
    expect((await s.client.order.detail.query({ invoice })).status).toBe('canceled');
    expect(await s.stock()).toBe(10);
  });

  it('opens the WhatsApp link as a page that changes nothing until the buyer presses its button', async () => {
    const s = await shop(policy);
    const phone = '081377771005';
    const invoice = await order(s, phone);
    const token = holdToken(phone);
    const opened = await fetch(`${server.url}/order/held/${token}?action=confirm`);
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain(`action="/order/held/${token}/confirm"`);
    expect((await s.client.order.detail.query({ invoice })).status).toBe('awaiting_confirmation');
    const pressed = await fetch(`${server.url}/order/held/${token}/confirm`, { method: 'POST' });
    expect(pressed.status).toBe(200);
    expect(await pressed.text()).toContain('dikonfirmasi');
    expect((await s.client.order.detail.query({ invoice })).status).toBe('ready_to_ship');
    const forged = await fetch(`${server.url}/order/held/x${token}/cancel`, { method: 'POST' });
    expect(forged.status).toBe(400);
  });

  it("lets the seller confirm for the buyer (REST and SDK): booked once, the buyer's link then changes nothing", async () => {
    const s = await shop(policy);
    const phone = '081377771006';
    const booked = server.shipping.booked.length;
    const invoice = await order(s, phone);
    const answers = await Promise.all([
      server.rest('POST', `/store/order/${invoice}/confirm-hold`, { token: s.token }),
      server.rest('POST', `/store/order/${invoice}/confirm-hold`, { token: s.token }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const confirmed = await s.client.order.detail.query({ invoice });
    expect(confirmed.status).toBe('ready_to_ship');
    expect(server.shipping.booked.length - booked).toBe(1);
    const event = confirmed.timeline.find((e) => e.type === 'seller_confirmed');
    expect(event?.actorName).toBeTruthy();
    const link = await server.rest('POST', '/order/held/confirm', { body: { token: holdToken(phone) } });
    expect((link.body.data as { changed: boolean }).changed).toBe(false);
    expect(server.shipping.booked.length - booked).toBe(1);
    // Not waiting any more: a 409, nothing booked.
    const late = await s.client.order.confirmHeld.mutate({ invoice }).catch((e: unknown) => e);
    expect(String(late)).toContain('not waiting for confirmation');
    expect(server.shipping.booked.length - booked).toBe(1);
  });

  it("refuses the seller's confirm for a down payment hold (409), and another store's order is a 404", async () => {
    const s = await shop({ threshold: 0.3, action: 'down_payment', confirmHours: 6, downPaymentPercent: 20 });
    const invoice = await order(s, '081377771007');
    const held = await s.client.order.detail.query({ invoice });
    expect(held.status).toBe('awaiting_confirmation');
    const res = await server.rest('POST', `/store/order/${invoice}/confirm-hold`, { token: s.token });
    expect(res.status).toBe(409);
    const other = await shop();
    const foreign = await server.rest('POST', `/store/order/${invoice}/confirm-hold`, { token: other.token });
    expect(foreign.status).toBe(404);
    expect((await s.client.order.detail.query({ invoice })).status).toBe('awaiting_confirmation');
  });

  it('offers in next_statuses exactly the moves Update Status Order accepts for a held order', async () => {
    const s = await shop(policy);
    const invoice = await order(s, '081377771008');
    const held = await s.client.order.detail.query({ invoice });
    expect(held.nextStatuses).toEqual(['canceled']);
    for (const status of manualStatuses.filter((to) => to !== 'canceled')) {
      const res = await server.rest('PUT', `/store/order/${invoice}/status`, {
        token: s.token,
        body: { status },
      });
      expect(res.status, status).toBe(409);
    }
    expect((await s.client.order.detail.query({ invoice })).status).toBe('awaiting_confirmation');
    const canceled = await s.client.order.updateStatus.mutate({ invoice, status: 'canceled' });
    expect(canceled.status).toBe('canceled');
  });

  it('refuses a forged token with 400 and changes nothing; another store cannot see the order', async () => {
    const s = await shop(policy);
    const phone = '081377771004';
    const invoice = await order(s, phone);
    const token = holdToken(phone);
    const [head, body, sig] = token.split('.');
    const forged = [head, body, `${sig?.slice(0, -4)}AAAA`].join('.');
    for (const bad of [forged, 'not-a-token', `${head}.${body}.`]) {
      const res = await server.rest('POST', '/order/held/confirm', { body: { token: bad } });
      expect(res.status, bad).toBe(400);
      const cancel = await server.rest('POST', '/order/held/cancel', { body: { token: bad } });
      expect(cancel.status, bad).toBe(400);
    }
    expect((await s.client.order.detail.query({ invoice })).status).toBe('awaiting_confirmation');
    expect(await s.stock()).toBe(9);

    const other = await shop();
    const res = await server.rest('GET', `/store/order/${invoice}`, { token: other.token });
    expect(res.status).toBe(404);
  });
});

describe('"Bukan spam" and the risk policy', () => {
  /** A shop whose form holds risky COD orders and whose Order Shield holds the word "iseng". */
  async function shieldedShop(riskPolicy: Partial<RiskPolicy>) {
    const s = await shop(riskPolicy);
    await s.client.form.update.mutate({ id: s.form.id, shield: { blockedWords: ['iseng'] } });
    return s;
  }
  const orderHeld = async (s: HeldOrderShop, phone: string) => {
    const invoice = await orderCod(server, s, phone, { buyerName: 'Pembeli Iseng' });
    expect((await s.client.order.detail.query({ invoice })).status).toBe('suspicious');
    return invoice;
  };

  it('sends a released risky COD order to the WhatsApp confirmation its checkout would have asked, unbooked', async () => {
    const s = await shieldedShop({ threshold: 0.3, action: 'hold_confirm', confirmHours: 6 });
    const phone = '081377773001';
    const booked = server.shipping.booked.length;
    const invoice = await orderHeld(s, phone);
    server.clock.advance(5 * 60_000);
    const res = await server.rest('POST', `/store/shield/orders/${invoice}/release`, { token: s.token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const released = await s.client.order.detail.query({ invoice });
    expect(released.status).toBe('awaiting_confirmation');
    expect(released.risk?.score).toBeGreaterThanOrEqual(0.3);
    // Its window starts with the release, as the checkout's starts with the order.
    expect(released.confirmDueAt?.getTime()).toBe(server.clock.now().getTime() + 6 * hour);
    expect(released.awb).toBeNull();
    expect(server.shipping.booked.length).toBe(booked);
    // The buyer's confirmation then books it, once.
    const confirm = await server.rest('POST', '/order/held/confirm', { body: { token: holdToken(phone) } });
    expect((confirm.body.data as { changed: boolean }).changed).toBe(true);
    expect((await s.client.order.detail.query({ invoice })).status).toBe('ready_to_ship');
    expect(server.shipping.booked.length - booked).toBe(1);
  });

  it('asks a released risky COD order for the down payment of a down_payment form (SDK door)', async () => {
    const s = await shieldedShop({
      threshold: 0.3,
      action: 'down_payment',
      confirmHours: 6,
      downPaymentPercent: 40,
    });
    const phone = '081377773002';
    const invoice = await orderHeld(s, phone);
    const released = await s.client.shield.release.mutate({ invoice });
    expect(released.status).toBe('awaiting_confirmation');
    expect(released.downPayment).toEqual({
      amount: Math.ceil((released.total * 40) / 100),
      paid: false,
      paidAt: null,
    });
    expect(lastHoldMessage(server, phone, 'order_down_payment').text).toContain(invoice);
  });

  it('books a released COD order whose score is under the threshold, for its full amount', async () => {
    const s = await shieldedShop({ threshold: 0.99, action: 'hold_confirm', confirmHours: 6 });
    const booked = server.shipping.booked.length;
    const invoice = await orderHeld(s, '081377773003');
    const released = await s.client.shield.release.mutate({ invoice });
    expect(released.risk?.score ?? 0).toBeLessThan(0.99);
    expect(released.status).toBe('ready_to_ship');
    expect(released.codAmount).toBe(released.total);
    expect(server.shipping.booked.length - booked).toBe(1);
  });
});

describe('a buyer not on WhatsApp', () => {
  const policy = { threshold: 0.3, action: 'hold_confirm' as const, confirmHours: 6 };
  /** Everything sent on WhatsApp to this (08…) number. */
  const messagesTo = (phone: string) => server.messaging.sent.filter((m) => m.to === `62${phone.slice(1)}`);

  it("holds a risky COD order for the seller's call: no message, no window; the seller's confirm books it", async () => {
    const s = await shop(policy);
    // The shield would hold the number first; here the risk policy alone meets it.
    await s.client.form.update.mutate({ id: s.form.id, shield: { holdInvalidWhatsapp: false } });
    // The sandbox's number without WhatsApp.
    const phone = '081377775000';
    const key = 'phone-hold-key-0001';
    const booked = server.shipping.booked.length;
    const invoice = await orderCod(server, s, phone, { idempotencyKey: key });

    const held = await s.client.order.detail.query({ invoice });
    expect(held.status).toBe('awaiting_confirmation');
    expect(held.confirmByPhone).toBe(true);
    expect(held.confirmDueAt).toBeNull();
    expect(held.risk?.reasons.map((r) => r.code)).toContain('whatsapp_invalid');
    expect(messagesTo(phone)).toEqual([]);
    expect(server.shipping.booked.length).toBe(booked);
    expect(await s.stock()).toBe(9);
    // The REST door says the same.
    const rest = await server.rest('GET', `/store/order/${invoice}`, { token: s.token });
    expect(rest.body.data).toMatchObject({
      status: 'awaiting_confirmation',
      confirm_by_phone: true,
      confirm_due_at: null,
    });
    // The buyer's page is told the seller will call, with no deadline.
    const receipt = await server
      .client()
      .checkout.receipt.query({ formId: s.form.id, idempotencyKey: key, phone });
    expect(receipt.nextStep).toEqual({ kind: 'confirm_by_phone' });

    // Nothing cancels it by itself: long past the policy's window it still waits for the seller.
    server.clock.advance(6 * hour + 60_000);
    await server.runJobs();
    server.clock.advance(3 * 24 * hour);
    await server.runJobs();
    const waiting = await s.client.order.detail.query({ invoice });
    expect(waiting.status).toBe('awaiting_confirmation');
    expect(waiting.timeline.map((e) => e.type)).not.toContain('confirmation_expired');
    expect(await s.stock()).toBe(9);
    expect(messagesTo(phone).filter((m) => m.template === 'order_confirm_cod')).toEqual([]);

    // The seller called the buyer and confirms (SDK door; REST below): booked once, the hold is over.
    await s.client.order.confirmHeld.mutate({ invoice });
    const confirmed = await s.client.order.detail.query({ invoice });
    expect(confirmed.status).toBe('ready_to_ship');
    expect(confirmed.confirmByPhone).toBe(false);
    expect(server.shipping.booked.length - booked).toBe(1);
    expect(confirmed.timeline.filter((e) => e.type === 'seller_confirmed')).toHaveLength(1);
    const again = await s.client.order.confirmHeld.mutate({ invoice }).catch((e: unknown) => e);
    expect(String(again)).toContain('not waiting for confirmation');
    expect(server.shipping.booked.length - booked).toBe(1);
  });

  it('lets the seller cancel a phone hold as any held order: stock comes back', async () => {
    const s = await shop(policy);
    await s.client.form.update.mutate({ id: s.form.id, shield: { holdInvalidWhatsapp: false } });
    const invoice = await order(s, '081377776000');
    expect((await s.client.order.detail.query({ invoice })).confirmByPhone).toBe(true);
    const canceled = await s.client.order.updateStatus.mutate({ invoice, status: 'canceled' });
    expect(canceled.status).toBe('canceled');
    expect(canceled.confirmByPhone).toBe(false);
    expect(await s.stock()).toBe(10);
  });

  it('keeps the WhatsApp confirmation for a number on WhatsApp, and for one nobody could look up', async () => {
    const s = await shop(policy);
    await s.client.form.update.mutate({ id: s.form.id, shield: { holdInvalidWhatsapp: false } });
    const onWhatsapp = await order(s, '081377775001');
    const held = await s.client.order.detail.query({ invoice: onWhatsapp });
    expect([held.status, held.confirmByPhone]).toEqual(['awaiting_confirmation', false]);
    expect(held.confirmDueAt?.getTime()).toBe(server.clock.now().getTime() + 6 * hour);
    expect(lastHoldMessage(server, '081377775001', 'order_confirm_cod').text).toContain(onWhatsapp);

    // A provider without a look-up cannot say the number lacks WhatsApp: the message is sent.
    server.messaging.canLookUp = false;
    try {
      const unknown = await order(s, '081377777000');
      const detail = await s.client.order.detail.query({ invoice: unknown });
      expect([detail.status, detail.confirmByPhone]).toEqual(['awaiting_confirmation', false]);
      expect(lastHoldMessage(server, '081377777000', 'order_confirm_cod').text).toContain(unknown);
    } finally {
      server.messaging.canLookUp = true;
    }
  });

  it('"Bukan spam" sends a shield-held order from a number without WhatsApp to the seller\'s call, not a message', async () => {
    // The shield holds the number for having no WhatsApp (its default rule).
    const s = await shop(policy);
    const phone = '081377778000';
    const invoice = await order(s, phone);
    const suspicious = await s.client.order.detail.query({ invoice });
    expect(suspicious.status).toBe('suspicious');
    expect(suspicious.shieldReasons.map((r) => r.code)).toContain('whatsapp_invalid');

    const released = await s.client.shield.release.mutate({ invoice });
    expect(released.status).toBe('awaiting_confirmation');
    expect(released.confirmByPhone).toBe(true);
    expect(released.confirmDueAt).toBeNull();
    expect(messagesTo(phone)).toEqual([]);
    const booked = server.shipping.booked.length;
    const confirm = await server.rest('POST', `/store/order/${invoice}/confirm-hold`, { token: s.token });
    expect(confirm.status, JSON.stringify(confirm.body)).toBe(200);
    expect((await s.client.order.detail.query({ invoice })).status).toBe('ready_to_ship');
    expect(server.shipping.booked.length - booked).toBe(1);
    expect(messagesTo(phone).filter((m) => m.template === 'order_confirm_cod')).toEqual([]);
  });
});

describe('asking the provider once', () => {
  it("asks a provider that cannot look numbers up once per checkout, though the buyer's own validation got no answer", async () => {
    const s = await shop();
    const phone = '081377779001';
    const body = checkoutBody('Pembeli Uji', phone, s.sku, 1, { payment: 'cod' });
    server.messaging.canLookUp = false;
    try {
      const asked = server.messaging.lookUps;
      const res = await server.rest('POST', `/order/${s.form.id}`, {
        body: { ...body, items: { ...body.items, wa_validation: true } },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(server.messaging.lookUps - asked).toBe(1);
      // Without the buyer's validation the checkout asks once too, for the shield and the score.
      const again = await server.rest('POST', `/order/${s.form.id}`, {
        body: checkoutBody('Pembeli Uji', '081377779002', s.sku, 1, { payment: 'cod' }),
      });
      expect(again.status).toBe(200);
      expect(server.messaging.lookUps - asked).toBe(2);
    } finally {
      server.messaging.canLookUp = true;
    }
  });
});
