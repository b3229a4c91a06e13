import { signStatusWebhook, statusWebhookBody } from '@bosonline/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { newTransferOrder as placeTransferOrder } from './demo-orders.ts';
import { type FakeWhatsApp, startFakeWhatsApp } from './fakes/whatsapp.ts';
import { demoSellerClient, expectError, startTestServer, type TestServer } from './harness.ts';

// The WhatsApp Cloud API adapter against a local fake Graph API, and its signed status webhook
// driving the delivery status a seller sees on the order's follow-ups.

const graph = { token: 'test-graph-token', phoneNumberId: '106540352242922' };
const appSecret = 'whatsapp-app-secret-for-tests';
const verifyToken = 'verify-me-please';

let fake: FakeWhatsApp;
let server: TestServer;
let token: string;
let seller: ReturnType<TestServer['client']>;

async function newTransferOrder(phone: string): Promise<string> {
  const invoice = await placeTransferOrder(server, seller, phone, 'Pembeli WA');
  // This file is about messages sent by hand; the automatic plan (jobs.test.ts) is set aside.
  await server.db.orderFollowUp.deleteMany({ where: { order: { invoice }, status: 'scheduled' } });
  return invoice;
}

function webhook(body: unknown, signature?: string) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  return fetch(`${server.url}/webhook/whatsapp`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-hub-signature-256': signature ?? signStatusWebhook(raw, appSecret),
    },
    body: raw,
  });
}

const statusOf = (messageId: string, status: 'sent' | 'delivered' | 'read' | 'failed', at: Date) =>
  statusWebhookBody({
    messageId,
    status,
    at,
    recipient: '6281311119999',
    phoneNumberId: graph.phoneNumberId,
  });

beforeAll(async () => {
  fake = await startFakeWhatsApp(graph.token, graph.phoneNumberId);
  server = await startTestServer({
    seed: true,
    env: {
      MESSAGING_PROVIDER: 'whatsapp-cloud',
      WHATSAPP_API_URL: fake.url,
      WHATSAPP_TOKEN: graph.token,
      WHATSAPP_PHONE_NUMBER_ID: graph.phoneNumberId,
      WHATSAPP_APP_SECRET: appSecret,
      WHATSAPP_VERIFY_TOKEN: verifyToken,
      WHATSAPP_TIMEOUT_MS: '300',
    },
  });
  ({ client: seller, token } = await demoSellerClient(server));
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
});

describe('follow-up through the WhatsApp Cloud API', () => {
  it('sends the template, and the signed status webhook shows "delivered" on the order detail', async () => {
    const invoice = await newTransferOrder('081311119999');
    fake.mode = 'ok';
    const res = await server.rest('POST', '/store/order/follow-up', {
      token,
      body: { invoice, follow_up_attempts: 1 },
    });
    expect(res.status).toBe(200);
    const request = fake.requests.at(-1);
    expect(request?.authorization).toBe(`Bearer ${graph.token}`);
    expect(request?.body).toMatchObject({
      messaging_product: 'whatsapp',
      to: '6281311119999',
      type: 'template',
      template: { name: 'order_follow_up_1', language: { code: 'id' } },
    });
    const template = request?.body.template as { components: Array<{ parameters: Array<{ text: string }> }> };
    const params = template.components[0]?.parameters.map((p) => p.text);
    expect(params?.[0]).toBe('Pembeli WA');
    expect(params?.[1]).toBe(invoice);

    const row = await server.db.orderFollowUp.findFirstOrThrow({ where: { order: { invoice } } });
    expect(row.messageId).toMatch(/^wamid\./);
    expect((await seller.order.detail.query({ invoice })).followUps[0]?.delivery).toBeNull();

    const at = new Date('2026-12-02T10:00:00Z');
    const delivered = await webhook(statusOf(row.messageId as string, 'delivered', at));
    expect(delivered.status).toBe(200);
    const detail = await seller.order.detail.query({ invoice });
    expect(detail.followUps[0]?.delivery).toEqual({ status: 'delivered', at, error: null });
    const rest = await server.rest('GET', `/store/order/${invoice}`, { token });
    expect(
      (rest.body.data as { follow_ups: Array<{ delivery: unknown }> }).follow_ups[0]?.delivery,
    ).toMatchObject({
      status: 'delivered',
    });

    // A replay changes nothing; a late "sent" never moves the status backwards; "read" moves it on.
    const replay = await webhook(statusOf(row.messageId as string, 'delivered', at));
    expect(replay.status).toBe(200);
    expect(await replay.json()).toMatchObject({ changed: 0 });
    await webhook(statusOf(row.messageId as string, 'sent', new Date(at.getTime() - 1000)));
    expect((await seller.order.detail.query({ invoice })).followUps[0]?.delivery?.status).toBe('delivered');
    await webhook(statusOf(row.messageId as string, 'read', new Date(at.getTime() + 60_000)));
    const attempts = await seller.followUp.attempts.query({ invoice });
    expect(attempts[0]?.delivery?.status).toBe('read');
  });

  it('refuses a forged signature (401) and changes nothing', async () => {
    const invoice = await newTransferOrder('081311118888');
    await seller.followUp.send.mutate({ invoice, followUpAttempts: 1 });
    const row = await server.db.orderFollowUp.findFirstOrThrow({ where: { order: { invoice } } });
    const body = JSON.stringify(statusOf(row.messageId as string, 'delivered', new Date()));
    const forged = await webhook(body, signStatusWebhook(body, 'not-the-app-secret'));
    expect(forged.status).toBe(401);
    const unsigned = await fetch(`${server.url}/webhook/whatsapp`, { method: 'POST', body });
    expect(unsigned.status).toBe(401);
    // A body changed after signing fails too.
    const tampered = await webhook(body.replace('delivered', 'read'), signStatusWebhook(body, appSecret));
    expect(tampered.status).toBe(401);
    expect((await seller.order.detail.query({ invoice })).followUps[0]?.delivery).toBeNull();
  });

  it('answers a signed but malformed body with 400, and an unknown message id with 200', async () => {
    expect((await webhook('{"object":')).status).toBe(400);
    expect((await webhook({ object: 'whatsapp_business_account', entry: 'x' })).status).toBe(400);
    const unknown = await webhook(statusOf('wamid.unknown', 'delivered', new Date()));
    expect(unknown.status).toBe(200);
  });

  it('remembers a number WhatsApp reports undeliverable, for the WA checks', async () => {
    const bounce = statusWebhookBody({
      messageId: 'wamid.bounced',
      status: 'failed',
      at: new Date(),
      recipient: '6281311115555',
      error: { code: 131026, title: 'Message undeliverable' },
    });
    expect((await webhook(bounce)).status).toBe(200);
    const rest = await server.rest('GET', '/store/validation-wa?phone=081311115555', { token });
    // WhatsApp's bounce is a fact about the number.
    expect(rest.body.data).toEqual({ phone: '6281311115555', valid: false, checked: true });
    // The Cloud API has no look-up (INTEGRATIONS.md documents none): any other number is valid
    // until WhatsApp says otherwise, and the answer says it was not checked. Nothing is asked of
    // the provider and nothing is cached, so a later bounce is what the next check answers.
    const asked = fake.requests.length;
    expect(await seller.whatsapp.validateNumber.query({ phone: '081311114444' })).toEqual({
      phone: '6281311114444',
      valid: true,
      checked: false,
    });
    expect(fake.requests.length).toBe(asked);
    expect(await server.db.whatsappCheck.findUnique({ where: { phone: '6281311114444' } })).toBeNull();
  });

  it('answers the subscription handshake only with the verify token', async () => {
    const ok = await fetch(
      `${server.url}/webhook/whatsapp?hub.mode=subscribe&hub.verify_token=${verifyToken}&hub.challenge=1158201444`,
    );
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    const wrong = await fetch(
      `${server.url}/webhook/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1`,
    );
    expect(wrong.status).toBe(403);
  });

  it('falls back to the rendered text when the template is not approved', async () => {
    const invoice = await newTransferOrder('081311117777');
    fake.mode = 'template-missing';
    const result = await seller.followUp.send.mutate({ invoice, followUpAttempts: 2 });
    fake.mode = 'ok';
    expect(result.sent).toBe(true);
    const last = fake.requests.at(-1)?.body;
    expect(last).toMatchObject({ type: 'text', to: '6281311117777' });
    expect(last?.text).toMatchObject({ body: expect.stringContaining(invoice) });
  });

  it('is a 503 when the API is down or silent, with the attempt kept for sending by hand', async () => {
    const invoice = await newTransferOrder('081311116666');
    fake.mode = 'down';
    await expectError(seller.followUp.send.mutate({ invoice, followUpAttempts: 1 }), 'SERVICE_UNAVAILABLE');
    fake.mode = 'hang';
    const started = Date.now();
    await expectError(seller.followUp.send.mutate({ invoice, followUpAttempts: 1 }), 'SERVICE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(5_000);
    fake.mode = 'ok';
    const attempts = await seller.followUp.attempts.query({ invoice });
    expect(attempts.map((a) => a.status)).toEqual(['failed', 'failed']);
    expect(attempts[0]?.waLink).toMatch(/^https:\/\/wa\.me\/6281311116666\?text=/);
  });
});

describe('configuration', () => {
  it('refuses to start whatsapp-cloud without its secrets', () => {
    expect(() =>
      loadConfig({ JWT_SECRET: 'x'.repeat(32), MESSAGING_PROVIDER: 'whatsapp-cloud', WHATSAPP_TOKEN: 't' }),
    ).toThrow(ConfigError);
    expect(() =>
      loadConfig({ JWT_SECRET: 'x'.repeat(32), MESSAGING_PROVIDER: 'whatsapp-cloud', WHATSAPP_TOKEN: 't' }),
    ).toThrow(/WHATSAPP_APP_SECRET: required/);
  });
});

describe('sandbox status callbacks', () => {
  let sandbox: TestServer;
  beforeAll(async () => {
    sandbox = await startTestServer({ seed: true });
  });
  afterAll(() => sandbox?.close());

  it('reports sent, delivered and read through the webhook code, by the app clock', async () => {
    const { client } = await demoSellerClient(sandbox);
    const { invoice } = (await client.order.list.query({ limit: 1 })).items[0] as { invoice: string };
    await client.followUp.send.mutate({ invoice, followUpAttempts: 1 });
    const delivery = async () => (await client.order.detail.query({ invoice })).followUps.at(-1)?.delivery;
    expect(await delivery()).toBeNull();
    sandbox.clock.advance(3_000);
    await sandbox.runJobs();
    expect((await delivery())?.status).toBe('delivered');
    sandbox.clock.advance(60_000);
    await sandbox.runJobs();
    expect((await delivery())?.status).toBe('read');
  });

  it('answers Validation Number WA With store for a logged-in seller only', async () => {
    const { token: accessToken } = await demoSellerClient(sandbox);
    const none = await sandbox.rest('GET', '/store/validation-wa?phone=081234567000', { token: accessToken });
    expect(none).toEqual({
      status: 200,
      body: { message: 'Success', data: { phone: '6281234567000', valid: false, checked: true } },
    });
    const some = await sandbox.rest('GET', '/store/validation-wa?phone=081234567004', { token: accessToken });
    expect(some.body.data).toEqual({ phone: '6281234567004', valid: true, checked: true });
    expect((await sandbox.rest('GET', '/store/validation-wa?phone=abc', { token: accessToken })).status).toBe(
      400,
    );
    expect((await sandbox.rest('GET', '/store/validation-wa?phone=081234567004')).status).toBe(401);
  });
});
