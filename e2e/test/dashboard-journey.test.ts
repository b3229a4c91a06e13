import { formatRupiah } from '@bosonline/contracts';
import { newSeller, startTestServer, type TestServer } from '@bosonline/server/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/chromium.ts';
import { expectAccessible, settled, tabCount } from '../src/dashboard.ts';
import { hasBrowser, openPage, screenshotDir } from './browser.ts';

// One seller's first day, end to end in the browser: register, follow the onboarding checklist
// (warehouse, bank account, a product with two variants and stock), build an order form, and
// then, as a buyer on a phone in another browser context, order from the form's hosted page.
// Back in the dashboard the seller finds the order, adds a fee (the new total shows before
// saving), confirms the transfer with its receipt, prints the label and follows up. Needs the
// dashboard and the widget built (`pnpm build`).

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

const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu utama' });

/** Follows the onboarding step's link from Beranda and waits for the page it leads to. */
async function fromChecklist(page: Page, step: string, heading: string) {
  await menu(page).getByRole('link', { name: 'Beranda' }).click();
  await page.getByRole('region', { name: 'Siapkan toko Anda' }).getByRole('link', { name: step }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

/**
 * Once every toast has gone: one fading out mid-check reads as faint text to axe-core, and the
 * screenshots show the page itself.
 */
async function toastsGone(page: Page) {
  await expect.poll(() => page.locator('.mantine-Notification-root').count(), { timeout: 20_000 }).toBe(0);
}

/** Rupiah as the dashboard prints it, spaces aside (the locale puts a no-break space in). */
const rupiah = (amount: number) => formatRupiah(amount).replace(/\s/g, '');

describe.skipIf(!hasBrowser)('a new seller’s first order, end to end', () => {
  it('registers, sets up the store from the checklist, sells through the hosted form and handles the order', async () => {
    const seller = newSeller({ name: 'Rina Kartika' });
    const slug = `keripik-${seller.phone.slice(-6)}`;
    const { page, errors } = await openPage(browser, 1280);

    // Registering creates the store and signs in: Beranda with the onboarding checklist.
    await page.goto(`${server.url}/app/login`);
    await page.getByRole('link', { name: 'Belum punya akun? Daftar toko baru' }).click();
    await page.getByRole('heading', { name: 'Daftar toko baru' }).waitFor();
    await page.getByLabel('Nama Anda').fill(seller.name);
    await page.getByLabel('Email').fill(seller.email);
    await page.getByLabel('Nomor HP (WhatsApp)').fill(seller.phone);
    await page.getByLabel('Kata sandi').fill(seller.password);
    await page.getByLabel('Nama toko').fill('Keripik Bu Rina');
    await page.getByRole('button', { name: 'Daftar', exact: true }).click();
    await page.getByRole('heading', { name: `Halo, ${seller.name}` }).waitFor();
    const checklist = page.getByRole('region', { name: 'Siapkan toko Anda' });
    await checklist.getByText('0 dari 5 langkah selesai').waitFor();
    const tokens = await server
      .client()
      .auth.login.mutate({ login: seller.email, password: seller.password });
    const api = server.client({ token: tokens.accessToken });

    // Warehouse, from its checklist step.
    await fromChecklist(page, 'Tambahkan gudang', 'Gudang');
    await page.getByRole('button', { name: 'Tambah gudang' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama gudang').fill('Gudang Buduran');
    await dialog.getByLabel('Nama kontak').fill('Rina');
    await dialog.getByLabel('No. HP kontak').fill(seller.phone);
    await dialog.getByLabel('Kecamatan').fill('buduran');
    await page.getByRole('option', { name: /^Buduran, / }).click();
    await dialog.getByLabel('Alamat lengkap').fill('Jl. Raya Buduran No. 7');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('“Gudang Buduran” ditambahkan.').waitFor();

    // Bank account, from its step; the checklist counts both.
    await fromChecklist(page, 'Tambahkan rekening bank', 'Rekening bank');
    await page.getByRole('button', { name: 'Tambah rekening' }).click();
    await dialog.getByLabel(/^Bank/).and(page.locator('input')).click();
    await page.getByRole('option', { name: 'BANK CENTRAL ASIA' }).click();
    await dialog.getByLabel('Nomor rekening').fill('8800112233');
    await dialog.getByLabel('Atas nama').fill(seller.name);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Rekening ditambahkan.').waitFor();
    await menu(page).getByRole('link', { name: 'Beranda' }).click();
    await checklist.getByText('2 dari 5 langkah selesai').waitFor();

    // A product with two variants, each with stock in the new warehouse.
    await checklist.getByRole('link', { name: 'Tambahkan produk pertama' }).click();
    await page.getByRole('heading', { name: 'Tambah produk' }).waitFor();
    await page.getByLabel('Nama produk').fill('Keripik Tempe');
    await page.getByLabel('SKU produk').fill('KTP-01');
    await page.getByLabel('Berat per unit (gram)').fill('200');
    await page.getByLabel('Nama pilihan').fill('Rasa');
    const variants = [
      { option: 'Original', sku: 'KTP-01-ORI', price: '15000', stock: '20' },
      { option: 'Pedas', sku: 'KTP-01-PDS', price: '17000', stock: '8' },
    ];
    for (const [i, v] of variants.entries()) {
      if (i > 0) await page.getByRole('button', { name: 'Tambah varian' }).click();
      const group = page.getByRole('group', { name: `Varian ${i + 1}` });
      await group.getByLabel(/^Pilihan/).fill(v.option);
      await group.getByLabel('SKU varian').fill(v.sku);
      await group.getByLabel('Harga jual').fill(v.price);
      await group.getByLabel('Stok awal · Gudang Buduran').fill(v.stock);
      // The SKU is checked as it is typed; the seller sees it is free before going on.
      await group.getByText('SKU tersedia').waitFor();
    }
    await page.getByRole('button', { name: 'Simpan produk' }).click();
    await page.getByText('Keripik Tempe ditambahkan.').waitFor();
    const [product] = (await api.product.list.query({ q: 'KTP-01' })).items;
    const stored = await api.product.detail.query({ id: product!.id });
    expect(stored.variants.map((v) => [v.sku, v.price, v.totalStock])).toEqual([
      ['KTP-01-ORI', 15_000, 20],
      ['KTP-01-PDS', 17_000, 8],
    ]);
    await menu(page).getByRole('link', { name: 'Beranda' }).click();
    await checklist.getByText('3 dari 5 langkah selesai').waitFor();
    // Done steps are no longer links; the rest still lead to their pages.
    expect(await checklist.getByRole('link').allTextContents()).toEqual([
      'Lengkapi profil toko',
      'Pilih subdomain',
    ]);
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await toastsGone(page);
      await settled(page);
      await expectAccessible(page);
      await page.screenshot({ path: `${screenshotDir}journey-home-checklist-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 800 });

    // Pesanan is empty for now.
    await menu(page).getByRole('link', { name: 'Pesanan' }).click();
    await page.getByText('Belum ada pesanan di sini').waitFor();
    expect(await tabCount(page, /^Belum bayar/)).toBe(0);

    // An order form selling both variants; its hosted link is on the builder.
    await menu(page).getByRole('link', { name: 'Form' }).click();
    await page.getByRole('link', { name: 'Buat form' }).click();
    await page.getByRole('heading', { name: 'Form baru' }).waitFor();
    await page.getByLabel('Nama form').fill('Keripik Tempe');
    await page.getByLabel('Slug (alamat halaman)').fill(slug);
    await page.getByLabel('Judul di halaman').fill('Keripik Tempe Bu Rina');
    await page.getByRole('combobox', { name: 'Tambah produk' }).fill('Keripik');
    await page.getByRole('option', { name: 'Keripik Tempe' }).click();
    await page.getByRole('checkbox', { name: /Original/ }).check();
    await page.getByRole('checkbox', { name: /Pedas/ }).check();
    expect(await page.getByRole('checkbox', { name: 'Transfer bank' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Simpan form' }).click();
    await page.getByRole('heading', { name: 'Ubah form Keripik Tempe' }).waitFor();
    const hosted = page.getByRole('region', { name: 'Bagikan' }).getByRole('link', { name: /\/f\// });
    expect(await hosted.getAttribute('href')).toBe(`${server.url}/f/${slug}`);

    // The buyer: a phone, another browser context (no shared storage), the hosted page.
    const buyer = await openPage(browser, 360);
    const shop = buyer.page;
    await shop.goto(`${server.url}/f/${slug}`);
    await shop.getByRole('heading', { name: 'Keripik Tempe Bu Rina' }).waitFor();
    await shop.getByRole('button', { name: 'Tambah Keripik Tempe – Pedas' }).click();
    await shop.getByLabel('Nama lengkap').fill('Dewi Lestari');
    await shop.getByLabel('Nomor WhatsApp').fill('081355501234');
    await shop.getByLabel('Nomor WhatsApp').press('Tab');
    await shop.getByText('Terdaftar di WhatsApp').waitFor();
    const region = shop.getByRole('combobox', { name: 'Kecamatan / kota' });
    await region.fill('Tapung');
    await shop.getByRole('option', { name: 'Tapung, Kabupaten Kampar, Riau' }).click();
    await shop.getByText('Tapung, Kabupaten Kampar, Riau').waitFor();
    await shop.getByLabel('Alamat lengkap').fill('Jl. Melati No. 3, Tapung');
    await shop.getByRole('radio', { name: 'Transfer bank' }).check();
    const total = shop.locator('[data-testid=total]:not([data-pending])');
    await expect
      .poll(() => total.textContent(), { timeout: 10_000 })
      .toMatch(/^Rp/)
      .catch(async (e) => {
        await shop.screenshot({ path: '/tmp/journey-debug.png', fullPage: true });
        throw e;
      });
    await shop.getByRole('button', { name: 'Pesan Sekarang' }).click();
    await shop.getByText('Silakan transfer ke salah satu rekening berikut:').waitFor();
    await shop.getByText('8800112233').waitFor();
    const invoice = (await shop.getByTestId('invoice').textContent()) ?? '';
    expect(invoice).toMatch(/^INV/);
    await shop.screenshot({ path: `${screenshotDir}journey-buyer-success-360.png`, fullPage: true });
    expect(buyer.errors).toEqual([]);
    await shop.context().close();

    // Back in the dashboard: the order is in Pesanan, and the “Belum bayar” tab counts it.
    await menu(page).getByRole('link', { name: 'Pesanan' }).click();
    await page.getByRole('link', { name: invoice, exact: true }).waitFor();
    expect(await tabCount(page, /^Belum bayar/)).toBe(1);
    expect(await tabCount(page, /^Semua/)).toBe(1);

    // A fee for the gift wrap: the dialog shows the server's new total before it is saved.
    await page.getByRole('link', { name: invoice, exact: true }).click();
    await page.getByRole('heading', { name: `Pesanan ${invoice}` }).waitFor();
    const placed = await api.order.detail.query({ invoice });
    expect(placed).toMatchObject({
      status: 'unpaid',
      paymentMethod: 'bank_transfer',
      buyerName: 'Dewi Lestari',
    });
    await page.getByRole('button', { name: 'Ubah biaya lain' }).click();
    const fees = page.getByRole('dialog', { name: 'Ubah biaya lain' });
    await fees.getByRole('button', { name: 'Tambah biaya' }).click();
    await fees.getByLabel('Nama biaya').fill('Bungkus kado');
    await fees.getByLabel('Jumlah (Rp, minus = potongan)').fill('5000');
    const newTotal = placed.fees.total + 5_000;
    const preview = fees.getByRole('status', { name: 'Total baru' });
    await preview.getByText(`Total baru: ${formatRupiah(newTotal)}`).waitFor();
    await preview.getByText(`Sebelumnya ${formatRupiah(placed.fees.total)}`).waitFor();
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await toastsGone(page);
      await settled(page);
      await expectAccessible(page);
      await page.screenshot({ path: `${screenshotDir}journey-fee-preview-${width}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    expect((await api.order.detail.query({ invoice })).fees.total).toBe(placed.fees.total);
    await fees.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText(/^Total berubah: /).waitFor();
    // The toast (a title, its text, a close button) reads well and is named, as it stands.
    await settled(page);
    await expectAccessible(page);
    expect((await api.order.detail.query({ invoice })).fees.total).toBe(newTotal);

    // Payment confirmed with the receipt's picture; the order moves to “Sudah bayar”.
    const receipt = await page.screenshot({ clip: { x: 0, y: 0, width: 120, height: 80 } });
    await page.getByRole('button', { name: 'Konfirmasi pembayaran' }).click();
    const pay = page.getByRole('dialog', { name: `Konfirmasi pembayaran ${invoice}` });
    await pay.getByLabel('Masuk ke rekening').and(page.locator('input')).click();
    await pay.getByRole('option', { name: /^BANK CENTRAL ASIA/ }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      pay.getByLabel('Bukti transfer (gambar)').click(),
    ]);
    await chooser.setFiles({ name: 'bukti.png', mimeType: 'image/png', buffer: receipt });
    await pay.getByText('bukti.png').waitFor();
    await pay.getByRole('button', { name: 'Konfirmasi pembayaran' }).click();
    await page.getByText('Pembayaran dikonfirmasi.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Lihat bukti transfer' }).waitFor();
    const paid = await api.order.detail.query({ invoice });
    expect(paid.status).toBe('paid');
    expect(paid.payment.proofUrl).not.toBeNull();

    // The label, from the list: a PDF.
    await page.getByRole('link', { name: 'Kembali ke daftar pesanan' }).click();
    await page.getByRole('tab', { name: /^Sudah bayar/ }).click();
    await page.waitForURL(/[?&]status=paid/);
    expect(await tabCount(page, /^Sudah bayar/)).toBe(1);
    expect(await tabCount(page, /^Belum bayar/)).toBe(0);
    await page.getByRole('checkbox', { name: `Pilih ${invoice}` }).check();
    await page.getByRole('button', { name: 'Cetak label' }).click();
    await page.getByText('PDF siap. Tautan berlaku 5 menit.').waitFor();
    const href = await page.getByRole('link', { name: 'Buka PDF' }).getAttribute('href');
    const pdf = await page.request.get(`${server.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
    expect(new TextDecoder().decode((await pdf.body()).subarray(0, 5))).toBe('%PDF-');

    // Follow-up: the message with this order's values, before sending; then the wa.me link.
    await page.getByRole('link', { name: invoice, exact: true }).click();
    await page.getByRole('heading', { name: `Pesanan ${invoice}` }).waitFor();
    const followUp = page.getByRole('region', { name: 'Follow up' });
    const message = followUp.getByRole('region', { name: 'Pesan yang akan dikirim' });
    await message.getByText(/Dewi Lestari/).waitFor();
    const text = (await message.textContent()) ?? '';
    expect(text).toContain(invoice);
    expect(text.replace(/\s/g, '')).toContain(rupiah(newTotal));
    expect(text).toContain('Keripik Bu Rina');
    expect(text).not.toMatch(/\{[a-z_]+\}/);
    await toastsGone(page);
    await expectAccessible(page);
    await settled(page);
    await page.screenshot({ path: `${screenshotDir}journey-order-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    await message.waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}journey-order-360.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });

    await followUp.getByRole('button', { name: 'Kirim follow up ke-1' }).click();
    await page.getByText('Follow up terkirim lewat WhatsApp.').waitFor();
    const wa = followUp.getByRole('link', { name: 'Buka di WhatsApp' }).first();
    const link = new URL((await wa.getAttribute('href')) ?? '');
    expect(`${link.origin}${link.pathname}`).toBe('https://wa.me/6281355501234');
    expect(link.searchParams.get('text')).toBe(text);
    // The automatic plan's rows (stopped once paid) are listed too; this is the one sent by hand.
    const attempt = (await api.followUp.attempts.query({ invoice })).find((a) => a.status === 'sent');
    expect(attempt).toMatchObject({ attempt: 1, status: 'sent', message: text });
    expect(errors).toEqual([]);
    // A whole first day in one test: some 150 browser steps, each waiting on what the page shows.
  }, 240_000);
});
