import { gunzipSync } from 'node:zlib';
import { fieldErrors } from '@bosonline/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStore } from '../src/seed/demo-store.ts';
import { demoSellerClient, expectError, startTestServer, type TestServer } from './harness.ts';

// What the embeddable checkout stands on: its script, the hosted page, cross-origin calls, the
// order summary and the form's own buyer fields.

const formId = demoStore.form.id;
let server: TestServer;
let seller: ReturnType<TestServer['client']>;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  ({ client: seller } = await demoSellerClient(server));
});
afterAll(() => server?.close());

const order = (
  overrides: { detail?: { fieldName: string; value: string | null }[]; phone?: string } = {},
) => ({
  id: formId,
  receiver: {
    receiverName: 'Budi Santoso',
    receiverPhone: overrides.phone ?? '081377770001',
    receiverAddrId: 76518,
    receiverAddress: 'Jl. Raya Buduran 12',
    receiverDetail: overrides.detail ?? [],
  },
  items: {
    courierCode: 'idx',
    serviceCode: '00',
    paymentMethod: { type: 'bank_transfer' as const },
    orderItems: [{ itemSku: 'BAT-AA-001-01', itemQty: 2 }],
  },
});

describe('GET /widget/bos-checkout.js', () => {
  it('serves the built widget, gzipped when asked, cacheable, and revalidated by ETag', async () => {
    const plain = await fetch(`${server.url}/widget/bos-checkout.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const code = await plain.text();
    expect(code).toContain('bos-checkout');

    // Node's fetch would unzip by itself; ask over a raw request to see the bytes on the wire.
    const { request } = await import('node:http');
    const zipped = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      request(`${server.url}/widget/bos-checkout.js`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    });
    expect(zipped.encoding).toBe('gzip');
    expect(gunzipSync(zipped.body).toString()).toBe(code);
    expect(zipped.body.length).toBeLessThan(35 * 1024);

    const etag = plain.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(`${server.url}/widget/bos-checkout.js`, {
      headers: { 'if-none-match': etag! },
    });
    expect(again.status).toBe(304);
    expect(plain.headers.get('cache-control')).toContain('max-age=300');
  });
});

describe('GET /f/{slug}', () => {
  it('is a page embedding the widget for the form, English with ?lang=en', async () => {
    const res = await fetch(`${server.url}/f/kopi-arabica`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const page = await res.text();
    expect(page).toContain(`<bos-checkout form="${formId}" lang="id"></bos-checkout>`);
    expect(page).toContain('<script src="/widget/bos-checkout.js" defer></script>');
    expect(page).toContain('<title>Kopi Arabica · Toko Demo bosOnline</title>');
    expect(page).toContain('<meta name="theme-color" content="#6f4e37">');
    expect(await (await fetch(`${server.url}/f/KOPI-ARABICA?lang=en`)).text()).toContain('lang="en"');
  });

  it('escapes what sellers typed', async () => {
    await seller.form.update.mutate({ id: formId, name: 'Kopi "Arabica" <script>alert(1)</script>' });
    try {
      const page = await (await fetch(`${server.url}/f/kopi-arabica`)).text();
      expect(page).not.toContain('<script>alert(1)');
      expect(page).toContain('Kopi &quot;Arabica&quot; &lt;script&gt;alert(1)&lt;/script&gt;');
    } finally {
      await seller.form.update.mutate({ id: formId, name: demoStore.form.name });
    }
  });

  it('answers 404 for an unknown slug and for a form the seller switched off', async () => {
    const unknown = await fetch(`${server.url}/f/no-such-form`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Formulir pesanan ini tidak ada atau sudah ditutup.');

    await seller.form.setStatus.mutate({ ids: [formId], status: 'inactive' });
    try {
      expect((await fetch(`${server.url}/f/kopi-arabica`)).status).toBe(404);
    } finally {
      await seller.form.setStatus.mutate({ ids: [formId], status: 'active' });
    }
  });
});

describe('cross-origin calls', () => {
  it('lets a seller’s own site call the API (preflight and answer), without cookies', async () => {
    const preflight = await fetch(`${server.url}/trpc/checkout.createOrder`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://toko-pak-budi.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,idempotency-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('idempotency-key');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();

    const answer = await fetch(`${server.url}/trpc/region.provinces`, {
      headers: { origin: 'https://toko-pak-budi.example' },
    });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('checkout.quote', () => {
  it('is what the order then charges, and writes nothing', async () => {
    const buyer = server.client();
    const before = await server.db.order.count();
    const quote = await buyer.checkout.quote.query({
      id: formId,
      receiver: { receiverAddrId: 76518 },
      items: order().items,
    });
    expect(quote).toMatchObject({
      itemsTotal: 90_000,
      codFee: 0,
      lines: [{ sku: 'BAT-AA-001-01', quantity: 2, price: 45_000 }],
    });
    expect(quote.total).toBe(quote.itemsTotal + quote.shippingCost + quote.insuranceFee);
    expect(await server.db.order.count()).toBe(before);

    const placed = await buyer.checkout.createOrder.mutate(order());
    expect(placed.totalPayment).toBe(quote.total);
  });

  it('names the field at fault: an unknown voucher, a courier the form does not offer', async () => {
    const quoteWith = (change: { discountVoucherCode?: string; courierCode?: string }) =>
      expectError(
        server.client().checkout.quote.query({
          id: formId,
          receiver: { receiverAddrId: 76518 },
          items: { ...order().items, ...change },
        }),
        'BAD_REQUEST',
      );
    const voucher = await quoteWith({ discountVoucherCode: 'NOPE' });
    expect(fieldErrors(voucher)).toEqual({
      'items.discountVoucherCode': ['Unknown discount voucher "NOPE"'],
    });
    const courier = await quoteWith({ courierCode: 'tiki' });
    expect(Object.keys(fieldErrors(courier))).toEqual(['items.courierCode']);
  });
});

describe('checkout.receipt', () => {
  it('shows the buyer who placed it the invoice and what they ordered, and nothing to anyone else', async () => {
    const buyer = server.client();
    const idempotencyKey = 'receipt-test-key-0001';
    const placed = await buyer.checkout.createOrder.mutate({
      ...order({ phone: '081377770042' }),
      idempotencyKey,
    });
    // Any spelling of the buyer's number will do.
    const receipt = await buyer.checkout.receipt.query({
      formId,
      idempotencyKey,
      phone: '+62 813-7777-0042',
    });
    const stored = await server.db.order.findFirstOrThrow({ where: { formId, idempotencyKey } });
    expect(receipt).toMatchObject({
      invoice: stored.invoice,
      status: 'unpaid',
      paymentMethod: 'bank_transfer',
      courierCode: 'idx',
      serviceCode: '00',
      itemsTotal: 90_000,
      otherFeesTotal: 0,
      total: placed.totalPayment,
      lines: [{ sku: 'BAT-AA-001-01', quantity: 2, price: 45_000 }],
    });
    expect(receipt.invoice).toMatch(/^INV\d+$/);
    // No personal data: the page that placed the order has the buyer's name and address already.
    expect(JSON.stringify(receipt)).not.toMatch(/Budi|Buduran|6281377770042/);

    const notFound = (input: { formId?: string; idempotencyKey?: string; phone?: string }) =>
      expectError(
        buyer.checkout.receipt.query({ formId, idempotencyKey, phone: '081377770042', ...input }),
        'NOT_FOUND',
      );
    await notFound({ phone: '081377770043' });
    await notFound({ idempotencyKey: 'receipt-test-key-0002' });
    await notFound({ formId: '00000000-0000-4000-8000-000000000000' });
    const bad = await expectError(
      buyer.checkout.receipt.query({ formId, idempotencyKey: 'short', phone: 'nope' }),
      'BAD_REQUEST',
    );
    expect(Object.keys(fieldErrors(bad)).sort()).toEqual(['idempotencyKey', 'phone']);
  });
});

describe('the form’s own buyer fields on an order', () => {
  it('requires the required ones, checks each filled one against its type, and keeps the rest', async () => {
    await seller.form.update.mutate({
      id: formId,
      customFields: [
        { key: 'size', label: 'Ukuran', type: 'select', options: ['250 g', '1 kg'], required: true },
        { key: 'email', label: 'Alamat Email', type: 'email', required: false },
        { key: 'birthday', label: 'Tanggal lahir', type: 'date', required: false },
      ],
    });
    try {
      const buyer = server.client();
      const before = await server.db.order.count();
      const refused = (detail?: { fieldName: string; value: string }[]) =>
        expectError(buyer.checkout.createOrder.mutate(order({ detail })), 'BAD_REQUEST');
      const missing = await refused();
      expect(fieldErrors(missing)).toEqual({ 'receiver.receiverDetail.size': ['Ukuran is required'] });

      const wrong = await refused([
        { fieldName: 'Ukuran', value: '5 kg' },
        { fieldName: 'alamat email', value: 'not-an-email' },
        { fieldName: 'birthday', value: '2026-13-45' },
      ]);
      expect(fieldErrors(wrong)).toEqual({
        'receiver.receiverDetail.size': ['Ukuran must be one of 250 g, 1 kg'],
        'receiver.receiverDetail.email': ['Alamat Email must be an email address'],
        'receiver.receiverDetail.birthday': ['Tanggal lahir must be a date (YYYY-MM-DD)'],
      });
      expect(await server.db.order.count()).toBe(before);
      const notADay = await refused([
        { fieldName: 'Ukuran', value: '1 kg' },
        { fieldName: 'Tanggal lahir', value: '2026-02-31' },
      ]);
      expect(Object.keys(fieldErrors(notADay))).toEqual(['receiver.receiverDetail.birthday']);

      await buyer.checkout.createOrder.mutate(
        order({
          phone: '081377770002',
          detail: [
            { fieldName: 'Ukuran', value: '1 kg' },
            { fieldName: 'Nama Pembeli', value: 'Ibu Budi' },
          ],
        }),
      );
      const saved = await server.db.order.findFirstOrThrow({ where: { buyerPhone: '6281377770002' } });
      expect(saved.buyerDetails).toEqual([
        { fieldName: 'Ukuran', value: '1 kg' },
        { fieldName: 'Nama Pembeli', value: 'Ibu Budi' },
      ]);
    } finally {
      await seller.form.update.mutate({
        id: formId,
        customFields: [{ key: 'email', label: 'Alamat Email', type: 'email', required: false }],
      });
    }
  });
});
