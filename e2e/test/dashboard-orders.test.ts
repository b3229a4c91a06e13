import { isBosError } from '@bosonline/sdk';
import { startTestServer, type TestServer } from '@bosonline/server/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/chromium.ts';
import { expectAccessible, logIn, tabCount } from '../src/dashboard.ts';
import { hasBrowser, openPage, screenshotDir } from './browser.ts';

// The order tools of the seller dashboard: printing and downloading the ticked orders, changing
// many at once, confirming a transfer with its receipt, editing an unpaid order, following up,
// and the abandoned checkouts, as the demo seller and as a CS member. Needs the dashboard built.

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

async function sellerAs(login: string) {
  const session = await server.client().auth.login.mutate({ login, password: 'demo12345' });
  return server.client({ token: session.accessToken });
}

/** The order's detail page, opened from the list's search (the way a seller finds one). */
async function openOrder(page: Page, invoice: string) {
  await page.goto(`${server.url}/app/orders?q=${invoice}`);
  await page.getByRole('link', { name: invoice, exact: true }).click();
  await page.getByRole('heading', { name: `Pesanan ${invoice}` }).waitFor();
}

/** What a 5-minute link answers, fetched the way the browser opens it. */
async function fetchLink(page: Page, name: string) {
  const href = await page.getByRole('link', { name }).getAttribute('href');
  expect(href).toMatch(/^\/downloads\//);
  return fetch(`${server.url}${href}`);
}

describe.skipIf(!hasBrowser)('seller dashboard: order tools', () => {
  it('a reloaded order list shows the first page index.html asked for while the code downloaded, without asking again', async () => {
    const { page, errors } = await openPage(browser, 360);
    await logIn(page, server.url, 'demo@bosonline.id', '/app/orders');
    await page.getByRole('link', { name: /^INV/ }).first().waitFor();
    const calls: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/trpc/')) calls.push(url.pathname.slice('/trpc/'.length));
    });

    await page.reload();
    const seller = await sellerAs('demo@bosonline.id');
    const first = await seller.order.list.query({ limit: 20 });
    await page.getByText(`Menampilkan 20 dari ${first.total} pesanan`).waitFor();
    // All twenty rows, in the server's order (the first six render first, the rest a moment later).
    await expect
      .poll(() => page.getByRole('link', { name: /^INV/ }).allTextContents())
      .toEqual(first.items.map((order) => order.invoice));
    // One batch for the page's data, the early one; the list was not asked for a second time.
    expect(calls.filter((path) => path.includes('order.list'))).toEqual(['profile.me,order.list']);

    // On a phone the search stays in view and the other filters wait behind a button.
    expect(await page.getByLabel('Metode bayar', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.getByLabel('Metode bayar', { exact: true }).and(page.locator('input')).click();
    await page.getByRole('option', { name: 'COD (bayar di tempat)' }).click();
    await page.waitForURL(/[?&]paymentMethod=cod/);
    await page.getByRole('button', { name: 'Filter (1)' }).waitFor();
    // A filtered URL is not one of the early calls: the page asks for its own list.
    calls.length = 0;
    await page.reload();
    const cod = await seller.order.list.query({ paymentMethod: 'cod', limit: 20 });
    await page.getByText(`Menampilkan 20 dari ${cod.total} pesanan`).waitFor();
    expect(calls.some((path) => path.includes('order.list'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('the demo seller prints labels for ticked orders, downloads the filtered list and processes paid orders at once', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await logIn(page, server.url, 'demo@bosonline.id', '/app/orders?status=paid');
    await page.getByRole('tab', { name: /^Sudah bayar/, selected: true }).waitFor();
    const seller = await sellerAs('demo@bosonline.id');
    const paid = (await seller.order.list.query({ status: 'paid', limit: 3 })).items;
    expect(paid.length).toBe(3);

    for (const order of paid.slice(0, 2))
      await page.getByRole('checkbox', { name: `Pilih ${order.invoice}` }).check();
    await page.getByText('2 pesanan dipilih').waitFor();
    await page.getByRole('button', { name: 'Cetak label' }).click();
    await page.getByText('PDF siap. Tautan berlaku 5 menit.').waitFor();
    const pdf = await fetchLink(page, 'Buka PDF');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toMatch(/^application\/pdf/);
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');

    // The download follows the filters on screen: only paid orders.
    await page.getByRole('button', { name: 'Unduh daftar' }).click();
    await page.getByRole('menuitem', { name: 'Unduh CSV' }).click();
    const csv = await fetchLink(page, 'Unduh file');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const body = await csv.text();
    for (const order of paid) expect(body).toContain(order.invoice);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-orders-bulk-1280.png`, fullPage: true });

    // Processing many at once: each order reports its own result; one that a teammate canceled
    // meanwhile is refused by the server and said so, the others move on.
    await page.getByRole('checkbox', { name: `Pilih ${paid[2]!.invoice}` }).check();
    await seller.order.updateStatus.mutate({
      invoice: paid[2]!.invoice,
      status: 'canceled',
      note: 'Stok habis',
    });
    await page.getByRole('button', { name: 'Ubah status' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Status baru').and(page.locator('input')).click();
    await dialog.getByRole('option', { name: 'Diproses' }).click();
    await dialog.getByRole('button', { name: 'Terapkan' }).click();
    const results = dialog.getByRole('region', { name: 'Hasil per pesanan' });
    await results.getByText(`${paid[0]!.invoice}: Berhasil`).waitFor();
    await results.getByText(`${paid[1]!.invoice}: Berhasil`).waitFor();
    await results.getByText(new RegExp(`^${paid[2]!.invoice}: Gagal: `)).waitFor();
    await page.screenshot({ path: `${screenshotDir}dashboard-orders-bulk-status-1280.png`, fullPage: true });
    for (const order of paid.slice(0, 2)) {
      expect((await seller.order.detail.query({ invoice: order.invoice })).status).toBe('processing');
    }

    // A processed order gets its courier booked from its page: the AWB the server got shows.
    await page.getByRole('dialog').getByRole('button', { name: 'Tutup' }).first().click();
    await openOrder(page, paid[0]!.invoice);
    await page.getByRole('button', { name: 'Pesan kurir' }).click();
    await page.getByText(/^Kurir dipesan\. Resi: /).waitFor();
    const booked = await seller.order.detail.query({ invoice: paid[0]!.invoice });
    expect(booked.shipment.awb).not.toBeNull();
    await page.getByRole('region', { name: 'Pengiriman' }).getByText(booked.shipment.awb!).waitFor();
    await page.getByRole('button', { name: 'Pesan ulang kurir' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('confirming the transfer of INV57123 with its receipt moves it from “Belum bayar” to “Sudah bayar”', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await logIn(page, server.url, 'demo@bosonline.id', '/app/orders');
    const unpaidBefore = await tabCount(page, /^Belum bayar/);
    const paidBefore = await tabCount(page, /^Sudah bayar/);
    // A small real image for the receipt: a piece of the page itself.
    const receipt = await page.screenshot({ clip: { x: 0, y: 0, width: 120, height: 80 } });

    await openOrder(page, 'INV57123');
    await page.getByRole('button', { name: 'Konfirmasi pembayaran' }).click();
    const dialog = page.getByRole('dialog', { name: 'Konfirmasi pembayaran INV57123' });
    await dialog.getByLabel('Masuk ke rekening').and(page.locator('input')).click();
    await dialog.getByRole('option', { name: /^BANK CENTRAL ASIA/ }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      dialog.getByLabel('Bukti transfer (gambar)').click(),
    ]);
    await chooser.setFiles({ name: 'bukti.png', mimeType: 'image/png', buffer: receipt });
    await dialog.getByText('bukti.png').waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-order-payment-1280.png`, fullPage: true });
    await dialog.getByRole('button', { name: 'Konfirmasi pembayaran' }).click();
    await page.getByText('Pembayaran dikonfirmasi.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Lihat bukti transfer' }).waitFor();
    const seller = await sellerAs('demo@bosonline.id');
    const order = await seller.order.detail.query({ invoice: 'INV57123' });
    expect(order.status).toBe('paid');
    expect(order.payment.proofUrl).not.toBeNull();

    await page.getByRole('link', { name: 'Kembali ke daftar pesanan' }).click();
    await expect.poll(() => tabCount(page, /^Belum bayar/)).toBe(unpaidBefore - 1);
    expect(await tabCount(page, /^Sudah bayar/)).toBe(paidBefore + 1);
    await page.getByRole('tab', { name: /^Sudah bayar/ }).click();
    await page.getByRole('link', { name: 'INV57123', exact: true }).waitFor();
    expect(errors).toEqual([]);
  });

  it('following up INV0821 shows the message sent and its wa.me link; editing its customer shows the re-priced total', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await logIn(page, server.url, 'demo@bosonline.id', '/app/orders');
    await page.getByRole('link', { name: /^INV/ }).first().waitFor();
    await openOrder(page, 'INV0821');
    const seller = await sellerAs('demo@bosonline.id');
    const before = await seller.order.detail.query({ invoice: 'INV0821' });

    const followUp = page.getByRole('region', { name: 'Follow up' });
    await followUp.getByText('Template follow up ke-1', { exact: false }).waitFor();
    // The message as it will be sent, before sending: the buyer's name, not a placeholder.
    const message = followUp.getByRole('region', { name: 'Pesan yang akan dikirim' });
    await message.getByText(/Siti/).waitFor();
    expect(await message.textContent()).not.toContain('{buyer_name}');
    await followUp.getByRole('button', { name: 'Kirim follow up ke-1' }).click();
    await page.getByText('Follow up terkirim lewat WhatsApp.').waitFor();
    const wa = followUp.getByRole('link', { name: 'Buka di WhatsApp' }).first();
    expect(await wa.getAttribute('href')).toMatch(/^https:\/\/wa\.me\/6285712345678\?text=/);
    // The history holds the text as the server rendered it: the buyer's name, not a placeholder.
    const history = followUp.getByRole('region', { name: 'Riwayat follow up' });
    await history.getByText('Terkirim').waitFor();
    expect(await history.textContent()).toContain('Siti');
    expect(await history.textContent()).not.toContain('{buyer_name}');
    await followUp.getByRole('button', { name: 'Kirim follow up ke-2' }).waitFor();

    // A new address near the warehouse (Tapung, Kampar) instead of Sidoarjo: cheaper shipping,
    // which the server prices again on save.
    await page.getByRole('button', { name: 'Ubah pembeli' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ubah pembeli' });
    await dialog.getByLabel('Nama pembeli').fill('Siti R.');
    await dialog.getByLabel('Kecamatan').and(page.locator('input')).fill('Tapung');
    await dialog.getByRole('option', { name: /^Tapung, / }).click();
    await dialog.getByLabel('Alamat lengkap').fill('Jl. Raya Tapung 12');
    // Before saving, the dialog shows the total the server works out for the new address.
    const preview = dialog.getByRole('status', { name: 'Total baru' });
    await preview.getByText('Ongkir:', { exact: false }).waitFor();
    const previewed = (await preview.getByText(/^Total baru: /).textContent())?.replace(/\s/g, '');
    expect((await seller.order.detail.query({ invoice: 'INV0821' })).fees.total).toBe(before.fees.total);
    await page.screenshot({ path: `${screenshotDir}dashboard-order-edit-1280.png`, fullPage: true });
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Perubahan tersimpan.').waitFor();
    const after = await seller.order.detail.query({ invoice: 'INV0821' });
    expect(after.buyerName).toBe('Siti R.');
    expect(after.fees.total).toBeLessThan(before.fees.total);
    const rupiah = (n: number) => `Rp${n.toLocaleString('id-ID')}`.replace(/\s/g, '');
    expect(previewed).toBe(`Totalbaru:${rupiah(after.fees.total)}`);
    const notice = page.getByText(/^Total berubah: /);
    expect((await notice.textContent())?.replace(/\s/g, '')).toBe(
      `Totalberubah:${rupiah(before.fees.total)}→${rupiah(after.fees.total)}`,
    );
    await page.getByRole('region', { name: 'Pembeli' }).getByText('Siti R.').waitFor();
    expect(errors).toEqual([]);
  });

  it('an abandoned checkout is found by phone and followed up with a wa.me link', async () => {
    const seller = await sellerAs('demo@bosonline.id');
    const [form] = (await seller.form.list.query({})).items;
    await server
      .client()
      .checkout.saveAbandoned.mutate({ formId: form!.id, phone: '081398765432', name: 'Bu Wati' });

    const { page, errors } = await openPage(browser, 1280);
    await logIn(page, server.url, 'demo@bosonline.id', '/app/');
    await page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('link', { name: 'Checkout tertinggal' })
      .click();
    await page.getByRole('heading', { name: 'Checkout tertinggal' }).waitFor();
    await page.getByLabel('Cari checkout').fill('98765');
    // The router keeps a number-like search as a JSON string in the URL (q="98765").
    await page.waitForURL(/[?&]q=%2298765%22/);
    await page.getByText('Bu Wati').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Follow up' }).click();
    const wa = page.getByRole('link', { name: 'Buka WhatsApp' });
    expect(await wa.getAttribute('href')).toMatch(/^https:\/\/wa\.me\/6281398765432\?text=/);
    await page.getByRole('table').getByText('Sudah di-follow up').waitFor();
    await page.screenshot({ path: `${screenshotDir}dashboard-abandoned-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByRole('link', { name: 'Buka WhatsApp' }).waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-abandoned-360.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });

    // A search that matches nothing says so.
    await page.getByLabel('Cari checkout').fill('00000000');
    await page.getByText('Tidak ada yang cocok dengan pencarian ini.').waitFor();
    expect(errors).toEqual([]);
  });

  it('a CS member on a phone edits and follows up her orders, but neither confirms payments nor changes many; the server refuses too', async () => {
    const cs = await sellerAs('cs@bosonline.id');
    const [unpaid] = (await cs.order.list.query({ status: 'unpaid', limit: 1 })).items;
    expect(unpaid).toBeDefined();
    const { page, errors } = await openPage(browser, 360);
    await logIn(page, server.url, 'cs@bosonline.id', '/app/orders');
    await page.getByRole('link', { name: /^INV/ }).first().waitFor();
    await page
      .getByRole('checkbox', { name: /^Pilih INV/ })
      .first()
      .check();
    await page.getByRole('button', { name: 'Cetak label' }).waitFor();
    expect(await page.getByRole('button', { name: 'Ubah status' }).count()).toBe(0);
    await page.screenshot({ path: `${screenshotDir}dashboard-orders-bulk-360.png`, fullPage: true });

    await openOrder(page, unpaid!.invoice);
    await page.getByRole('button', { name: 'Ubah pembeli' }).waitFor();
    await page.getByRole('button', { name: /^Kirim follow up/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Konfirmasi pembayaran' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ubah biaya lain' }).count()).toBe(0);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-order-tools-360.png`, fullPage: true });

    const refused = await cs.order.confirmPayment
      .mutate({ invoice: unpaid!.invoice, amount: unpaid!.total, bankAccountId: crypto.randomUUID() })
      .catch((error: unknown) => error);
    expect(isBosError(refused, 'FORBIDDEN')).toBe(true);
    expect(errors).toEqual([]);
  });
});
