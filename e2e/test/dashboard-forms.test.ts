import { startTestServer, type TestServer } from '@bosonline/server/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/chromium.ts';
import { expectAccessible, logIn, settled } from '../src/dashboard.ts';
import { hasBrowser, openPage, screenshotDir } from './browser.ts';

// The dashboard's Form section as the demo seller and her CS meet it: building an order form,
// the real <bos-checkout> widget previewing it, its embed code, copies and the on/off switch.
// Needs the dashboard and the widget built (`pnpm build`).

let server: TestServer;
let browser: Browser;
let seller: ReturnType<TestServer['client']>;

beforeAll(async () => {
  if (!hasBrowser) return;
  [server, browser] = await Promise.all([startTestServer({ seed: true }), launchChromium()]);
  const tokens = await server
    .client()
    .auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
  seller = server.client({ token: tokens.accessToken });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The forms whose name contains `name`, as the server lists them. */
async function formsNamed(name: string) {
  return (await seller.form.list.query({ q: name, limit: 50 })).items;
}

/** Picks the demo product in the builder and ticks both its variants. */
async function addKopiArabica(page: Page) {
  const product = page.getByRole('combobox', { name: 'Tambah produk' });
  await product.fill('Kopi');
  await page.getByRole('option', { name: 'Kopi Arabica' }).click();
  await page.getByRole('checkbox', { name: /Gayo/ }).check();
  await page.getByRole('checkbox', { name: /Toraja/ }).check();
}

describe.skipIf(!hasBrowser)('dashboard: order forms', () => {
  it('the demo seller builds a form, previews it in the real widget, copies its embed code, duplicates it and switches it off', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await logIn(page, server.url, 'demo@bosonline.id', '/app/forms');
    await page.getByRole('heading', { name: 'Form', exact: true }).waitFor();
    // The demo store's own form is listed with its hosted address.
    await page.getByRole('link', { name: 'Kopi Arabica', exact: true }).waitFor();
    await page.getByText('/f/kopi-arabica', { exact: true }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Menu utama' });
    await menu.getByRole('link', { name: 'Form' }).waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-forms-1280.png`, fullPage: true });

    await page.getByRole('link', { name: 'Buat form' }).click();
    await page.getByRole('heading', { name: 'Form baru' }).waitFor();
    await page.getByText('Simpan form untuk melihat pratinjau widget yang sebenarnya.').waitFor();

    // An empty form is refused in the browser by the contracts' own rules, in Indonesian.
    await page.getByRole('button', { name: 'Simpan form' }).click();
    await page.getByText('Nama wajib diisi').waitFor();
    await page.getByText('Tambahkan minimal satu varian produk').waitFor();

    await page.getByLabel('Nama form').fill('Kopi Gajian');
    // The demo form's address is taken: the server's 409 lands under the slug, in plain words.
    await page.getByLabel('Slug (alamat halaman)').fill('kopi-arabica');
    await page.getByLabel('Judul di halaman').fill('Promo Kopi Gajian');
    await addKopiArabica(page);
    await page.getByRole('button', { name: 'Simpan form' }).click();
    await page.getByText('Slug ini sudah dipakai form lain. Pilih slug lain.').waitFor();
    expect(await formsNamed('Kopi Gajian')).toEqual([]);
    await page.getByLabel('Slug (alamat halaman)').fill('kopi-gajian');
    await page.getByLabel('Harga Kopi Arabica – Toraja di form ini').fill('40000');
    // COD and transfer are offered, the online gateway is not.
    expect(await page.getByRole('checkbox', { name: 'COD (bayar di tempat)' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Transfer bank' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Pembayaran online' }).isChecked()).toBe(false);
    // Couriers and services come from the provider's catalogue: SiCepat added with all its
    // services (COD marked), then its next-day one dropped; nothing is typed.
    await page.getByLabel('Kurir', { exact: true }).and(page.locator('input')).click();
    await page.getByRole('option', { name: 'SiCepat' }).click();
    await page.keyboard.press('Escape');
    const sicepat = page.getByLabel('Layanan SiCepat').and(page.locator('input'));
    // Its pills cover most of the box: the click lands on the box, which opens the list.
    await sicepat.click({ force: true });
    await page.getByRole('option', { name: 'Reguler (REG) · COD' }).waitFor();
    await page.getByRole('option', { name: 'Besok Sampai Tujuan (BEST)' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Tambah isian' }).click();
    await page.getByLabel('Label', { exact: true }).fill('Catatan gilingan');
    await page.getByLabel('Kunci', { exact: true }).fill('catatan_gilingan');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Simpan form' }).click();
    await page.getByRole('heading', { name: 'Ubah form Kopi Gajian' }).waitFor();
    const [made] = await formsNamed('Kopi Gajian');
    expect(page.url()).toBe(`${server.url}/app/forms/${made!.id}`);
    const saved = await seller.form.detail.query({ id: made!.id });
    expect(saved).toMatchObject({
      slug: 'kopi-gajian',
      status: 'active',
      paymentMethods: ['cod', 'bank_transfer'],
      couriers: [
        { code: 'jne', services: ['REG'] },
        { code: 'sicepat', services: ['REG'] },
      ],
      customFields: [{ key: 'catatan_gilingan', label: 'Catatan gilingan', type: 'text', required: false }],
    });
    expect(saved.items.map((i) => [i.sku, i.price])).toEqual([
      ['BAT-AA-001-01', 45_000],
      ['BAT-AA-001-02', 40_000],
    ]);

    // The real widget, in its shadow root, shows the saved form with its extra field and price.
    const widget = page.locator('bos-checkout');
    await widget.getByRole('heading', { name: 'Promo Kopi Gajian' }).waitFor();
    await widget.getByLabel('Catatan gilingan').waitFor();
    expect(await widget.evaluate((el) => el.shadowRoot !== null)).toBe(true);

    // The embed snippet: shown, and on the clipboard after "Salin kode sematan".
    const snippet = `<bos-checkout form="${made!.id}"></bos-checkout>\n<script src="${server.url}/widget/bos-checkout.js" defer></script>`;
    const share = page.getByRole('region', { name: 'Bagikan' });
    expect(await share.locator('pre').textContent()).toBe(snippet);
    await share.getByRole('button', { name: 'Salin kode sematan' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    await share.getByRole('button', { name: 'Salin tautan' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}/f/kopi-gajian`);

    // An edit not yet saved: the preview says it still shows the saved version.
    await page.getByLabel('Judul di halaman').fill('Promo Kopi Akhir Bulan');
    await page.getByText(/pratinjau menampilkan versi tersimpan/).waitFor();
    await page.getByRole('button', { name: 'Simpan form' }).click();
    await page.getByText('Form tersimpan.').waitFor();
    await widget.getByRole('heading', { name: 'Promo Kopi Akhir Bulan' }).waitFor();
    expect(await page.getByText(/pratinjau menampilkan versi tersimpan/).count()).toBe(0);
    // From the top, so the preview column sits beside the builder as the seller first sees it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await settled(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-form-builder-1280.png`, fullPage: true });

    // Back in the list: a copy of it, then switched off.
    await page.getByRole('link', { name: 'Kembali ke daftar form' }).click();
    await page.getByRole('button', { name: 'Tindakan untuk Kopi Gajian' }).click();
    await page.getByRole('menuitem', { name: 'Duplikat' }).click();
    await page.getByText('Form “Kopi Gajian (copy)” dibuat sebagai salinan.').waitFor();
    await page.getByRole('link', { name: 'Kopi Gajian (copy)' }).waitFor();
    const copies = await formsNamed('Kopi Gajian (copy)');
    expect(copies.map((f) => [f.slug, f.status, f.itemCount])).toEqual([['kopi-gajian-copy', 'inactive', 2]]);

    const toggle = page.getByRole('switch', { name: 'Form Kopi Gajian aktif' });
    expect(await toggle.isChecked()).toBe(true);
    // From the keyboard: the switch's thumb covers its input for a pointer.
    await toggle.press('Space');
    await page.getByText('1 form sekarang nonaktif.').waitFor();
    expect((await seller.form.detail.query({ id: made!.id })).status).toBe('inactive');
    // The hosted page stops taking orders with it.
    expect((await fetch(`${server.url}/f/kopi-gajian`)).status).toBe(404);

    // Both forms picked: copied in one go, then switched on together.
    await page.getByRole('searchbox', { name: 'Cari form' }).fill('Kopi Gajian');
    await page.waitForURL(/[?&]q=Kopi/);
    await page.getByText('Menampilkan 2 form').waitFor();
    await page.getByRole('checkbox', { name: 'Pilih semua form' }).check();
    const batch = page.getByRole('region', { name: '2 form dipilih' });
    await batch.getByRole('button', { name: 'Duplikat yang dipilih' }).click();
    await page.getByText('2 salinan dibuat (nonaktif sampai Anda aktifkan).').waitFor();
    await page.getByText('Menampilkan 4 form').waitFor();
    await page.getByRole('checkbox', { name: 'Pilih Kopi Gajian', exact: true }).check();
    await page
      .getByRole('region', { name: '1 form dipilih' })
      .getByRole('button', { name: 'Aktifkan', exact: true })
      .click();
    await page.getByText('1 form sekarang aktif.').waitFor();
    expect((await seller.form.detail.query({ id: made!.id })).status).toBe('active');
    // The toast comes with the server's answer; the list's switch follows on its refetch.
    await page.getByRole('switch', { name: 'Form Kopi Gajian aktif', checked: true }).waitFor();
    expect(errors).toEqual([]);
  });

  it('on a phone the list and the builder fit, and the builder passes axe', async () => {
    const { page, errors } = await openPage(browser, 360);
    await logIn(page, server.url, 'demo@bosonline.id', '/app/forms');
    await page.getByRole('link', { name: 'Kopi Arabica', exact: true }).waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-forms-360.png`, fullPage: true });

    await page.getByRole('link', { name: 'Kopi Arabica', exact: true }).click();
    await page.getByRole('heading', { name: 'Ubah form Kopi Arabica' }).waitFor();
    await page.locator('bos-checkout').getByRole('heading', { name: 'Kopi Arabica Gayo & Toraja' }).waitFor();
    await expectAccessible(page);
    // Nothing sticks out sideways at 360 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await settled(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-form-builder-360.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('a CS member has no Form menu, cannot open the builder, and the server refuses her a new form', async () => {
    const { page, errors } = await openPage(browser, 360);
    await logIn(page, server.url, 'cs@bosonline.id', '/app/forms/new');
    await page.getByText('Hanya pemilik dan admin toko yang membuat dan mengubah form.').waitFor();
    expect(await page.getByRole('button', { name: 'Simpan form' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Buka menu' }).click();
    const menu = page.getByRole('navigation', { name: 'Menu utama' });
    await menu.getByRole('link', { name: 'Pesanan' }).waitFor();
    expect(await menu.getByRole('link').allTextContents()).toEqual([
      'Beranda',
      'Produk',
      'Pesanan',
      'Checkout tertinggal',
      'Pengaturan',
    ]);

    const tokens = await server
      .client()
      .auth.login.mutate({ login: 'cs@bosonline.id', password: 'demo12345' });
    const cs = server.client({ token: tokens.accessToken });
    const demo = await seller.form.detail.query({ id: 'd9cc7807-36c2-4eb1-b910-ece18a1bbb6e' });
    await expect(
      cs.form.create.mutate({
        name: 'Form CS',
        paymentMethods: ['cod'],
        couriers: [{ code: 'jne', services: ['REG'] }],
        items: [{ variantId: demo.items[0]!.variantId }],
      }),
    ).rejects.toMatchObject({ data: { httpStatus: 403 } });
    expect(await formsNamed('Form CS')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
