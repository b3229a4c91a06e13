import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, demoAdmin } from './admin-harness.ts';
import { expectError, newSeller, sellerClient, startTestServer, type TestServer } from './harness.ts';

// The COD cash ledger through both doors, on a real server and database: a courier remittance file
// reconciled against a store's delivered COD orders into findings, idempotent re-uploads, refused
// files that write nothing, other stores kept apart, and report figures recounted from the orders.

type Owner = Awaited<ReturnType<typeof sellerClient>>;

let server: TestServer;
let a: Owner;
let b: Owner;
const dayMs = 86_400_000;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  a = await sellerClient(server);
  b = await sellerClient(server);
});
afterAll(() => server?.close());

let serial = 0;
/** A COD order of `store` as the courier left it, `ago` days back (the ledger reads only these columns). */
async function codOrder(
  store: Owner,
  awb: string,
  status: 'delivered' | 'returned' | 'shipped',
  options: {
    total?: number;
    ago?: number;
    shippingCost?: number;
    codFee?: number;
    insuranceFee?: number;
  } = {},
) {
  serial += 1;
  const at = new Date(server.clock.now().getTime() - (options.ago ?? 10) * dayMs);
  const total = options.total ?? 100_000;
  const shippingCost = options.shippingCost ?? 10_000;
  return server.db.order.create({
    data: {
      storeId: store.storeId,
      invoice: `INV${900000 + serial}`,
      status,
      paymentMethod: 'cod',
      buyerName: 'Pembeli COD',
      buyerPhone: `628123${String(serial).padStart(6, '0')}`,
      regionId: 100001,
      address: 'Jl. Uji 1',
      senderWarehouseId: '00000000-0000-4000-8000-000000000000',
      courierCode: awb.startsWith('JNE') ? 'jne' : 'jnt',
      serviceCode: 'REG',
      weightGrams: 1000,
      itemsTotal: total - shippingCost - (options.codFee ?? 3_000) - (options.insuranceFee ?? 0),
      shippingCost,
      codFee: options.codFee ?? 3_000,
      insuranceFee: options.insuranceFee ?? 0,
      total,
      awb,
      createdAt: new Date(at.getTime() - 3 * dayMs),
      shippedAt: new Date(at.getTime() - 2 * dayMs),
      deliveredAt: status === 'delivered' ? at : null,
      returnedAt: status === 'returned' ? at : null,
    },
  });
}

/** `POST /store/cod-ledger/remittance` with a multipart file, as a browser or curl sends it. */
async function uploadFile(
  token: string,
  body: string | Uint8Array,
  name = 'remit.csv',
  fields: Record<string, string> = {},
  query = '',
) {
  const form = new FormData();
  form.set('file', new File([body], name));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const res = await fetch(`${server.url}/store/cod-ledger/remittance${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return {
    status: res.status,
    body: (await res.json()) as { message: string; data?: Record<string, unknown> },
  };
}

const ledgerRows = async () => ({
  files: await server.db.codRemittanceFile.count(),
  lines: await server.db.codRemittanceLine.count(),
});

const fileA = [
  'AWB,Amount,Date',
  'JNT0001,90000,2026-12-01', // short: the order's total is 100 000
  'JNT0002,120000,2026-12-01', // remitted twice
  'JNT0002,120000,2026-12-01',
  'JNT0003,80000,2026-12-01',
].join('\n');

describe('COD ledger: a remittance file reconciled', () => {
  it('a short payment, a parcel never remitted and a duplicate are exactly the three findings', async () => {
    await codOrder(a, 'JNT0001', 'delivered', { total: 100_000 });
    await codOrder(a, 'JNT0002', 'delivered', { total: 120_000 });
    await codOrder(a, 'JNT0003', 'delivered', { total: 80_000 });
    await codOrder(a, 'JNT0004', 'delivered', { total: 50_000 }); // delivered 10 days ago, in no file
    await codOrder(a, 'JNT0005', 'delivered', { total: 70_000, ago: 2 }); // not due yet
    await codOrder(a, 'JNE0006', 'returned', { total: 90_000, shippingCost: 15_000 });
    await codOrder(a, 'JNT0007', 'shipped');

    // The preview answers the same findings and records nothing.
    const before = await ledgerRows();
    const preview = await uploadFile(a.token, fileA, 'remit.csv', { preview: 'true' });
    expect(preview.status).toBe(200);
    expect(preview.body.data).toMatchObject({ preview: true, file_id: null, recorded: 4, matched: 4 });
    expect(await ledgerRows()).toEqual(before);

    const res = await uploadFile(a.token, fileA);
    expect(res.status).toBe(200);
    expect(res.body.message).toBe('Remittance file has been recorded.');
    expect(res.body.data).toMatchObject({
      duplicate: false,
      rows: 4,
      recorded: 4,
      skipped: 0,
      matched: 4,
      unknown: 0,
    });
    const kindsOf = (list: Array<{ kind: string; awb: string | null }>) =>
      list.map((f) => `${f.kind} ${f.awb}`).sort();
    expect(kindsOf(res.body.data?.findings as never)).toEqual(['paid_twice JNT0002', 'short_paid JNT0001']);

    const { findings, counts } = await a.client.codLedger.findings.query({});
    expect(kindsOf(findings)).toEqual(['not_remitted JNT0004', 'paid_twice JNT0002', 'short_paid JNT0001']);
    expect(counts).toEqual({ short_paid: 1, overpaid: 0, paid_twice: 1, not_remitted: 1, unknown_awb: 0 });
    expect(findings.find((f) => f.kind === 'short_paid')).toMatchObject({
      expected: 100_000,
      remitted: 90_000,
      lines: 1,
      sources: ['remit.csv row 2'],
    });
    expect(findings.find((f) => f.kind === 'paid_twice')).toMatchObject({
      expected: 120_000,
      remitted: 240_000,
      lines: 2,
      sources: ['remit.csv row 3', 'remit.csv row 4'],
    });
    // The same findings over REST, snake_case.
    const rest = await server.rest('GET', '/store/cod-ledger/findings?kind=not_remitted', { token: a.token });
    expect(rest.status).toBe(200);
    expect(rest.body.data).toMatchObject({
      findings: [{ kind: 'not_remitted', awb: 'JNT0004', expected: 50_000, remitted: 0 }],
    });
  });

  it('the same file again, or the same lines saved as XLSX, changes nothing', async () => {
    const before = await ledgerRows();
    const findingsBefore = await a.client.codLedger.findings.query({});
    const again = await uploadFile(a.token, fileA);
    expect(again.status).toBe(200);
    expect(again.body.message).toBe('This file was uploaded before; nothing changed.');
    expect(again.body.data).toMatchObject({ duplicate: true, recorded: 0 });
    expect(await ledgerRows()).toEqual(before);

    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Remittance');
    for (const line of fileA.split('\n')) {
      const [awb, amount, day] = line.split(',');
      sheet.addRow([awb, /^\d+$/.test(amount ?? '') ? Number(amount) : amount, day]);
    }
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const resaved = await uploadFile(a.token, xlsx, 'remit.xlsx');
    expect(resaved.status).toBe(200);
    expect(resaved.body.data).toMatchObject({ duplicate: false, rows: 4, recorded: 0, skipped: 4 });
    expect((await ledgerRows()).lines).toBe(before.lines);
    expect(await a.client.codLedger.findings.query({})).toEqual(findingsBefore);
  });

  it('a malformed file answers 400 naming its bad rows, and writes nothing', async () => {
    const before = await ledgerRows();
    const bad = await uploadFile(a.token, 'awb,amount\nJNT0004,50000\nJNT0005,tujuh puluh ribu\n');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('Row 3: amount "tujuh puluh ribu" is not a whole rupiah amount');
    const noColumn = await uploadFile(a.token, 'resi,tanggal\nJNT0004,2026-12-01\n');
    expect(noColumn.status).toBe(400);
    expect(noColumn.body.message).toMatch(/Row 1: no AMOUNT column/);
    const form = new FormData();
    form.set('file', new File(['awb,amount\nJNT0004,50000\n,1\n'], 'x.csv'));
    const sdk = await expectError(a.client.codLedger.upload.mutate(form), 'BAD_REQUEST');
    expect(String(sdk)).toContain('Row 3');
    expect(await ledgerRows()).toEqual(before);
    expect((await a.client.codLedger.findings.query({})).counts.not_remitted).toBe(1);
  });

  it("another store's AWBs are never matched, and its ledger is not this store's", async () => {
    await codOrder(b, 'JNE9001', 'delivered', { total: 60_000 });
    const res = await uploadFile(b.token, 'awb,amount\nJNT0003,80000\nJNE9001,60000\n');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ matched: 1, unknown: 1 });
    const { findings } = await b.client.codLedger.findings.query({});
    expect(findings.map((f) => [f.kind, f.awb, f.invoice])).toEqual([['unknown_awb', 'JNT0003', null]]);
    // Store A's JNT0003 is still remitted once.
    expect((await a.client.codLedger.findings.query({})).findings.map((f) => f.awb)).not.toContain('JNT0003');
    const aOrder = await server.db.order.findFirstOrThrow({ where: { storeId: a.storeId, awb: 'JNT0003' } });
    expect((await a.client.codLedger.order.query({ invoice: aOrder.invoice })).remitted).toBe(80_000);
    await expectError(b.client.codLedger.order.query({ invoice: aOrder.invoice }), 'NOT_FOUND');
    const rest = await server.rest('GET', `/store/cod-ledger/order/${aOrder.invoice}`, { token: b.token });
    expect(rest.status).toBe(404);
    const report = await b.client.codLedger.report.query({});
    expect(report.totals).toMatchObject({ delivered: 1, expectedCod: 60_000, remitted: 60_000 });
  });

  it('a BosPay COD credit is a remittance too: a file paying the same parcel again is paid twice', async () => {
    const order = await codOrder(a, 'JNT0008', 'delivered', { total: 75_000, ago: 3 });
    await server.db.bosPayEntry.create({
      data: {
        storeId: a.storeId,
        kind: 'cod_remittance',
        amount: 75_000,
        orderId: order.id,
        invoice: order.invoice,
      },
    });
    expect((await a.client.codLedger.findings.query({})).findings.map((f) => f.awb)).not.toContain('JNT0008');
    const res = await uploadFile(a.token, 'awb,amount\nJNT0008,75000\n', 'second.csv');
    expect(res.body.data?.findings).toEqual([
      expect.objectContaining({
        kind: 'paid_twice',
        awb: 'JNT0008',
        sources: ['BosPay', 'second.csv row 2'],
      }),
    ]);
  });
});

describe('COD ledger: report and files', () => {
  it("the report's figures agree with the orders, and cash in transit is bucketed by age", async () => {
    const now = server.clock.now();
    const report = await a.client.codLedger.report.query({});
    const orders = await server.db.order.findMany({ where: { storeId: a.storeId, paymentMethod: 'cod' } });
    const delivered = orders.filter((o) => o.status === 'delivered');
    const returned = orders.filter((o) => o.status === 'returned');
    const sum = (list: typeof orders, f: (o: (typeof orders)[number]) => number) =>
      list.reduce((s, o) => s + f(o), 0);
    const lines = await server.db.codRemittanceLine.findMany({
      where: { storeId: a.storeId, orderId: { not: null } },
    });
    const credits = await server.db.bosPayEntry.findMany({
      where: { storeId: a.storeId, kind: 'cod_remittance' },
    });
    const remitted = [...lines, ...credits].reduce((s, r) => s + r.amount, 0);
    const rts = sum(returned, (o) => o.shippingCost);
    expect(report.totals).toEqual({
      delivered: delivered.length,
      returned: returned.length,
      expectedCod: sum(delivered, (o) => o.total),
      courierFee: sum(delivered, (o) => o.shippingCost),
      codFee: sum(delivered, (o) => o.codFee),
      insurance: sum(delivered, (o) => o.insuranceFee),
      rtsCharge: rts,
      net: sum(delivered, (o) => o.total - o.shippingCost - o.codFee - o.insuranceFee) - rts,
      remitted,
      outstanding: sum(delivered, (o) => o.total) - remitted,
    });
    // The rows add up to the totals, one per day and courier.
    expect(report.rows.reduce((s, r) => s + r.expectedCod, 0)).toBe(report.totals.expectedCod);
    expect(new Set(report.rows.map((r) => `${r.day} ${r.courierCode}`)).size).toBe(report.rows.length);

    // In transit: JNT0004 (10 days, overdue) and JNT0005 (2 days); nothing else is unremitted.
    expect(report.inTransit).toEqual({
      orders: 2,
      amount: 120_000,
      overdueOrders: 1,
      overdueAmount: 50_000,
      buckets: [
        { bucket: '0-7', orders: 1, amount: 70_000 },
        { bucket: '8-14', orders: 1, amount: 50_000 },
        { bucket: '15-30', orders: 0, amount: 0 },
        { bucket: '31+', orders: 0, amount: 0 },
      ],
    });
    // Three weeks on (signed in again: the access token has long expired), both are older and overdue.
    server.clock.advance(21 * dayMs);
    try {
      const tokens = await server
        .client()
        .auth.login.mutate({ login: a.seller.email, password: a.seller.password });
      const later = await server.client({ token: tokens.accessToken }).codLedger.report.query({});
      expect(later.inTransit.buckets.map((x) => x.orders)).toEqual([0, 0, 1, 1]); // 23 and 31 days
      expect(later.inTransit.overdueOrders).toBe(2);
    } finally {
      server.clock.advance(-21 * dayMs);
    }
    expect(now.getTime()).toBe(server.clock.now().getTime());

    const one = await server.rest('GET', `/store/cod-ledger/order/${returned[0]?.invoice}`, {
      token: a.token,
    });
    expect(one.body.data).toMatchObject({ expected_cod: 0, rts_charge: 15_000, net: -15_000, remitted: 0 });
  });

  it('lists the uploaded files and exports the findings as CSV and XLSX', async () => {
    const { files } = await a.client.codLedger.files.query();
    expect(files.map((f) => [f.filename, f.rows, f.skipped])).toEqual([
      ['second.csv', 1, 0],
      ['remit.xlsx', 4, 4],
      ['remit.csv', 4, 0],
    ]);
    expect(files[2]?.amount).toBe(410_000);

    const link = await a.client.codLedger.exportFindings.query({ format: 'csv' });
    const csv = await (await fetch(`${server.url}${link.url}`)).text();
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(rows[0]).toBe('Finding,AWB,Invoice,Courier,Day,Expected,Remitted,Lines,Sources');
    expect(
      rows
        .slice(1)
        .map((r) => r.split(',').slice(0, 2).join(' '))
        .sort(),
    ).toEqual(['not_remitted JNT0004', 'paid_twice JNT0002', 'paid_twice JNT0008', 'short_paid JNT0001']);
    const xlsxLink = await server.rest(
      'GET',
      '/store/cod-ledger/findings/download?format=xlsx&kind=paid_twice',
      {
        token: a.token,
      },
    );
    const file = await fetch(`${server.url}${(xlsxLink.body.data as { url: string }).url}`);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await file.arrayBuffer());
    expect(workbook.worksheets[0]?.rowCount).toBe(3);
  });

  it('is for owners and store admins: a CS member is refused', async () => {
    const person = newSeller();
    await a.client.staff.create.mutate({ ...person, role: 'cs' });
    const tokens = await server
      .client()
      .auth.login.mutate({ login: person.email, password: person.password });
    const cs = server.client({ token: tokens.accessToken });
    await expectError(cs.codLedger.report.query({}), 'FORBIDDEN');
    expect((await uploadFile(tokens.accessToken, fileA)).status).toBe(403);
  });

  it("the platform's finance staff see every store's cash in transit", async () => {
    const { client } = await adminLogin(server, demoAdmin.email, demoAdmin.password);
    const all = await client.admin.codLedger.report.query({});
    const storeA = all.stores.find((s) => s.storeId === a.storeId);
    expect(storeA).toMatchObject({ orders: 2, amount: 120_000, overdueOrders: 1, overdueAmount: 50_000 });
    expect(all.totals.amount).toBe(all.stores.reduce((s, x) => s + x.amount, 0));
    const one = await server.rest('GET', `/admin/cod-ledger?store_id=${b.storeId}`, {
      token: (await adminLogin(server, demoAdmin.email, demoAdmin.password)).token,
    });
    expect(one.status).toBe(200);
    // Store B has no cash with its couriers, only its unknown AWB: it shows for its finding.
    expect((one.body.data as { stores: unknown[] }).stores).toEqual([
      expect.objectContaining({
        store_id: b.storeId,
        orders: 0,
        findings: { short_paid: 0, overpaid: 0, paid_twice: 0, not_remitted: 0, unknown_awb: 1 },
      }),
    ]);
    expect(storeA?.findings).toEqual({
      short_paid: 1,
      overpaid: 0,
      paid_twice: 2,
      not_remitted: 1,
      unknown_awb: 0,
    });
  });
});

describe('COD ledger: a range of days, overpaid parcels, findings per store', () => {
  let c: Owner;
  const wibDay = (ago: number) =>
    new Date(server.clock.now().getTime() + 7 * 3_600_000 - ago * dayMs).toISOString().slice(0, 10);
  const kindsOf = (list: Array<{ kind: string; awb: string | null }>) =>
    list.map((f) => `${f.kind} ${f.awb}`);

  beforeAll(async () => {
    c = await sellerClient(server);
    await codOrder(c, 'JNT7001', 'delivered', { total: 100_000, ago: 5 });
    await codOrder(c, 'JNT7002', 'delivered', { total: 60_000, ago: 40 }); // never remitted, long ago
    const res = await uploadFile(c.token, 'awb,amount\nJNT7001,130000\n', 'lebih.csv');
    expect(res.status).toBe(200);
  });

  it('a parcel remitted once above its total is overpaid, in the findings, their counts and the upload', async () => {
    const { from, to, findings, counts } = await c.client.codLedger.findings.query({});
    // The last 30 WIB days by default, today included.
    expect([from, to]).toEqual([wibDay(29), wibDay(0)]);
    expect(kindsOf(findings)).toEqual(['overpaid JNT7001']);
    expect(findings[0]).toMatchObject({
      expected: 100_000,
      remitted: 130_000,
      lines: 1,
      sources: ['lebih.csv row 2'],
    });
    expect(counts).toEqual({ short_paid: 0, overpaid: 1, paid_twice: 0, not_remitted: 0, unknown_awb: 0 });
    // A second, different line for the same parcel adds to the overpayment; it repeats no payment.
    const preview = await uploadFile(c.token, 'awb,amount\nJNT7001,5000\n', 'lagi.csv', {
      preview: 'true',
    });
    expect(kindsOf(preview.body.data?.findings as never)).toEqual(['overpaid JNT7001']);
  });

  it('the findings and the report cover the days asked for, on both doors', async () => {
    const old = { from: wibDay(45), to: wibDay(35) };
    expect(kindsOf((await c.client.codLedger.findings.query(old)).findings)).toEqual([
      'not_remitted JNT7002',
    ]);
    const wide = await c.client.codLedger.findings.query({ from: wibDay(60) });
    expect(kindsOf(wide.findings)).toEqual(['not_remitted JNT7002', 'overpaid JNT7001']);
    expect(wide.to).toBe(wibDay(0));
    const rest = await server.rest('GET', `/store/cod-ledger/findings?from=${old.from}&to=${old.to}`, {
      token: c.token,
    });
    expect(rest.status).toBe(200);
    expect(rest.body.data).toMatchObject({
      from: old.from,
      to: old.to,
      counts: { not_remitted: 1, overpaid: 0 },
    });

    const recent = await c.client.codLedger.report.query({});
    expect(recent.totals).toMatchObject({ delivered: 1, expectedCod: 100_000, remitted: 130_000 });
    const all = await server.rest('GET', `/store/cod-ledger?from=${wibDay(60)}&to=${wibDay(0)}`, {
      token: c.token,
    });
    expect(all.body.data).toMatchObject({
      from: wibDay(60),
      totals: { delivered: 2, expected_cod: 160_000, remitted: 130_000 },
    });
    const before = await c.client.codLedger.report.query({ to: wibDay(50) });
    expect(before).toMatchObject({ from: wibDay(79), to: wibDay(50), rows: [] });
  });

  it('refuses a range backwards, longer than a year, misspelt or starting after today: 400 naming the field', async () => {
    const cases: Array<[string, string]> = [
      [`from=${wibDay(1)}&to=${wibDay(3)}`, 'to'],
      [`from=${wibDay(400)}&to=${wibDay(0)}`, 'from'],
      ['from=2026-13-01', 'from'],
      [`from=${wibDay(-3)}`, 'to'],
    ];
    for (const path of [
      '/store/cod-ledger',
      '/store/cod-ledger/findings',
      '/store/cod-ledger/findings/download',
    ]) {
      for (const [query, field] of cases) {
        const res = await server.rest('GET', `${path}?${query}`, { token: c.token });
        expect(res.status, `${path}?${query}`).toBe(400);
        expect(Object.keys(res.body.errors ?? {}), `${path}?${query}`).toEqual([field]);
      }
    }
    await expectError(c.client.codLedger.findings.query({ from: wibDay(1), to: wibDay(3) }), 'BAD_REQUEST');
    const { client } = await adminLogin(server, demoAdmin.email, demoAdmin.password);
    await expectError(client.admin.codLedger.report.query({ from: wibDay(400) }), 'BAD_REQUEST');
  });

  it('the export says what the page says for the same days, overpaid included', async () => {
    const link = await c.client.codLedger.exportFindings.query({ format: 'csv', from: wibDay(60) });
    const csv = (await (await fetch(`${server.url}${link.url}`)).text()).replace(/^\uFEFF/, '').trim();
    const rows = csv.split('\n').slice(1);
    expect(rows.map((row) => row.split(',').slice(0, 2).join(' '))).toEqual([
      'not_remitted JNT7002',
      'overpaid JNT7001',
    ]);
    expect(rows[1]?.split(',').slice(5, 8)).toEqual(['100000', '130000', '1']);
    const recent = await c.client.codLedger.exportFindings.query({ format: 'csv', kind: 'not_remitted' });
    const none = (await (await fetch(`${server.url}${recent.url}`)).text()).replace(/^\uFEFF/, '').trim();
    expect(none.split('\n')).toHaveLength(1);
  });

  it("the platform's report counts each store's findings by kind over the days, and narrows to one store", async () => {
    const { client, token } = await adminLogin(server, demoAdmin.email, demoAdmin.password);
    const recent = await client.admin.codLedger.report.query({});
    const storeC = recent.stores.find((s) => s.storeId === c.storeId);
    expect(storeC?.findings).toEqual({
      short_paid: 0,
      overpaid: 1,
      paid_twice: 0,
      not_remitted: 0,
      unknown_awb: 0,
    });
    for (const kind of ['short_paid', 'overpaid', 'paid_twice', 'not_remitted', 'unknown_awb'] as const) {
      expect(recent.totals.findings[kind]).toBe(recent.stores.reduce((sum, s) => sum + s.findings[kind], 0));
    }
    const one = await server.rest('GET', `/admin/cod-ledger?store_id=${c.storeId}&from=${wibDay(60)}`, {
      token,
    });
    expect(one.status).toBe(200);
    expect(one.body.data).toMatchObject({
      from: wibDay(60),
      stores: [
        {
          store_id: c.storeId,
          store_name: storeC?.storeName,
          orders: 1,
          amount: 60_000,
          findings: { overpaid: 1, not_remitted: 1, short_paid: 0 },
        },
      ],
      totals: { findings: { overpaid: 1, not_remitted: 1 } },
    });
    expect((one.body.data as { stores: unknown[] }).stores).toHaveLength(1);
  });
});

describe('COD ledger: payments in parts, previews asked in the query, workbooks, file names', () => {
  let d: Owner;
  const wibDay = (ago: number) =>
    new Date(server.clock.now().getTime() + 7 * 3_600_000 - ago * dayMs).toISOString().slice(0, 10);
  const kindsOf = (list: Array<{ kind: string; awb: string | null }>) =>
    list.map((f) => `${f.kind} ${f.awb}`).sort();

  beforeAll(async () => {
    d = await sellerClient(server);
    await codOrder(d, 'JNT8001', 'delivered', { total: 71_500, ago: 4 }); // paid in two parts
    await codOrder(d, 'JNT8002', 'delivered', { total: 71_500, ago: 4 }); // two parts, short
    await codOrder(d, 'JNT8003', 'delivered', { total: 50_000, ago: 4 }); // two parts, too much
    await codOrder(d, 'JNT8004', 'delivered', { total: 40_000, ago: 4 }); // the same payment twice
    await codOrder(d, 'JNT8005', 'delivered', { total: 20_000, ago: 1 });
  });

  it('two files paying 70 000 + 1 500 of 71 500 are a payment in parts: no finding', async () => {
    const first = await uploadFile(
      d.token,
      `awb,amount,date\nJNT8001,70000,${wibDay(2)}\nJNT8002,70000,${wibDay(2)}\nJNT8003,30000,${wibDay(2)}\nJNT8004,40000,${wibDay(2)}\n`,
      'bagian-1.csv',
    );
    expect(first.status).toBe(200);
    expect(kindsOf(first.body.data?.findings as never)).toEqual([
      'short_paid JNT8001',
      'short_paid JNT8002',
      'short_paid JNT8003',
    ]);
    const second = await uploadFile(
      d.token,
      `awb,amount,date\nJNT8001,1500,${wibDay(1)}\nJNT8002,1000,${wibDay(1)}\nJNT8003,25000,${wibDay(1)}\nJNT8004,40000,${wibDay(1)}\n`,
      'bagian-2.csv',
    );
    expect(second.body.data).toMatchObject({ recorded: 4, skipped: 0 });
    expect(kindsOf(second.body.data?.findings as never)).toEqual([
      'overpaid JNT8003',
      'paid_twice JNT8004',
      'short_paid JNT8002',
    ]);
    const { findings, counts } = await d.client.codLedger.findings.query({});
    expect(kindsOf(findings)).toEqual(['overpaid JNT8003', 'paid_twice JNT8004', 'short_paid JNT8002']);
    expect(counts).toEqual({ short_paid: 1, overpaid: 1, paid_twice: 1, not_remitted: 0, unknown_awb: 0 });
    expect(findings.find((f) => f.awb === 'JNT8002')).toMatchObject({
      expected: 71_500,
      remitted: 71_000,
      lines: 2,
    });
    expect(findings.find((f) => f.awb === 'JNT8004')).toMatchObject({
      expected: 40_000,
      remitted: 80_000,
      sources: ['bagian-1.csv row 5', 'bagian-2.csv row 5'],
    });
    const paid = await server.db.order.findFirstOrThrow({ where: { storeId: d.storeId, awb: 'JNT8001' } });
    expect((await d.client.codLedger.order.query({ invoice: paid.invoice })).remitted).toBe(71_500);
  });

  it('`?preview=true` in the query previews over REST: no file id, nothing written', async () => {
    const before = await ledgerRows();
    const files = await d.client.codLedger.files.query();
    const res = await uploadFile(d.token, 'awb,amount\nJNT8005,19000\n', 'cek.csv', {}, '?preview=true');
    expect(res.status).toBe(200);
    expect(res.body.message).toBe('Remittance file checked; nothing recorded.');
    expect(res.body.data).toMatchObject({ preview: true, file_id: null, recorded: 1, matched: 1 });
    expect(kindsOf(res.body.data?.findings as never)).toEqual(['short_paid JNT8005']);
    expect(await ledgerRows()).toEqual(before);
    expect(await d.client.codLedger.files.query()).toEqual(files);
    // The form's own field wins over the query.
    const form = await uploadFile(
      d.token,
      'awb,amount\nJNT8005,19000\n',
      'cek.csv',
      { preview: 'true' },
      '?preview=false',
    );
    expect(form.body.data).toMatchObject({ preview: true, file_id: null });
    expect(await ledgerRows()).toEqual(before);

    // The document says so: a query parameter and a form field.
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      paths: Record<
        string,
        Record<
          string,
          {
            parameters: Array<{ name: string; in: string }>;
            requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> };
          }
        >
      >;
    };
    const op = doc.paths['/store/cod-ledger/remittance']?.post;
    expect(op?.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'preview', in: 'query' })]),
    );
    expect(Object.keys(op?.requestBody.content['multipart/form-data']?.schema.properties ?? {})).toEqual([
      'file',
      'preview',
      'due_after_days',
    ]);
  });

  it('reads an XLSX whose first sheet is empty from the first sheet with a header row', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Kosong');
    workbook.addWorksheet('Catatan').addRow(['Laporan pencairan COD, Desember']);
    const data = workbook.addWorksheet('Data');
    data.addRow(['No Resi', 'Nilai COD']);
    data.addRow(['JNT8005', 20_000]);
    const res = await uploadFile(
      d.token,
      new Uint8Array(await workbook.xlsx.writeBuffer()),
      'pencairan.xlsx',
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ preview: false, rows: 1, recorded: 1, matched: 1 });
    expect(kindsOf(res.body.data?.findings as never)).toEqual([]);
    // A workbook with no such sheet is still refused by its first sheet with rows.
    const none = new ExcelJS.Workbook();
    none.addWorksheet('Kosong');
    none.addWorksheet('Catatan').addRow(['Laporan pencairan COD, Desember']);
    const refused = await uploadFile(d.token, new Uint8Array(await none.xlsx.writeBuffer()), 'catatan.xlsx');
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/Row 1: no AWB column/);
  });

  it("a file named like a formula is inert text in the findings CSV's Sources cell", async () => {
    const name = '=HYPERLINK("http://evil.example","Klik").csv';
    const res = await uploadFile(d.token, 'awb,amount\nXYZ9001,10000\n', name);
    expect(res.status).toBe(200);
    const stored = (await d.client.codLedger.files.query()).files[0]?.filename ?? '';
    expect(stored.startsWith('=HYPERLINK(')).toBe(true);
    const link = await d.client.codLedger.exportFindings.query({ format: 'csv', kind: 'unknown_awb' });
    const [, row] = (await (await fetch(`${server.url}${link.url}`)).text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    const cell = `'${stored} row 2`;
    expect(row?.startsWith('unknown_awb,XYZ9001,')).toBe(true);
    expect(row?.endsWith(`,${/[",]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell}`)).toBe(true);
  });
});
