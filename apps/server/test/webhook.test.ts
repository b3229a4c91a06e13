import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineWebhookJobs, HttpWebhookSender, InProcessJobQueue } from '@bosonline/api';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoFormId } from './demo-orders.ts';
import {
  demoSellerClient,
  expectError,
  newSeller,
  sellerClient,
  startTestServer,
  type TestServer,
} from './harness.ts';

// Outgoing webhooks end to end: the seeded demo store subscribes a LOCAL receiver (node:http, a
// seller's own system), orders change through the real API, and the jobs run by the test clock.
// Signatures are checked with the README's own recipe, extracted from the README as written.

type Verify = (secret: string, header: string, body: string, nowSeconds?: number) => boolean;

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A seller's endpoint: records every request; answers 500 while told to fail, else 204. */
async function startReceiver() {
  const received: Received[] = [];
  let failures = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      if (failures > 0) {
        failures -= 1;
        res.writeHead(500).end('down');
      } else {
        res.writeHead(204).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/bos`,
    received,
    failNext(n: number) {
      failures = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function readmeRecipe(): Promise<Verify> {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const code = /```ts\n(\/\/ webhook-verify[\s\S]*?)```/.exec(readme)?.[1];
  if (!code) throw new Error('README has no webhook-verify snippet');
  const file = join(tmpdir(), `bos-webhook-verify-${process.pid}.ts`);
  writeFileSync(file, code);
  const module = (await import(pathToFileURL(file).href)) as { verifyBosSignature: Verify };
  return module.verifyBosSignature;
}

let server: TestServer;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let seller: ReturnType<TestServer['client']>;
let token: string;
let verify: Verify;

const nowSeconds = () => Math.floor(server.clock.now().getTime() / 1000);

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  // Orders here change only as each test changes them, not by the sandbox courier's own webhooks.
  server.shipping.lifecycle = false;
  receiver = await startReceiver();
  verify = await readmeRecipe();
});
afterAll(async () => {
  await receiver.close();
  await server.close();
});

/** Tests move the clock by days, past a token's life: log in again after each jump. */
async function logIn() {
  ({ client: seller, token } = await demoSellerClient(server));
}

beforeEach(async () => {
  await logIn();
  // Each test subscribes afresh; nothing queued by an earlier one may reach it.
  for (const hook of await seller.webhook.list.query()) await seller.webhook.delete.mutate({ id: hook.id });
  await server.runJobs();
  receiver.received.length = 0;
  receiver.failNext(0);
});

let phone = 1000;
/** Places an order on the demo store's form through the public checkout; answers the HTTP status. */
async function checkout(buyerPhone: string, payment: 'transfer' | 'cod') {
  const res = await server.rest('POST', '/order/d9cc7807-36c2-4eb1-b910-ece18a1bbb6e', {
    body: {
      receiver: {
        receiver_name: 'Pembeli Webhook',
        receiver_phone: buyerPhone,
        receiver_addr_id: 15022,
        receiver_address: 'Jl. Uji 1',
      },
      items: {
        service_code: '00',
        courier_code: 'idx',
        payment_method: payment === 'cod' ? { type: 'cod' } : { type: 'transfer', bank: 'BCA' },
        order_items: [{ item_sku: 'BAT-AA-001-01', item_qty: 1 }],
      },
    },
  });
  return res.status;
}

/** A fresh unpaid transfer order of the demo store, through the public checkout. */
async function newTransferOrder(): Promise<string> {
  phone += 1;
  const buyerPhone = `08131111${phone}`;
  expect(await checkout(buyerPhone, 'transfer')).toBe(200);
  const page = await seller.order.list.query({ q: buyerPhone, limit: 1 });
  return page.items[0]?.invoice as string;
}

async function pay(invoice: string) {
  const [account] = await seller.bankAccount.list.query({});
  await seller.order.confirmPayment.mutate({
    invoice,
    amount: (await seller.order.detail.query({ invoice })).total,
    bankAccountId: account?.id as string,
  });
}

describe('outgoing webhook deliveries', () => {
  it('retries an endpoint that fails 3 times; it gets the event exactly once more, validly signed', async () => {
    const hook = await seller.webhook.create.mutate({ url: receiver.url, events: ['order.paid'] });
    expect(hook.secret).toMatch(/^whsec_/);
    const invoice = await newTransferOrder();
    await server.runJobs();
    expect(receiver.received).toHaveLength(0); // order.created is not subscribed

    receiver.failNext(3);
    await pay(invoice);
    await server.runJobs();
    expect(receiver.received).toHaveLength(1);
    for (const wait of [60_000, 120_000, 240_000]) {
      server.clock.advance(wait - 1000);
      await server.runJobs();
      const before = receiver.received.length;
      server.clock.advance(1000);
      await server.runJobs();
      expect(receiver.received).toHaveLength(before + 1);
    }
    expect(receiver.received).toHaveLength(4);
    // Nothing more, however long we wait.
    server.clock.advance(2 * 86_400_000);
    await server.runJobs();
    expect(receiver.received).toHaveLength(4);
    await logIn();

    const last = receiver.received[3] as Received;
    const signature = String(last.headers['x-bos-signature']);
    expect(verify(hook.secret, signature, last.body, nowSeconds() - 2 * 86_400)).toBe(true);
    expect(verify('whsec_wrong', signature, last.body, nowSeconds() - 2 * 86_400)).toBe(false);
    expect(verify(hook.secret, signature, `${last.body} `, nowSeconds() - 2 * 86_400)).toBe(false);
    // A replay days later is refused by the recipe's timestamp check.
    expect(verify(hook.secret, signature, last.body, nowSeconds())).toBe(false);
    const eventIds = new Set(receiver.received.map((r) => r.headers['x-bos-event-id']));
    expect(eventIds.size).toBe(1);
    expect(last.headers['x-bos-event']).toBe('order.paid');
    expect(last.headers['x-bos-attempt']).toBe('4');
    const event = JSON.parse(last.body);
    expect(event).toMatchObject({
      id: [...eventIds][0],
      type: 'order.paid',
      data: { order: { invoice, status: 'paid', previous_status: 'unpaid' } },
    });

    const log = await seller.webhook.deliveries.query({ id: hook.id });
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({
      status: 'delivered',
      attempts: 4,
      lastStatusCode: 204,
      eventType: 'order.paid',
    });
    expect(log.items[0]?.attemptLog.map((a) => a.statusCode)).toEqual([500, 500, 500, 204]);
  });

  it('sends each subscribed event of a change once, and redelivers on request with the same event id', async () => {
    const hook = await seller.webhook.create.mutate({
      url: receiver.url,
      events: ['order.created', 'order.status_changed', 'order.paid', 'order.delivered'],
    });
    const invoice = await newTransferOrder();
    server.clock.advance(15_000); // checkout has no job queue at hand: the periodic sweep sends it
    await server.runJobs();
    await pay(invoice);
    await server.runJobs();
    const types = receiver.received.map((r) => r.headers['x-bos-event']).sort();
    expect(types).toEqual(['order.created', 'order.paid', 'order.status_changed']);

    const log = await seller.webhook.deliveries.query({ id: hook.id, limit: 2 });
    expect(log.items).toHaveLength(2);
    expect(log.nextCursor).not.toBeNull();
    const rest = await seller.webhook.deliveries.query({
      id: hook.id,
      limit: 2,
      cursor: log.nextCursor ?? undefined,
    });
    expect(rest.items).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
    const all = [...log.items, ...rest.items];
    expect(new Set(all.map((d) => d.id)).size).toBe(3);

    const created = all.find((d) => d.eventType === 'order.created');
    const again = await server.rest('POST', `/store/webhook/${hook.id}/delivery/${created?.id}/redeliver`, {
      token,
    });
    expect(again.status).toBe(200);
    await server.runJobs();
    expect(receiver.received).toHaveLength(4);
    expect(receiver.received[3]?.headers['x-bos-event-id']).toBe(created?.eventId);
    // A pending delivery cannot be redelivered twice at once.
    await server.rest('POST', `/store/webhook/${hook.id}/delivery/${created?.id}/redeliver`, { token });
    const twice = await server.rest('POST', `/store/webhook/${hook.id}/delivery/${created?.id}/redeliver`, {
      token,
    });
    expect(twice.status).toBe(409);
  });

  it("sends a COD order's AWB at once and holds its order.created a minute; an undone order sends nothing", async () => {
    await seller.webhook.create.mutate({
      url: receiver.url,
      events: ['order.created', 'order.awb_assigned'],
    });
    server.shipping.failingBookings = true;
    try {
      expect(await checkout('081322220001', 'cod')).toBe(503);
    } finally {
      server.shipping.failingBookings = false;
    }
    expect(await checkout('081322220002', 'cod')).toBe(200);
    await server.runJobs();
    expect(receiver.received.map((r) => r.headers['x-bos-event'])).toEqual(['order.awb_assigned']);
    server.clock.advance(60_000);
    await server.runJobs();
    expect(receiver.received.map((r) => r.headers['x-bos-event'])).toEqual([
      'order.awb_assigned',
      'order.created',
    ]);
    const created = JSON.parse(receiver.received[1]?.body ?? '{}');
    expect(created.data.order).toMatchObject({ buyer_phone: '6281322220002', payment_method: 'cod' });
    const awb = JSON.parse(receiver.received[0]?.body ?? '{}');
    expect(awb.data.order.awb).toEqual(expect.any(String));
  });

  it('delivers what a previous process left in the outbox, once, when the next one starts', async () => {
    await seller.webhook.create.mutate({ url: receiver.url, events: ['order.paid'] });
    const invoice = await newTransferOrder();
    // The process's queue stops (as at a crash) before it runs the delivery the payment queues…
    await server.deps.jobs.stop();
    await pay(invoice);
    // …and a new process, with a new in-memory queue, starts on the same database.
    const next = new InProcessJobQueue(server.clock, pino({ level: 'silent' }));
    defineWebhookJobs({ ...server.deps, jobs: next });
    await next.runDue();
    await server.deps.jobs.start();
    expect(receiver.received.map((r) => r.headers['x-bos-event'])).toEqual(['order.paid']);
    // The old process's queued job, should it still run, finds the delivery done.
    await server.runJobs();
    expect(receiver.received).toHaveLength(1);
  });
});

describe('orders held before they may go on', () => {
  const events = ['order.created', 'order.status_changed', 'order.paid', 'order.awb_assigned'] as const;
  const received = () => receiver.received.map((r) => r.headers['x-bos-event']);
  const bodyOf = (i: number) => JSON.parse(receiver.received[i]?.body ?? '{}');
  const orderOf = (buyerPhone: string) =>
    server.db.order.findFirstOrThrow({ where: { buyerPhone: `62${buyerPhone.slice(1)}` } });
  /** Past the checkout's own delay and the sweep: anything queued would have gone by now. */
  async function drain() {
    server.clock.advance(61_000);
    await server.runJobs();
  }

  it('announces an order the Order Shield held only once released, as a new order; a spam one never', async () => {
    await seller.webhook.create.mutate({ url: receiver.url, events: [...events] });
    const phones = ['081344441001', '081344441002'] as const;
    const blocks = [];
    for (const value of phones) {
      blocks.push(await seller.shield.addBlock.mutate({ kind: 'phone', value, reason: 'Uji webhook' }));
    }
    try {
      for (const value of phones) expect(await checkout(value, 'transfer')).toBe(200);
    } finally {
      for (const block of blocks) await seller.shield.removeBlock.mutate({ id: block.id });
    }
    const [kept, spam] = await Promise.all(phones.map(orderOf));
    expect([kept?.status, spam?.status]).toEqual(['suspicious', 'suspicious']);
    await drain();
    expect(received()).toEqual([]);

    await seller.shield.release.mutate({ invoice: kept?.invoice as string });
    await seller.shield.markSpam.mutate({ invoice: spam?.invoice as string });
    await drain();
    expect(received()).toEqual(['order.created']);
    expect(bodyOf(0).data.order).toMatchObject({
      invoice: kept?.invoice,
      status: 'unpaid',
      previous_status: null,
    });

    // From then on it is an order like any other.
    await pay(kept?.invoice as string);
    await server.runJobs();
    expect(received().slice(1).sort()).toEqual(['order.paid', 'order.status_changed']);
    expect(receiver.received.some((r) => r.body.includes(spam?.invoice as string))).toBe(false);
  });

  it('announces a COD order held for the buyer’s confirmation once confirmed; an unconfirmed one never', async () => {
    await seller.webhook.create.mutate({ url: receiver.url, events: [...events] });
    await seller.form.update.mutate({
      id: demoFormId,
      riskPolicy: { threshold: 0.3, action: 'hold_confirm', confirmHours: 6 },
    });
    const phones = ['081344442001', '081344442002'] as const;
    try {
      for (const value of phones) expect(await checkout(value, 'cod')).toBe(200);
    } finally {
      await seller.form.update.mutate({ id: demoFormId, riskPolicy: { action: 'none' } });
    }
    const [confirmed, lapsed] = await Promise.all(phones.map(orderOf));
    expect([confirmed?.status, lapsed?.status]).toEqual(['awaiting_confirmation', 'awaiting_confirmation']);
    await drain();
    expect(received()).toEqual([]);

    const token = server.messaging.sent
      .filter((m) => m.to === confirmed?.buyerPhone && m.template === 'order_confirm_cod')
      .at(-1)
      ?.params.at(-1);
    const answer = await server.rest('POST', '/order/held/confirm', { body: { token } });
    expect(answer.status).toBe(200);
    await server.runJobs();
    // Booked with the courier at once: its AWB comes with it (arrival order is not promised).
    expect([...received()].sort()).toEqual(['order.awb_assigned', 'order.created', 'order.status_changed']);
    expect(bodyOf(received().indexOf('order.created')).data.order).toMatchObject({
      invoice: confirmed?.invoice,
      payment_method: 'cod',
      previous_status: null,
    });
    expect(bodyOf(received().indexOf('order.status_changed')).data.order).toMatchObject({
      previous_status: 'booking',
      status: 'ready_to_ship',
    });

    // The other buyer never confirms: the window runs out, the order is canceled, nothing is sent.
    server.clock.advance(6 * 3_600_000);
    await server.runJobs();
    await logIn();
    expect((await server.db.order.findUniqueOrThrow({ where: { id: lapsed?.id } })).status).toBe('canceled');
    expect(receiver.received.some((r) => r.body.includes(lapsed?.invoice as string))).toBe(false);
  });
});

describe('webhook settings', () => {
  it('shows the secret once, on create and on rotation; rotation signs with the new one only', async () => {
    const created = await server.rest('POST', '/store/webhook', {
      token,
      body: { url: receiver.url, events: ['order.created', 'order.paid'] },
    });
    expect(created.status).toBe(201);
    const first = created.body.data as { id: string; secret: string };
    expect(first.secret).toMatch(/^whsec_/);
    const listed = await server.rest('GET', '/store/webhook', { token });
    expect(JSON.stringify(listed.body)).not.toContain(first.secret);
    expect(listed.body.data).toEqual([expect.objectContaining({ id: first.id, url: receiver.url })]);

    const rotated = await seller.webhook.rotateSecret.mutate({ id: first.id });
    expect(rotated.secret).not.toBe(first.secret);
    const ping = await seller.webhook.ping.mutate({ id: first.id });
    expect(ping).toMatchObject({ ok: true, statusCode: 204 });
    const sent = receiver.received.at(-1) as Received;
    expect(sent.headers['x-bos-event']).toBe('ping');
    const signature = String(sent.headers['x-bos-signature']);
    expect(verify(rotated.secret, signature, sent.body, nowSeconds())).toBe(true);
    expect(verify(first.secret, signature, sent.body, nowSeconds())).toBe(false);
  });

  it('answers a ping with what the endpoint said, logs it, and does not retry a failed one', async () => {
    const hook = await seller.webhook.create.mutate({ url: receiver.url, events: ['order.paid'] });
    receiver.failNext(1);
    const ping = await server.rest('POST', `/store/webhook/${hook.id}/ping`, { token });
    expect(ping.status).toBe(200);
    expect(ping.body.data).toMatchObject({ ok: false, status_code: 500 });
    server.clock.advance(86_400_000);
    await server.runJobs();
    expect(receiver.received).toHaveLength(1);
    await logIn();
    const log = await seller.webhook.deliveries.query({ id: hook.id });
    expect(log.items[0]).toMatchObject({
      eventType: 'ping',
      status: 'failed',
      attempts: 1,
      lastStatusCode: 500,
    });
  });

  it("answers 404 for another store's webhook, on both doors", async () => {
    const hook = await seller.webhook.create.mutate({ url: receiver.url, events: ['order.paid'] });
    const other = await sellerClient(server);
    await expectError(other.client.webhook.detail.query({ id: hook.id }), 'NOT_FOUND');
    await expectError(other.client.webhook.rotateSecret.mutate({ id: hook.id }), 'NOT_FOUND');
    await expectError(other.client.webhook.ping.mutate({ id: hook.id }), 'NOT_FOUND');
    await expectError(other.client.webhook.deliveries.query({ id: hook.id }), 'NOT_FOUND');
    const rest = await server.rest('DELETE', `/store/webhook/${hook.id}`, { token: other.token });
    expect(rest.status).toBe(404);
    expect(receiver.received).toHaveLength(0);
    expect(await seller.webhook.list.query()).toHaveLength(1);
  });

  it("is the owner's alone: a store admin gets 403", async () => {
    const owner = await sellerClient(server);
    const person = newSeller();
    await owner.client.staff.create.mutate({ ...person, role: 'admin' });
    const tokens = await server
      .client()
      .auth.login.mutate({ login: person.email, password: person.password });
    const admin = server.client({ token: tokens.accessToken });
    await expectError(admin.webhook.list.query(), 'FORBIDDEN');
    await expectError(
      admin.webhook.create.mutate({ url: receiver.url, events: ['order.paid'] }),
      'FORBIDDEN',
    );
    expect(await owner.client.webhook.list.query()).toEqual([]);
  });

  it('refuses targets inside the network (SSRF) and non-https ones, writing nothing', async () => {
    for (const url of [
      'http://10.0.0.7/hook',
      'http://169.254.169.254/latest/meta-data',
      'https://192.168.1.10/hook',
      'https://[fd00::1]/hook',
      'http://shop.example.com/hook',
      'https://user:pw@shop.example.com/hook',
      'ftp://shop.example.com/hook',
    ]) {
      const res = await server.rest('POST', '/store/webhook', {
        token,
        body: { url, events: ['order.paid'] },
      });
      expect(res.status, url).toBe(400);
    }
    expect(await seller.webhook.list.query()).toHaveLength(0);
  });
});

describe('the production sender', () => {
  const production = new HttpWebhookSender({ allowLoopback: false, timeoutMs: 2000 });
  afterAll(() => production.close());

  it('refuses loopback, private and reserved targets, allows public https ones', async () => {
    for (const url of [
      'https://127.0.0.1/hook',
      'https://localhost/hook',
      'https://[::1]/hook',
      'https://10.1.2.3/hook',
      'https://100.64.0.1/hook',
      'https://0.0.0.0/hook',
      'https://metadata.internal/hook',
      'http://shop.example.com/hook',
    ]) {
      expect(production.refusal(url), url).not.toBeNull();
    }
    expect(production.refusal('https://shop.example.com/hooks/bos')).toBeNull();
    expect(production.refusal('https://8.8.8.8/hook')).toBeNull();
  });

  it('never connects to this machine, even when asked directly', async () => {
    const result = await production.post(receiver.url, {}, '{}');
    expect(result.statusCode).toBeNull();
    expect(result.error).toMatch(/Refused/);
    expect(receiver.received).toHaveLength(0);
  });
});
