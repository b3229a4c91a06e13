import { startTestServer, type TestServer } from '@bosonline/server/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/chromium.ts';
import { expectAccessible, logIn, settled } from '../src/dashboard.ts';
import { hasBrowser, openPage, screenshotDir } from './browser.ts';

// Kas COD: the demo owner drops a courier's remittance file, sees its findings before saving
// (a short payment and a parcel paid twice), saves it, and finds them in the findings list with
// the parcel nobody remitted. At 360 px and 1280 px. Needs the dashboard built.

let server: TestServer;
let browser: Browser;
const dayMs = 86_400_000;

beforeAll(async () => {
  if (!hasBrowser) return;
  [server, browser] = await Promise.all([startTestServer({ seed: true }), launchChromium()]);
  // Three parcels the demo store's courier delivered ten days ago, outside BosPay (couriers deliver;
  // no seller call does): the file pays one short, one twice, and forgets one.
  const store = await server.db.store.findFirstOrThrow({ where: { name: 'Toko Demo bosOnline' } });
  const at = new Date(server.clock.now().getTime() - 10 * dayMs);
  for (const [i, awb, total] of [
    [1, 'JNT7700001', 150_000],
    [2, 'JNT7700002', 98_000],
    [3, 'JNT7700003', 120_000],
  ] as const) {
    await server.db.order.create({
      data: {
        storeId: store.id,
        invoice: `INV77000${i}`,
        status: 'delivered',
        paymentMethod: 'cod',
        buyerName: `Pembeli ${i}`,
        buyerPhone: `62812770000${i}`,
        regionId: 100001,
        address: 'Jl. Uji 1',
        senderWarehouseId: store.defaultWarehouseId ?? '00000000-0000-4000-8000-000000000000',
        courierCode: 'jnt',
        serviceCode: 'REG',
        weightGrams: 1000,
        itemsTotal: total - 12_000,
        shippingCost: 9_000,
        codFee: 3_000,
        total,
        awb,
        deliveredAt: at,
        createdAt: new Date(at.getTime() - 3 * dayMs),
      },
    });
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const remittance = [
  'No Resi;Nilai COD;Tanggal',
  'JNT7700001;140.000;05/12/2026',
  'JNT7700002;98.000;05/12/2026',
  'JNT7700002;98.000;05/12/2026',
].join('\n');

describe.skipIf(!hasBrowser)('dashboard Kas COD', () => {
  it('previews a remittance file, saves it, and lists exactly its findings', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await logIn(page, server.url, 'demo@bosonline.id', '/app/cod-ledger');
    await page.getByRole('heading', { name: 'Kas COD', level: 1 }).waitFor();
    await page.getByText('Kas di kurir', { exact: true }).waitFor();
    const findings = page.getByRole('region', { name: 'Temuan' });
    await findings.getByText('Belum disetor').first().waitFor();

    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'setoran-jnt.csv', mimeType: 'text/csv', buffer: Buffer.from(remittance) });
    await page.getByText('Pratinjau: setoran-jnt.csv').waitFor();
    const upload = page.getByRole('region', { name: 'Unggah setoran kurir' });
    await upload.getByText('3 baris: 3 cocok dengan pesanan, 0 AWB tidak dikenal.').waitFor();
    expect(await upload.getByText('Kurang bayar').count()).toBe(1);
    expect(await upload.getByText('Dibayar dua kali').count()).toBe(1);
    await settled(page);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}cod-ledger-preview-1280.png`, fullPage: true });

    await upload.getByRole('button', { name: 'Simpan setoran' }).click();
    await page.getByText('Setoran disimpan.').waitFor();
    await findings.getByText('Kurang bayar').waitFor();
    const rows = findings.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const text = (await rows.allTextContents()).join(' | ');
    expect(text).toContain('JNT7700001');
    expect(text).toContain('JNT7700002');
    expect(text).toContain('JNT7700003');
    expect(text).toContain('Belum disetor');
    await settled(page);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}cod-ledger-1280.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('works on a phone', async () => {
    const { page, errors } = await openPage(browser, 360);
    await logIn(page, server.url, 'demo@bosonline.id', '/app/cod-ledger');
    await page.getByRole('heading', { name: 'Kas COD', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Temuan' }).getByText('Kurang bayar').waitFor();
    // No days in the URL: the page shows the ones the server picked (its last 30 WIB days).
    const session = await server
      .client()
      .auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
    const report = await server.client({ token: session.accessToken }).codLedger.report.query({});
    await page
      .getByRole('region', { name: 'Sudah disetor' })
      .getByText(`${report.from} s.d. ${report.to}`)
      .waitFor();
    await settled(page);
    await expectAccessible(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${screenshotDir}cod-ledger-360.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('tells a CS member who opens the link that the page is not theirs, without asking the server', async () => {
    const { page, errors } = await openPage(browser, 360);
    const ledgerCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('codLedger.')) ledgerCalls.push(request.url());
    });
    await logIn(page, server.url, 'cs@bosonline.id', '/app/cod-ledger');
    await page.getByText('Hanya pemilik dan admin toko yang melihat Kas COD.').waitFor();
    expect(await page.getByText(/Tarik file ke sini/).count()).toBe(0);
    expect(ledgerCalls).toEqual([]);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it("shows the platform's finance staff every store's COD cash", async () => {
    for (const width of [1280, 360]) {
      const { page, errors } = await openPage(browser, width);
      await page.goto(`${server.url}/app/admin`);
      await page.getByRole('heading', { name: 'Masuk ke Konsol Admin' }).waitFor();
      await page.getByLabel('Email staf').fill('admin@bosonline.id');
      await page.getByLabel('Kata sandi').fill('admin12345');
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await page.waitForURL(/\/app\/admin\/(?!login)/);
      await page.goto(`${server.url}/app/admin/cod-ledger`);
      await page.getByRole('heading', { name: 'Kas COD penjual', level: 1 }).waitFor();
      const row = page.getByRole('row', { name: /Toko Demo bosOnline/ });
      await row.waitFor();
      // JNT7700003 (Rp120.000), delivered ten days ago and remitted by nobody: in transit and overdue.
      expect(await row.textContent()).toContain('Rp120.000');
      await settled(page);
      await expectAccessible(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${screenshotDir}admin-cod-ledger-${width}.png`, fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
