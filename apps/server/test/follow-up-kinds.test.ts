import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkoutBody, demoFormId } from './demo-orders.ts';
import { demoSellerClient, startTestServer, type TestServer } from './harness.ts';

// A follow-up says what the buyer has to do: a transfer buyer is asked to pay, a COD buyer (who
// pays the courier) to confirm the order and have the cash ready. Built-in texts and the store's
// own are per kind of order, through the SDK and the REST door, on the seeded demo store.

let server: TestServer;
let seller: ReturnType<TestServer['client']>;
let token: string;
let cod: string;
/** The spec's example order: unpaid, by bank transfer. */
const transfer = 'INV0821';

/** Words that belong to paying before shipping; a COD buyer must read none of them. */
const transferTalk = /transfer|bukti|rekening|pembayaran|konfirmasi pembayaran/i;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  ({ client: seller, token } = await demoSellerClient(server));
  const phone = '081355501231';
  const res = await server.rest('POST', `/order/${demoFormId}`, {
    body: checkoutBody('Dewi Lestari', phone, 'BAT-AA-001-01', 1, { payment: 'cod' }),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  cod = (await seller.order.list.query({ q: phone, limit: 1 })).items[0]?.invoice as string;
});
afterAll(() => server?.close());

/** The text a follow-up sends, with its wa.me link decoded. */
async function rendered(invoice: string, attempt: number) {
  const preview = await seller.followUp.preview.query({ invoice, followUpAttempts: attempt });
  return { message: preview.message, link: decodeURIComponent(preview.waLink) };
}

describe('built-in follow-up texts', () => {
  it('ask a COD buyer for the cash at delivery and never about a transfer, in every attempt', async () => {
    for (const attempt of [1, 2, 3, 4]) {
      const { message, link } = await rendered(cod, attempt);
      expect(message, `attempt ${attempt}`).not.toMatch(transferTalk);
      expect(message, `attempt ${attempt}`).toContain(cod);
      expect(message, `attempt ${attempt}`).toMatch(/tunai/i);
      expect(link).not.toMatch(transferTalk);
    }
    expect((await rendered(cod, 1)).message).toMatch(/alamat/i);
  });

  it('ask a transfer buyer for the payment', async () => {
    const { message } = await rendered(transfer, 1);
    expect(message).toMatch(/Sudah transfer\?/);
    expect(message).toContain(transfer);
    // The link in it opens the CS chat about the transfer.
    expect(decodeURIComponent(message)).toContain('saya sudah transfer');
  });

  it('are what the send delivers: the COD buyer gets the COD text on WhatsApp', async () => {
    const sent = await seller.followUp.send.mutate({ invoice: cod, followUpAttempts: 1 });
    expect(sent.sent).toBe(true);
    const message = server.messaging.sent.at(-1);
    expect(message?.to).toMatch(/^62813555/);
    expect(message?.template).toBe('order_follow_up_manual_cod_1');
    expect(message?.text).not.toMatch(transferTalk);
    const attempts = await seller.followUp.attempts.query({ invoice: cod });
    expect(attempts.filter((a) => a.kind === 'manual').at(-1)?.message).toBe(message?.text);
  });
});

describe("a store's own texts", () => {
  it('are listed per kind, both kinds built-in until written', async () => {
    const list = await seller.followUp.templates.query();
    expect(list.map((t) => [t.kind, t.attempt, t.isDefault])).toEqual([
      ['prepaid', 1, true],
      ['prepaid', 2, true],
      ['prepaid', 3, true],
      ['cod', 1, true],
      ['cod', 2, true],
      ['cod', 3, true],
    ]);
  });

  it('go to their own kind of order only: a COD text to COD orders, not to transfers', async () => {
    await seller.followUp.saveTemplate.mutate({
      kind: 'cod',
      attempt: 2,
      message: 'Kak {buyer_name}, paket {invoice} kami kirim hari ini. Siapkan {total} ya.',
    });
    const { message } = await rendered(cod, 2);
    expect(message).toMatch(/^Kak Dewi Lestari, paket INV\d+ kami kirim hari ini\. Siapkan Rp[\d.]+ ya\.$/);
    expect((await rendered(transfer, 2)).message).toMatch(/Konfirmasi pembayaran/);

    // Without a kind, a text is the prepaid one (what the one text per attempt used to be).
    const rest = await server.rest('PUT', '/store/follow-up/template', {
      token,
      body: { attempt: 2, message: 'Halo {buyer_name}, transfer {total} untuk {invoice} ditunggu.' },
    });
    expect(rest.status).toBe(200);
    expect(rest.body.data).toMatchObject({ kind: 'prepaid', attempt: 2, is_default: false });
    expect((await rendered(transfer, 2)).message).toMatch(
      /^Halo Siti Rahmawati, transfer Rp[\d.]+ untuk INV0821/,
    );
    expect((await rendered(cod, 2)).message).toMatch(/^Kak Dewi Lestari/);

    const list = await seller.followUp.templates.query();
    expect(list.filter((t) => !t.isDefault).map((t) => [t.kind, t.attempt])).toEqual([
      ['prepaid', 2],
      ['cod', 2],
    ]);
  });

  it('refuse an unknown kind with a 400 naming it, and write nothing', async () => {
    const before = await server.db.followUpTemplate.count();
    const res = await server.rest('PUT', '/store/follow-up/template', {
      token,
      body: { kind: 'gateway', attempt: 1, message: 'Halo {buyer_name}' },
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors ?? {})).toEqual(['kind']);
    expect(await server.db.followUpTemplate.count()).toBe(before);
  });
});
