import { canTransition, manualStatuses, orderStatuses, orderStatusLabelsId } from '@bosonline/contracts';
import { fieldErrors } from '@bosonline/sdk';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../src/seed/demo.ts';
import { demoCs } from '../src/seed/demo-orders.ts';
import { newTransferOrder as placeTransferOrder } from './demo-orders.ts';
import { expectError, sellerClient, startTestServer, type TestServer } from './harness.ts';

// The seller's side of orders against the seeded demo store: the spec's two documented requests
// verbatim, edits and their guards, the status machine, payment confirmation, list vs recap.

let server: TestServer;
let token: string;
let seller: ReturnType<TestServer['client']>;

async function login(email: string, password: string) {
  const tokens = await server.client().auth.login.mutate({ login: email, password });
  return tokens.accessToken;
}

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  token = await login(demoAccounts.seller.email, demoAccounts.seller.password);
  seller = server.client({ token });
});
afterAll(() => server.close());

/** A fresh unpaid transfer order of the demo store, through the public checkout. */
function newTransferOrder(): Promise<string> {
  return placeTransferOrder(server, seller);
}

describe('PUT /store/order/{id}/detail/customer (spec)', () => {
  const specBody = {
    customer_name: 'PUTRI',
    customer_phone: '081765123451',
    customer_email: 'nurhadi@gmail.com',
    addr_id: 76518,
    city: 'Sidoarjo',
    district: 'Buduran',
    customer_address: 'Desa Banjarkemantren',
  };

  it('answers exactly the spec body and the change shows in Detail Order, re-priced', async () => {
    const before = await seller.order.detail.query({ invoice: 'INV57123' });
    const res = await server.rest('PUT', '/store/order/INV57123/detail/customer', { body: specBody, token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ message: 'Customer has been successfully saved.' });
    const after = await seller.order.detail.query({ invoice: 'INV57123' });
    expect(after).toMatchObject({
      buyerName: 'PUTRI',
      buyerPhone: '6281765123451',
      buyerEmail: 'nurhadi@gmail.com',
      address: 'Desa Banjarkemantren',
    });
    expect(after.region.district?.name).toBe('Buduran');
    expect(after.region.city?.name).toBe('Kabupaten Sidoarjo');
    // Riau → Sidoarjo costs a different shipping; the total follows the one formula.
    expect(after.fees.shippingCost).not.toBe(before.fees.shippingCost);
    const f = after.fees;
    expect(f.total).toBe(
      f.itemsTotal + f.shippingCost + f.codFee + f.insuranceFee - f.productDiscount - f.shippingDiscount,
    );
    expect(after.timeline.at(-1)).toMatchObject({
      type: 'customer_updated',
      actorName: demoAccounts.seller.name,
    });
  });

  it('names each of the seven fields when it is missing or of the wrong type', async () => {
    const fields = Object.keys(specBody) as Array<keyof typeof specBody>;
    for (const field of fields) {
      const missing: Record<string, unknown> = { ...specBody };
      delete missing[field];
      const res = await server.rest('PUT', '/store/order/INV57123/detail/customer', { body: missing, token });
      expect(res.status, field).toBe(400);
      expect(Object.keys(res.body.errors ?? {}), field).toEqual([field]);
      const wrong = { ...specBody, [field]: field === 'addr_id' ? 'tujuh' : 12345 };
      const typed = await server.rest('PUT', '/store/order/INV57123/detail/customer', { body: wrong, token });
      expect(typed.status, `${field} wrong type`).toBe(400);
      expect(Object.keys(typed.body.errors ?? {}), `${field} wrong type`).toEqual([field]);
    }
    // City and district must be those of addr_id.
    const mismatch = await server.rest('PUT', '/store/order/INV57123/detail/customer', {
      body: { ...specBody, district: 'Candi' },
      token,
    });
    expect(mismatch.status).toBe(400);
    expect(Object.keys(mismatch.body.errors ?? {})).toEqual(['district']);
  });

  it('is 404 for an unknown invoice and for another store’s invoice', async () => {
    const unknown = await server.rest('PUT', '/store/order/INV99999999/detail/customer', {
      body: specBody,
      token,
    });
    expect(unknown.status).toBe(404);
    const other = await sellerClient(server);
    const foreign = await server.rest('PUT', '/store/order/INV57123/detail/customer', {
      body: specBody,
      token: other.token,
    });
    expect(foreign.status).toBe(404);
    await expectError(other.client.order.detail.query({ invoice: 'INV57123' }), 'NOT_FOUND');
  });

  it('refuses edits once paid or booked (409), changing nothing', async () => {
    const paidInvoice = await newTransferOrder();
    const [account] = await seller.bankAccount.list.query({});
    const paid = await seller.order.confirmPayment.mutate({
      invoice: paidInvoice,
      amount: (await seller.order.detail.query({ invoice: paidInvoice })).total,
      bankAccountId: account?.id as string,
    });
    expect(paid.status).toBe('paid');
    const res = await server.rest('PUT', `/store/order/${paidInvoice}/detail/customer`, {
      body: specBody,
      token,
    });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/only unpaid orders can be edited/);
    const booked = (await seller.order.list.query({ status: 'ready_to_ship', limit: 1 })).items[0];
    const bookedRes = await server.rest('PUT', `/store/order/${booked?.invoice}/detail/customer`, {
      body: specBody,
      token,
    });
    expect(bookedRes.status).toBe(409);
    const unchanged = await seller.order.detail.query({ invoice: paidInvoice });
    expect(unchanged.buyerName).toBe('Pembeli Uji');
    await expectError(
      seller.order.updateCourier.mutate({ invoice: paidInvoice, courierCode: 'jne', serviceCode: 'REG' }),
      'CONFLICT',
    );
  });
});

describe('POST /store/order/follow-up (spec)', () => {
  it('answers exactly the spec shape, sends the rendered template and records the attempt', async () => {
    const sentBefore = server.messaging.sent.length;
    const res = await server.rest('POST', '/store/order/follow-up', {
      body: { invoice: 'INV0821', follow_up_attempts: 1 },
      token,
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ message: 'Follow up has been sent.' });
    const message = server.messaging.sent.at(-1);
    expect(server.messaging.sent.length).toBe(sentBefore + 1);
    expect(message?.to).toBe('6285712345678');
    expect(message?.text).toContain('Siti Rahmawati');
    expect(message?.text).toContain('INV0821');
    const attempts = await seller.followUp.attempts.query({ invoice: 'INV0821' });
    expect(attempts.at(-1)).toMatchObject({ attempt: 1, status: 'sent' });
    expect(attempts.at(-1)?.waLink).toMatch(/^https:\/\/wa\.me\/6285712345678\?text=/);
  });

  it('uses the store’s own template with placeholders', async () => {
    await seller.followUp.saveTemplate.mutate({
      attempt: 2,
      message: 'Hai {buyer_name}, total {total} untuk {invoice}.',
    });
    const answer = await seller.followUp.send.mutate({ invoice: 'INV0821', followUpAttempts: 2 });
    expect(answer.sent).toBe(true);
    expect(server.messaging.sent.at(-1)?.text).toMatch(
      /^Hai Siti Rahmawati, total Rp[\d.]+ untuk INV0821\.$/,
    );
  });

  it('is 404 for an unknown invoice and 503 when WhatsApp is down (the attempt is kept with its link)', async () => {
    const unknown = await server.rest('POST', '/store/order/follow-up', {
      body: { invoice: 'INV404404', follow_up_attempts: 1 },
      token,
    });
    expect(unknown.status).toBe(404);
    server.messaging.failing = true;
    try {
      const down = await server.rest('POST', '/store/order/follow-up', {
        body: { invoice: 'INV0821', follow_up_attempts: 3 },
        token,
      });
      expect(down.status).toBe(503);
    } finally {
      server.messaging.failing = false;
    }
    const attempts = await seller.followUp.attempts.query({ invoice: 'INV0821' });
    expect(attempts.at(-1)).toMatchObject({ attempt: 3, status: 'failed' });
  });
});

describe('status machine', () => {
  it('cancels an unpaid order: stock and voucher use come back, and nothing moves it again', async () => {
    const invoice = await newTransferOrder();
    const stockOf = async () =>
      (await server.db.stock.findFirstOrThrow({ where: { variant: { sku: 'BAT-AA-001-01' } } })).quantity;
    const before = await stockOf();
    const canceled = await seller.order.updateStatus.mutate({
      invoice,
      status: 'canceled',
      note: 'Pembeli batal',
    });
    expect(canceled).toMatchObject({ status: 'canceled', cancelReason: 'Pembeli batal', nextStatuses: [] });
    expect(await stockOf()).toBe(before + 2);
    for (const status of ['processing', 'shipped', 'delivered', 'returned', 'canceled'] as const) {
      await expectError(seller.order.updateStatus.mutate({ invoice, status }), 'CONFLICT');
    }
  });

  it('walks paid → processing → ready_to_ship (booked) → shipped → delivered, refusing skips', async () => {
    const invoice = await newTransferOrder();
    await expectError(seller.order.updateStatus.mutate({ invoice, status: 'processing' }), 'CONFLICT');
    await expectError(seller.order.updateStatus.mutate({ invoice, status: 'shipped' }), 'CONFLICT');
    const [account] = await seller.bankAccount.list.query({});
    // Underpaid: refused unless forced with a note.
    const total = (await seller.order.detail.query({ invoice })).total;
    await expectError(
      seller.order.confirmPayment.mutate({
        invoice,
        amount: total - 1,
        bankAccountId: account?.id as string,
      }),
      'BAD_REQUEST',
    );
    await seller.order.confirmPayment.mutate({
      invoice,
      amount: total,
      bankAccountId: account?.id as string,
    });
    expect((await seller.order.updateStatus.mutate({ invoice, status: 'processing' })).status).toBe(
      'processing',
    );
    await expectError(seller.order.updateStatus.mutate({ invoice, status: 'delivered' }), 'CONFLICT');
    const booked = await seller.order.bookShipment.mutate({ invoice });
    expect(booked.status).toBe('ready_to_ship');
    expect(booked.awb).toMatch(/^IDX/);
    // The courier's first line carries the booking's time (it read 1 Jan 1970 once).
    expect(booked.shipment.tracking).toEqual([
      { at: server.clock.now(), status: 'booked', description: `Pesanan ${invoice} diterima kurir` },
    ]);
    expect((await seller.order.updateStatus.mutate({ invoice, status: 'shipped' })).status).toBe('shipped');
    await expectError(seller.order.updateStatus.mutate({ invoice, status: 'canceled' }), 'CONFLICT');
    const done = await seller.order.updateStatus.mutate({ invoice, status: 'delivered' });
    expect(done.status).toBe('delivered');
    expect(done.timeline.map((e) => e.toStatus)).toEqual([
      'unpaid',
      'paid',
      'processing',
      'ready_to_ship',
      'shipped',
      'delivered',
    ]);
  });

  it('returned restocks by the seller’s choice', async () => {
    const stockOf = async () =>
      (await server.db.stock.findFirstOrThrow({ where: { variant: { sku: 'BAT-AA-001-01' } } })).quantity;
    const [account] = await seller.bankAccount.list.query({});
    const ship = async () => {
      const invoice = await newTransferOrder();
      const { total } = await seller.order.detail.query({ invoice });
      await seller.order.confirmPayment.mutate({
        invoice,
        amount: total,
        bankAccountId: account?.id as string,
      });
      await seller.order.bookShipment.mutate({ invoice });
      await seller.order.updateStatus.mutate({ invoice, status: 'shipped' });
      return invoice;
    };
    const first = await ship();
    const before = await stockOf();
    await seller.order.updateStatus.mutate({ invoice: first, status: 'returned', restock: true });
    expect(await stockOf()).toBe(before + 2);
    const second = await ship();
    const middle = await stockOf();
    await seller.order.updateStatus.mutate({ invoice: second, status: 'returned', restock: false });
    expect(await stockOf()).toBe(middle);
  });
});

describe('edits re-price on the server', () => {
  it('changes courier, payment method and extra fees, each with a consistent total', async () => {
    const invoice = await newTransferOrder();
    const check = (d: Awaited<ReturnType<typeof seller.order.detail.query>>) => {
      const f = d.fees;
      const others = f.otherFees.reduce((s, x) => s + x.amount, 0);
      expect(f.total).toBe(
        f.itemsTotal +
          f.shippingCost +
          f.codFee +
          f.insuranceFee +
          others -
          f.productDiscount -
          f.shippingDiscount,
      );
    };
    const courier = await seller.order.updateCourier.mutate({
      invoice,
      courierCode: 'jne',
      serviceCode: 'REG',
    });
    expect(courier.courierCode).toBe('jne');
    check(courier);
    await expectError(
      seller.order.updateCourier.mutate({ invoice, courierCode: 'jne', serviceCode: 'NOPE' }),
      'BAD_REQUEST',
    );
    const fees = await seller.order.updateOtherFees.mutate({
      invoice,
      fees: [
        { name: 'Packing kayu', amount: 15_000 },
        { name: 'Diskon pelanggan', amount: -5_000 },
      ],
    });
    expect(fees.fees.otherFees).toHaveLength(2);
    check(fees);
    expect(fees.total).toBe(courier.total + 10_000);
    const cod = await seller.order.updatePaymentMethod.mutate({ invoice, paymentMethod: 'cod' });
    expect(cod).toMatchObject({ paymentMethod: 'cod', status: 'processing', editable: false });
    expect(cod.fees.codFee).toBeGreaterThan(0);
    check(cod);
  });
});

describe('courier edit keeps to the form', () => {
  it("refuses a courier or service the order's form does not offer, on both doors, and writes nothing", async () => {
    const invoice = await newTransferOrder();
    const before = await seller.order.detail.query({ invoice });
    // JNE YES delivers there but the demo form offers only JNE REG; AnterAja it does not offer at all.
    const service = await expectError(
      seller.order.updateCourier.mutate({ invoice, courierCode: 'jne', serviceCode: 'YES' }),
      'BAD_REQUEST',
    );
    expect(fieldErrors(service).serviceCode?.[0]).toMatch(/YES of jne is not offered on this form/);
    const courier = await expectError(
      seller.order.updateCourier.mutate({ invoice, courierCode: 'anteraja', serviceCode: 'REG' }),
      'BAD_REQUEST',
    );
    expect(Object.keys(fieldErrors(courier))).toEqual(['courierCode']);
    // The preview shares the rule: it never shows a price the save would refuse.
    await expectError(
      seller.order.previewEdit.query({ kind: 'courier', invoice, courierCode: 'jne', serviceCode: 'YES' }),
      'BAD_REQUEST',
    );
    const rest = await server.rest('PUT', `/store/order/${invoice}/courier`, {
      body: { courier_code: 'jne', service_code: 'YES' },
      token,
    });
    expect(rest.status).toBe(400);
    expect(Object.keys(rest.body.errors ?? {})).toEqual(['service_code']);
    const after = await seller.order.detail.query({ invoice });
    expect(after).toMatchObject({ courierCode: before.courierCode, serviceCode: before.serviceCode });
    expect(after.fees).toEqual(before.fees);
    expect(after.timeline).toEqual(before.timeline);
    // A service the form does offer is still a valid edit, through the REST door too.
    const ok = await server.rest('PUT', `/store/order/${invoice}/courier`, {
      body: { courier_code: 'jne', service_code: 'REG' },
      token,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({ courier_code: 'jne', service_code: 'REG' });
  });
});

describe('list and recap', () => {
  it('agree on counts for the same filters, and tabs add up', async () => {
    const filters = [
      {},
      { status: 'delivered' as const },
      { paymentMethod: 'cod' as const },
      { courierCode: 'jne' },
      { q: 'INV57123' },
      { q: 'Putri' },
      { dateField: 'paid' as const, from: '2020-01-01', to: '2099-12-31' },
    ];
    for (const filter of filters) {
      const page = await seller.order.list.query({ ...filter, limit: 5 });
      const recap = await seller.order.recap.query(filter);
      expect(recap.orders, JSON.stringify(filter)).toBe(page.total);
      if (!('status' in filter)) {
        expect(Object.values(page.statusCounts).reduce((a, b) => a + b, 0)).toBe(page.total);
      }
      expect(recap.cod.orders + recap.transfer.orders + recap.canceled).toBe(recap.orders);
      expect(recap.days.reduce((n, d) => n + d.orders, 0)).toBeLessThanOrEqual(recap.orders);
    }
    const all = await seller.order.list.query({ limit: 100 });
    expect(all.total).toBeGreaterThan(300);
  });

  it('pages without repeats or gaps in every sort order', async () => {
    for (const sort of ['newest', 'oldest', 'total_desc', 'total_asc'] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await seller.order.list.query({ status: 'delivered', sort, limit: 40, cursor });
        seen.push(...page.items.map((i) => i.invoice));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const total = (await seller.order.list.query({ status: 'delivered', limit: 1 })).total;
      expect(new Set(seen).size, sort).toBe(total);
      expect(seen.length, sort).toBe(total);
    }
  });

  it('finds orders by phone in any spelling, and by AWB', async () => {
    const byLocal = await seller.order.list.query({ q: '0857 1234 5678' });
    expect(byLocal.items.map((i) => i.invoice)).toContain('INV0821');
    const withAwb = (await seller.order.list.query({ status: 'shipped', limit: 50 })).items.find(
      (i) => i.awb,
    );
    const byAwb = await seller.order.list.query({ q: withAwb?.awb?.toLowerCase() ?? '' });
    expect(byAwb.items.map((i) => i.invoice)).toEqual([withAwb?.invoice]);
  });

  it('a CS member sees only the orders assigned to them', async () => {
    const cs = server.client({ token: await login(demoCs[1].email, demoCs[1].password) });
    const mine = await cs.order.list.query({ limit: 100 });
    const all = await seller.order.list.query({ csMemberId: mine.items[0]?.cs?.memberId, limit: 1 });
    expect(mine.total).toBe(all.total);
    expect(mine.items.every((i) => i.cs?.name === demoCs[1].name)).toBe(true);
    await expectError(cs.order.detail.query({ invoice: 'INV57123' }), 'NOT_FOUND');
    await expectError(cs.order.updateStatus.mutate({ invoice: 'INV0821', status: 'canceled' }), 'FORBIDDEN');
  });

  it('downloads exactly the filtered list as CSV (and XLSX), a CS member only their own', async () => {
    const filter = { paymentMethod: 'cod' as const, status: 'delivered' as const };
    const { total } = await seller.order.list.query({ ...filter, limit: 1 });
    const link = await seller.order.exportLink.mutate({ ...filter, format: 'csv' });
    expect(link.filename).toMatch(/^orders-\d{4}-\d{2}-\d{2}\.csv$/);
    const res = await fetch(`${server.url}${link.url}`);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toMatch(/^Invoice,Created at,Status,Payment method,Buyer,Phone,/);
    expect(lines).toHaveLength(total + 1);
    expect(lines.slice(1).every((l) => l.includes(',delivered,cod,'))).toBe(true);
    const xlsx = await seller.order.exportLink.mutate({ ...filter, format: 'xlsx' });
    expect((await fetch(`${server.url}${xlsx.url}`)).status).toBe(200);
    const cs = server.client({ token: await login(demoCs[1].email, demoCs[1].password) });
    const own = await cs.order.list.query({ limit: 1 });
    const csLink = await cs.order.exportLink.mutate({ format: 'csv' });
    const csLines = (await (await fetch(`${server.url}${csLink.url}`)).text()).trim().split('\n');
    expect(csLines).toHaveLength(own.total + 1);
  });

  it("writes a buyer's formula-like name as inert text: a quote in CSV, a text cell in XLSX", async () => {
    // A buyer types the name at checkout; the seller opens the download in Excel.
    const name = '=HYPERLINK("http://evil.example","Klik")';
    const phone = '081377771234';
    await placeTransferOrder(server, seller, phone, name);
    const link = await seller.order.exportLink.mutate({ q: phone, format: 'csv' });
    const [header, row] = (await (await fetch(`${server.url}${link.url}`)).text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    const buyer = header?.split(',').indexOf('Buyer') ?? -1;
    expect(buyer).toBeGreaterThan(0);
    // The CSV quotes the cell (it holds quotes and a comma); inside it, the text starts with `'`.
    expect(row).toContain(`,"'=HYPERLINK(""http://evil.example"",""Klik"")",`);
    expect(row).toMatch(/,\d+(\.\d+)?,/); // numbers stay bare numbers

    const xlsx = await seller.order.exportLink.mutate({ q: phone, format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await fetch(`${server.url}${xlsx.url}`)).arrayBuffer());
    const cell = book.worksheets[0]?.getRow(2).getCell(buyer + 1);
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe(name);
  });

  it('prints A4 invoices and 10×15 labels as a PDF that reads back', async () => {
    const shipped = (await seller.order.list.query({ status: 'shipped', limit: 50 })).items.find(
      (i) => i.awb,
    );
    const invoices = ['INV57123', shipped?.invoice as string];
    const a4 = await seller.order.printLink.mutate({ invoices, layout: 'a4' });
    const res = await fetch(`${server.url}${a4.url}`);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = await getDocumentProxy(new Uint8Array(await res.arrayBuffer()));
    expect(pdf.numPages).toBe(2);
    const { text } = await extractText(pdf, { mergePages: false });
    expect(text[0]).toContain('INVOICE');
    expect(text[0]).toContain('INV57123');
    expect(text[1]).toContain(shipped?.awb as string);
    const first = await seller.order.detail.query({ invoice: 'INV57123' });
    expect(text[0]).toContain(`Rp${first.total.toLocaleString('id-ID')}`);
    // The status in the dashboard's Indonesian words, not the API's English enum.
    expect(text[0]).toContain(`· ${orderStatusLabelsId[first.status]}`);
    expect(text[1]).toContain('· Dikirim');
    expect(text[1]).not.toMatch(/\bshipped\b/);
    const label = await seller.order.printLink.mutate({ invoices: ['INV57123'], layout: 'label' });
    const labelPdf = await getDocumentProxy(
      new Uint8Array(await (await fetch(`${server.url}${label.url}`)).arrayBuffer()),
    );
    const [page] = (await extractText(labelPdf, { mergePages: false })).text;
    expect(page).toContain('BELUM ADA RESI');
    expect(page).toContain('NON-COD');
    await expectError(seller.order.printLink.mutate({ invoices: ['INV404404'], layout: 'a4' }), 'NOT_FOUND');
  });
});

describe('REST door', () => {
  it('serves list, recap, detail and status at the spec-style paths with snake_case fields', async () => {
    const list = await server.rest('GET', '/store/order?status=delivered&payment_method=cod&limit=2', {
      token,
    });
    expect(list.status).toBe(200);
    const data = list.body.data as {
      items: Array<Record<string, unknown>>;
      total: number;
      status_counts: Record<string, number>;
    };
    expect(data.items).toHaveLength(2);
    expect(data.items[0]).toHaveProperty('payment_method', 'cod');
    expect(data.status_counts.delivered).toBe(data.total);
    const recap = await server.rest('GET', '/store/order/recap?status=delivered&payment_method=cod', {
      token,
    });
    expect((recap.body.data as { orders: number }).orders).toBe(data.total);
    const detail = await server.rest('GET', '/store/order/INV0821', { token });
    expect((detail.body.data as { invoice: string; buyer_name: string }).buyer_name).toBe('Siti Rahmawati');
    const bad = await server.rest('PATCH', '/store/order/INV0821/status', {
      body: { status: 'teleported' },
      token,
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors ?? {})).toEqual(['status']);
    const canceled = await server.rest('PATCH', '/store/order/INV0821/status', {
      body: { status: 'canceled', note: 'Pembeli tidak membalas' },
      token,
    });
    expect(canceled.status).toBe(200);
    expect(canceled.body).toMatchObject({
      message: 'Order status has been updated.',
      data: { status: 'canceled' },
    });
  });
});

// Last: it adds orders in every status, which the list tests above do not expect.
describe('status machine: every manual move from every status', () => {
  it('allows exactly the lifecycle’s transitions and refuses every other one (409), changing nothing', async () => {
    const base = await newTransferOrder();
    const template = await server.db.order.findFirstOrThrow({
      where: { invoice: base },
      include: { items: true },
    });
    let n = 0;
    for (const from of orderStatuses) {
      for (const to of manualStatuses) {
        // A copy of the order put straight into `from` (no courier booking to cancel).
        n += 1;
        const invoice = `INV9${String(n).padStart(4, '0')}`;
        const {
          id: _id,
          items,
          createdAt: _c,
          updatedAt: _u,
          otherFees,
          buyerDetails,
          riskReasons,
          shieldReasons,
          ...columns
        } = template;
        await server.db.order.create({
          data: {
            ...columns,
            otherFees: otherFees ?? [],
            buyerDetails: buyerDetails ?? [],
            riskReasons: riskReasons ?? [],
            shieldReasons: shieldReasons ?? [],
            invoice,
            status: from,
            idempotencyKey: null,
            items: { create: items.map(({ id: _i, orderId: _o, ...item }) => item) },
          },
        });
        // Unpaid transfers wait for Confirm Payment before anything but cancel.
        const allowed = canTransition(from, to) && !(from === 'unpaid' && to === 'processing');
        const attempt = seller.order.updateStatus.mutate({ invoice, status: to });
        if (allowed) {
          expect((await attempt).status, `${from} → ${to}`).toBe(to);
        } else {
          await expectError(attempt, 'CONFLICT');
          const after = await server.db.order.findFirstOrThrow({ where: { invoice } });
          expect(after.status, `${from} → ${to} refused`).toBe(from);
        }
      }
    }
  });
});
