import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '@bosonline/server/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/chromium.ts';
import { expectAccessible, logIn, settled } from '../src/dashboard.ts';
import { hasBrowser, openPage, screenshotDir } from './browser.ts';

// The dashboard's Produk section as the demo seller and her CS meet it: headless Chromium against
// a real server with the demo store. Needs the dashboard built (`pnpm build`).

const photo = fileURLToPath(new URL('../../docs/kopi-arabica.png', import.meta.url));

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  if (!hasBrowser) return;
  [server, browser] = await Promise.all([startTestServer({ seed: true }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function ownerClient() {
  const owner = await server
    .client()
    .auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
  return server.client({ token: owner.accessToken });
}

/** Fills one variant's fieldset of the product form. */
async function fillVariant(
  page: Page,
  n: number,
  values: { option: string; sku: string; price: string; stock: string },
) {
  const group = page.getByRole('group', { name: `Varian ${n}` });
  await group.getByLabel(/^Pilihan/).fill(values.option);
  await group.getByLabel('SKU varian').fill(values.sku);
  await group.getByLabel('Harga jual').fill(values.price);
  await group.getByLabel('Stok awal · Alfian').fill(values.stock);
  await group.getByText('SKU tersedia').waitFor();
}

describe.skipIf(!hasBrowser)('dashboard: products', () => {
  it('the demo seller adds a product with two variants, stock and a photo, filters it, and adjusts its stock', async () => {
    const seller = await ownerClient();
    const { page, errors } = await openPage(browser, 1280);
    await logIn(page, server.url, 'demo@bosonline.id', '/app/products');
    await page.getByRole('heading', { name: 'Produk', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Kopi Arabica' }).waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-products-1280.png`, fullPage: true });

    await page.getByRole('link', { name: 'Tambah produk' }).click();
    await page.getByRole('heading', { name: 'Tambah produk' }).waitFor();
    await expectAccessible(page);

    // A SKU the store already uses is flagged while typing, before any save.
    const sku = page.getByLabel('SKU produk');
    await sku.fill('BAT-AA-001');
    await page.getByText('SKU ini sudah dipakai di toko Anda').waitFor();
    await sku.fill('KRL-001');
    await page.getByText('SKU tersedia').first().waitFor();
    expect(await page.getByText('SKU ini sudah dipakai di toko Anda').count()).toBe(0);

    // The contracts' rules refuse an incomplete form in the browser, in Indonesian, under the fields.
    await page.getByRole('button', { name: 'Simpan produk' }).click();
    await page.getByText('Nama wajib diisi').waitFor();
    await page.getByText('Berat wajib diisi').waitFor();

    await page.getByLabel('Nama produk').fill('Kopi Robusta Lampung');
    await page.getByLabel('Berat per unit (gram)').fill('250');
    await page.locator('input[type=file]').setInputFiles(photo);
    await page.getByText('Sampul').waitFor();
    await page.getByLabel('Nama pilihan').fill('Ukuran');
    await fillVariant(page, 1, { option: '250 g', sku: 'KRL-001-250', price: '45000', stock: '10' });
    // Rupiah as Indonesians write it, while the form holds the integer.
    expect(await page.getByRole('group', { name: 'Varian 1' }).getByLabel('Harga jual').inputValue()).toBe(
      'Rp 45.000',
    );
    await page.getByRole('button', { name: 'Tambah varian' }).click();
    await fillVariant(page, 2, { option: '500 g', sku: 'KRL-001-500', price: '85000', stock: '5' });
    await settled(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-product-form-1280.png`, fullPage: true });
    await page.getByRole('button', { name: 'Simpan produk' }).click();

    // Back on the list, with the new product in it, as the server stored it.
    await page.getByText('Kopi Robusta Lampung ditambahkan.').waitFor();
    await page.getByRole('link', { name: 'Kopi Robusta Lampung' }).waitFor();
    const [created] = (await seller.product.list.query({ q: 'KRL-001' })).items;
    const product = await seller.product.detail.query({ id: created!.id });
    expect(product.images).toHaveLength(1);
    expect(product.weightGrams).toBe(250);
    expect(
      product.variants.map((v) => ({
        sku: v.sku,
        options: v.options,
        price: v.price,
        stock: v.stock.map((s) => [s.warehouseName, s.quantity]),
      })),
    ).toEqual([
      { sku: 'KRL-001-250', options: { Ukuran: '250 g' }, price: 45_000, stock: [['Alfian', 10]] },
      { sku: 'KRL-001-500', options: { Ukuran: '500 g' }, price: 85_000, stock: [['Alfian', 5]] },
    ]);

    // Opened again, the form holds what was saved; a price change goes to that variant only.
    await page.getByRole('link', { name: 'Kopi Robusta Lampung' }).click();
    await page.getByRole('heading', { name: 'Ubah Kopi Robusta Lampung' }).waitFor();
    const second = page.getByRole('group', { name: 'Varian 2' });
    expect(await second.getByLabel('SKU varian').inputValue()).toBe('KRL-001-500');
    await second.getByLabel('Harga jual').fill('90000');
    await page.getByRole('button', { name: 'Simpan produk' }).click();
    await page.getByText('Kopi Robusta Lampung disimpan.').waitFor();
    const edited = await seller.product.detail.query({ id: created!.id });
    expect(edited.variants.map((v) => [v.sku, v.price, v.totalStock])).toEqual([
      ['KRL-001-250', 45_000, 10],
      ['KRL-001-500', 90_000, 5],
    ]);
    expect(edited.images).toHaveLength(1);

    // Deactivated through the bulk bar, it leaves the "Aktif" tab and shows under "Nonaktif".
    await page.getByRole('checkbox', { name: 'Pilih Kopi Robusta Lampung' }).check();
    await page.getByRole('button', { name: 'Nonaktifkan' }).click();
    await page.getByText('Status 1 produk diubah.').waitFor();
    await page.getByRole('tab', { name: 'Nonaktif' }).click();
    await page.waitForURL(/[?&]status=inactive/);
    await page.getByRole('link', { name: 'Kopi Robusta Lampung' }).waitFor();
    await page.getByRole('tab', { name: 'Aktif', exact: true }).click();
    await page.waitForURL(/[?&]status=active/);
    await page.getByRole('link', { name: 'Kopi Arabica' }).waitFor();
    expect(await page.getByRole('link', { name: 'Kopi Robusta Lampung' }).count()).toBe(0);

    // Stock: 7 more of the 250 g arrive; the row shows 17 and its ledger says why.
    await page.getByRole('link', { name: 'Stok gudang' }).click();
    await page.getByRole('heading', { name: 'Stok gudang' }).waitFor();
    await page.getByLabel('Cari produk').fill('KRL-001-250');
    await page.waitForURL(/[?&]q=KRL-001-250/);
    await page.getByText('Menampilkan 1 baris').waitFor();
    await expectAccessible(page);
    await page.getByRole('checkbox', { name: 'Pilih KRL-001-250 di Alfian' }).check();
    await page.getByRole('button', { name: 'Ubah stok' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ubah stok 1 baris' });
    await dialog.getByLabel('Tambah (+) atau kurangi (−)').fill('7');
    await dialog.getByLabel('Catatan (opsional)').fill('Kiriman pemasok');
    await dialog.getByRole('button', { name: 'Simpan perubahan stok' }).click();
    await page.getByText('Stok 1 baris diubah.').waitFor();
    await page.getByRole('cell', { name: '17', exact: true }).waitFor();
    await settled(page); // the closing dialog has faded out
    await page.screenshot({ path: `${screenshotDir}dashboard-inventory-1280.png`, fullPage: true });

    await page.getByRole('button', { name: 'Riwayat stok KRL-001-250 · Alfian' }).click();
    const ledger = page.getByRole('dialog', { name: 'Riwayat stok KRL-001-250 · Alfian' });
    const newest = ledger.getByRole('row').nth(1);
    await newest.getByText('Kiriman pemasok').waitFor();
    expect(await newest.getByRole('cell').allTextContents()).toEqual([
      expect.any(String),
      '+7',
      '17',
      'Barang masukKiriman pemasok',
      expect.any(String),
    ]);
    await ledger.getByRole('cell', { name: 'Stok awal' }).waitFor();
    await settled(page);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-stock-ledger-1280.png`, fullPage: true });
    const rows = await seller.product.inventory.list.query({ q: 'KRL-001-250' });
    expect(rows.items.map((r) => r.quantity)).toEqual([17]);

    // The stock list as a spreadsheet: a signed link the browser downloads by itself.
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Kembali ke daftar produk' }).click();
    await page.getByRole('button', { name: 'Unduh' }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Stok per gudang (CSV)' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^inventory-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await file.path())!, 'utf8');
    expect(csv).toMatch(/KRL-001-250.*17/);
    expect(errors).toEqual([]);
  });

  it('on a phone the product form fits and says a taken variant SKU as it is typed', async () => {
    const { page, errors } = await openPage(browser, 360);
    await logIn(page, server.url, 'demo@bosonline.id', '/app/products/new');
    await page.getByRole('heading', { name: 'Tambah produk' }).waitFor();
    await page.getByRole('group', { name: 'Varian 1' }).getByLabel('SKU varian').fill('BAT-TH-002-01');
    await page.getByText('SKU ini sudah dipakai di toko Anda').waitFor();
    await settled(page);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-product-form-360.png`, fullPage: true });
    // Nothing overflows sideways at 360 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
  });

  it('a CS member reads the catalogue and its stock but is offered no way to change them', async () => {
    const { page, errors } = await openPage(browser, 360);
    await logIn(page, server.url, 'cs@bosonline.id', '/app/products');
    await page.getByRole('heading', { name: 'Produk', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Kopi Arabica' }).waitFor();
    expect(await page.getByRole('link', { name: 'Tambah produk' }).count()).toBe(0);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    await settled(page);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-products-360.png`, fullPage: true });

    // A product opens to be read, with nothing to change.
    await page.getByRole('link', { name: 'Kopi Arabica' }).click();
    await page.getByRole('heading', { name: 'Kopi Arabica', level: 1 }).waitFor();
    expect(await page.getByLabel('Nama produk').inputValue()).toBe('Kopi Arabica');
    expect(await page.getByLabel('Nama produk').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Simpan produk' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Kembali ke daftar produk' }).click();

    await page.getByRole('link', { name: 'Stok gudang' }).click();
    await page.getByRole('heading', { name: 'Stok gudang' }).waitFor();
    await page.getByRole('button', { name: /^Riwayat stok BAT-AA-001-01/ }).waitFor();
    expect(await page.getByRole('checkbox').count()).toBe(0);
    // The product's name has room to be read: the history button is an icon on a phone.
    const name = page.getByRole('cell', { name: /^Kopi Arabica/ }).first();
    expect((await name.boundingBox())?.width).toBeGreaterThan(170);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${screenshotDir}dashboard-inventory-360.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
});
