import { formatRupiah } from '@bosonline/contracts';
import { startTestServer, type TestServer } from '@bosonline/server/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/chromium.ts';
import { hasBrowser, openPage, type SellerSite, screenshotDir, sellerSite } from './browser.ts';

// The checkout widget as buyers meet it: a seller's page on another origin, headless Chromium,
// a real server with the demo store. Every check on the seller's side goes through the SDK.

const demoFormId = 'd9cc7807-36c2-4eb1-b910-ece18a1bbb6e';
const hostError = 'host page script error';

let server: TestServer;
let browser: Browser;
let site: SellerSite;
let seller: ReturnType<TestServer['client']>;

beforeAll(async () => {
  if (!hasBrowser) return;
  [server, browser] = await Promise.all([startTestServer({ seed: true }), launchChromium()]);
  site = await sellerSite(server.url, `form="${demoFormId}"`);
  const tokens = await server
    .client()
    .auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
  seller = server.client({ token: tokens.accessToken });
});

afterAll(async () => {
  await Promise.all([site?.close(), browser?.close()]);
  await server?.close();
});

/** The seller's orders from this buyer's number, as the order list shows them. */
async function ordersOf(phone: string) {
  const list = await seller.order.list.query({ q: phone });
  return list.items;
}

/**
 * Fills in a complete COD order; the region is picked with the keyboard, as a screen-reader user
 * would. A number ending in 000 is the sandbox's one without WhatsApp: the field says so.
 */
async function fillOrder(page: Page, buyer: { name: string; phone: string }) {
  await page.getByRole('heading', { name: 'Kopi Arabica Gayo & Toraja' }).waitFor();
  await page.getByRole('button', { name: 'Tambah Kopi Arabica – Toraja' }).click();
  await page.getByLabel('Nama lengkap').fill(buyer.name);
  await page.getByLabel('Nomor WhatsApp').fill(buyer.phone);
  await page.getByLabel('Nomor WhatsApp').press('Tab');
  await page
    .getByText(
      buyer.phone.endsWith('000') ? 'Nomor ini tidak terdaftar di WhatsApp' : 'Terdaftar di WhatsApp',
    )
    .waitFor();
  const region = page.getByRole('combobox', { name: 'Kecamatan / kota' });
  await region.fill('Buduran');
  await page.getByRole('option', { name: /^Buduran, Kabupaten Sidoarjo/ }).waitFor();
  await region.press('Enter');
  await page.getByText('Buduran, Kabupaten Sidoarjo, Jawa Timur').waitFor();
  await page.getByLabel('Alamat lengkap').fill('Jl. Raya Buduran No. 12, RT 3 RW 1');
  await page.getByRole('radio', { name: /Bayar di tempat/ }).check();
  // The cheapest COD service is chosen for the buyer once prices arrive.
  await page.getByRole('radio', { name: /ID Express Standard/, checked: true }).waitFor();
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** `7 Des 2026, 16.51 WIB`: the wall clock in Jakarta (UTC+7 all year), as a buyer there reads it. */
function wibDeadline(at: Date | null | undefined): string {
  if (!at) throw new Error('the order has no deadline');
  const j = new Date(at.getTime() + 7 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${j.getUTCDate()} ${months[j.getUTCMonth()]} ${j.getUTCFullYear()}, ${pad(j.getUTCHours())}.${pad(j.getUTCMinutes())} WIB`;
}

/** The summary's total once it is up to date with what the buyer chose. */
async function shownTotal(page: Page) {
  const total = page.locator('[data-testid=total]:not([data-pending])');
  await expect.poll(() => total.textContent(), { timeout: 10_000 }).toMatch(/^Rp/);
  return (await total.textContent()) ?? '';
}

/** Places a COD order on the page at `url`; done once the success screen's heading shows. */
async function placeOrder(
  page: Page,
  url: string,
  buyer: { name: string; phone: string },
  heading = 'Pesanan diterima',
) {
  await page.goto(url);
  await fillOrder(page, buyer);
  await shownTotal(page);
  await page.getByRole('button', { name: 'Pesan Sekarang' }).click();
  await page.getByRole('heading', { name: heading }).waitFor();
}

describe.skipIf(!hasBrowser)('checkout widget on a seller’s page', () => {
  it('a buyer places a COD order; it is in the seller’s order list with the total the buyer saw', async () => {
    const { page, errors, requests } = await openPage(browser, 360);
    await page.goto(site.url);
    await fillOrder(page, { name: 'Budi Santoso', phone: '081311110001' });

    // Live subtotal for 2 × Rp45.000, and the server's own total in the summary.
    await page.getByText('Rp90.000').first().waitFor();
    const total = await shownTotal(page);
    const quote = await server.client().checkout.quote.query({
      id: demoFormId,
      receiver: { receiverAddrId: 76518 },
      items: {
        courierCode: 'idx',
        serviceCode: '00',
        paymentMethod: { type: 'cod' },
        orderItems: [
          { itemSku: 'BAT-AA-001-01', itemQty: 1 },
          { itemSku: 'BAT-AA-001-02', itemQty: 1 },
        ],
      },
    });
    expect(total).toBe(formatRupiah(quote.total));
    await page.screenshot({ path: `${screenshotDir}checkout-360.png`, fullPage: true });

    await page.getByRole('button', { name: 'Pesan Sekarang' }).click();
    await page.getByRole('heading', { name: 'Pesanan diterima' }).waitFor();
    // The receipt: the invoice the seller sees, what was ordered and the total, each said once.
    const invoice = page.getByTestId('invoice');
    await invoice.waitFor();
    const orders = await ordersOf('081311110001');
    expect(orders).toHaveLength(1);
    expect(await invoice.textContent()).toBe(orders[0]?.invoice);
    expect(await page.getByTestId('total').textContent()).toBe(total);
    await page.getByText('Kopi Arabica – Toraja × 1').waitFor();
    // The form's own success message is the one thanks; then its WhatsApp button text.
    await page.getByText('Terima kasih! Pesananmu sudah kami terima.').waitFor();
    expect(await page.getByText(/terima kasih/i).count()).toBe(1);
    const wa = await page.getByRole('link', { name: 'Konfirmasi via WhatsApp' }).getAttribute('href');
    expect(wa).toMatch(/^https:\/\/wa\.me\/62\d+\?text=/);
    const waText = new URL(wa ?? '').searchParams.get('text');
    expect(waText).toContain('Budi Santoso');
    expect(waText).toContain(orders[0]?.invoice);
    await page.screenshot({ path: `${screenshotDir}success-360.png`, fullPage: true });

    expect(orders[0]).toMatchObject({
      buyerName: 'Budi Santoso',
      paymentMethod: 'cod',
      status: 'ready_to_ship',
      courierCode: 'idx',
      total: quote.total,
      itemCount: 2,
    });
    // The host page's own error did not stop the widget, and nothing else failed.
    expect(errors).toEqual([hostError]);
    // No pixel is configured on this form: nothing was loaded from an ad network.
    expect(requests.filter((url) => /facebook|tiktok/.test(url))).toEqual([]);
    await page.context().close();
  });

  it('an invalid phone and a missing address are shown at their fields, and no order is placed', async () => {
    const { page } = await openPage(browser, 360);
    await page.goto(site.url);
    await fillOrder(page, { name: 'Sari Dewi', phone: '081311110002' });
    await page.getByLabel('Nomor WhatsApp').fill('12345');
    await page.getByLabel('Alamat lengkap').fill('');
    const before = (await seller.order.list.query({})).total;

    await page.getByRole('button', { name: 'Pesan Sekarang' }).click();
    const phone = page.getByLabel('Nomor WhatsApp');
    const address = page.getByLabel('Alamat lengkap');
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    expect(await address.getAttribute('aria-invalid')).toBe('true');
    // Each message sits under its field and is announced with it.
    expect(await phone.getAttribute('aria-describedby')).toContain('bos-phone-error');
    await page.getByText('Nomor WhatsApp tidak valid. Contoh: 081234567890.').waitFor();
    await page.getByText('Isi alamat lengkap.').waitFor();
    const banner = page.getByText('Periksa kembali isian yang ditandai.');
    await banner.waitFor();
    // The buyer is taken to the first field to fix.
    expect(await phone.evaluate((el) => el.matches(':focus'))).toBe(true);
    await page.screenshot({ path: `${screenshotDir}field-errors-360.png`, fullPage: true });

    // The banner stays while a marked field is still wrong, and goes once the last one is fixed.
    await phone.fill('081311110002');
    expect(await banner.isVisible()).toBe(true);
    await address.fill('Jl. Raya Buduran No. 12, RT 3 RW 1');
    await banner.waitFor({ state: 'detached' });
    expect(await phone.getAttribute('aria-invalid')).toBe('false');

    expect((await seller.order.list.query({})).total).toBe(before);
    await page.context().close();
  });

  it('courier booking down: the buyer retries and exactly one order exists', async () => {
    const { page } = await openPage(browser, 360);
    await page.goto(site.url);
    await fillOrder(page, { name: 'Andi Wijaya', phone: '081311110003' });
    await shownTotal(page);

    server.shipping.failingBookings = true;
    try {
      await page.getByRole('button', { name: 'Pesan Sekarang' }).click();
      await page.getByText('Layanan sedang gangguan dan pesanan belum dibuat.').waitFor();
      expect(await ordersOf('081311110003')).toEqual([]);
      await page.screenshot({ path: `${screenshotDir}courier-down-360.png`, fullPage: true });
    } finally {
      server.shipping.failingBookings = false;
    }

    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await page.getByRole('heading', { name: 'Pesanan diterima' }).waitFor();
    const orders = await ordersOf('081311110003');
    expect(orders).toHaveLength(1);
    expect(orders[0]?.status).toBe('ready_to_ship');
    await page.context().close();
  });

  it('sends a device id kept in the browser; a blocked device is held and the buyer sees the usual success', async () => {
    const { page } = await openPage(browser, 360);
    await placeOrder(page, site.url, { name: 'Rina Lestari', phone: '081311110051' });
    const device = await page.evaluate(() => localStorage.getItem('bos-device-id'));
    expect(device).toMatch(/^[0-9a-f-]{36}$/);
    const [first] = await ordersOf('081311110051');
    expect((await server.db.order.findFirstOrThrow({ where: { invoice: first?.invoice } })).deviceId).toBe(
      device,
    );

    // The seller blocks the device; the same browser's next order, under another name and number,
    // is held, and the buyer is shown exactly what any buyer is.
    await seller.shield.addBlock.mutate({ kind: 'device', value: device ?? '', reason: 'Uji' });
    await placeOrder(page, site.url, { name: 'Sari Dewi', phone: '081311110052' });
    const [held] = await ordersOf('081311110052');
    expect(held?.status).toBe('suspicious');
    expect(held?.shieldReasons.map((r) => r.code)).toEqual(['blocked_device']);
    // Nothing is asked of this buyer: no WhatsApp step, the COD note as for any order.
    await page.getByTestId('invoice').waitFor();
    await page.getByText('Siapkan uang pas saat kurir datang.').waitFor();
    expect(await page.getByTestId('next-step').count()).toBe(0);
    await page.context().close();
  });

  it('a risky COD order held for a down payment, then for a WhatsApp confirmation, tells the buyer what to do next', async () => {
    // A copy of the demo form whose policy holds every COD order (a new buyer's score is above 0.05).
    const form = await seller.form.duplicate.mutate({ id: demoFormId });
    const demo = await seller.form.detail.query({ id: demoFormId });
    const policy = {
      threshold: 0.05,
      action: 'down_payment' as const,
      confirmHours: 12,
      downPaymentPercent: 30,
    };
    await seller.form.update.mutate({ id: form.id, name: demo.name, status: 'active', riskPolicy: policy });
    const heldSite = await sellerSite(server.url, `form="${form.id}"`);
    try {
      // A phone set to New York time: deadlines still read in the store's zone, WIB.
      const { page } = await openPage(browser, 360, { timezoneId: 'America/New_York' });
      const buyer = { name: 'Dewi Anggraini', phone: '081311110061' };
      await placeOrder(page, heldSite.url, buyer, 'Satu langkah lagi');
      const [order] = await ordersOf('081311110061');
      expect(order?.status).toBe('awaiting_confirmation');
      const detail = await seller.order.detail.query({ invoice: order?.invoice ?? '' });
      const amount = detail.downPayment?.amount ?? 0;
      expect(amount).toBe(Math.ceil((detail.total * 30) / 100));
      const step = page.getByTestId('next-step');
      expect(await step.getByTestId('down-payment').textContent()).toBe(formatRupiah(amount));
      await step
        .getByText('Cek WhatsApp: rekening tujuan dan tautan untuk bukti transfer sudah kami kirim.')
        .waitFor();
      await step.getByText(`Sisanya ${formatRupiah(detail.total - amount)} dibayar ke kurir.`).waitFor();
      await step.getByText(`Bayar sebelum ${wibDeadline(detail.confirmDueAt)}`).waitFor();
      // Not the plain COD note: the courier collects only the rest.
      expect(await page.getByText('Siapkan uang pas saat kurir datang.').count()).toBe(0);
      await page.screenshot({ path: `${screenshotDir}success-down-payment-360.png`, fullPage: true });

      await seller.form.update.mutate({ id: form.id, riskPolicy: { ...policy, action: 'hold_confirm' } });
      await placeOrder(
        page,
        heldSite.url,
        { name: 'Eko Prasetyo', phone: '081311110062' },
        'Satu langkah lagi',
      );
      await page
        .getByTestId('next-step')
        .getByText(
          'Cek WhatsApp: kami mengirim pesan ke nomormu. Konfirmasi pesanan di sana agar segera dikirim.',
        )
        .waitFor();
      expect(await page.getByTestId('down-payment').count()).toBe(0);
      const [confirm] = await ordersOf('081311110062');
      expect(confirm?.status).toBe('awaiting_confirmation');
      const held = await seller.order.detail.query({ invoice: confirm?.invoice ?? '' });
      await page.getByText(`Konfirmasi sebelum ${wibDeadline(held.confirmDueAt)}`).waitFor();
      await page.screenshot({ path: `${screenshotDir}success-hold-360.png`, fullPage: true });
      await page.context().close();
    } finally {
      await heldSite.close();
    }
  });

  it('a risky COD order from a number without WhatsApp tells the buyer the seller will call', async () => {
    // A copy of the demo form holding every COD order for a confirmation; the shield's WhatsApp
    // rule is off, so the risk policy alone meets the number.
    const form = await seller.form.duplicate.mutate({ id: demoFormId });
    const demo = await seller.form.detail.query({ id: demoFormId });
    await seller.form.update.mutate({
      id: form.id,
      name: demo.name,
      status: 'active',
      riskPolicy: { threshold: 0.05, action: 'hold_confirm', confirmHours: 12, downPaymentPercent: 30 },
      shield: { holdInvalidWhatsapp: false },
    });
    const heldSite = await sellerSite(server.url, `form="${form.id}"`);
    try {
      const { page } = await openPage(browser, 360);
      await placeOrder(
        page,
        heldSite.url,
        { name: 'Budi Santoso', phone: '081311110000' },
        'Satu langkah lagi',
      );
      const step = page.getByTestId('next-step');
      await step
        .getByText(
          'Nomormu tidak terdaftar di WhatsApp, jadi penjual akan meneleponmu untuk mengonfirmasi pesanan ini sebelum dikirim. Pastikan nomormu bisa dihubungi.',
        )
        .waitFor();
      // No WhatsApp to check and no deadline to meet.
      expect(await step.getByText(/Cek WhatsApp/).count()).toBe(0);
      expect(await page.getByText(/^Konfirmasi sebelum /).count()).toBe(0);
      const [order] = await ordersOf('081311110000');
      const detail = await seller.order.detail.query({ invoice: order?.invoice ?? '' });
      expect([detail.status, detail.confirmByPhone]).toEqual(['awaiting_confirmation', true]);
      await page.screenshot({ path: `${screenshotDir}success-phone-hold-360.png`, fullPage: true });
      await page.context().close();
    } finally {
      await heldSite.close();
    }
  });

  it('a city is not a district: Enter picks nothing until the buyer chooses, and a typo is offered, not taken', async () => {
    const { page } = await openPage(browser, 360);
    await page.goto(site.url);
    await page.getByRole('heading', { name: 'Kopi Arabica Gayo & Toraja' }).waitFor();
    const region = page.getByRole('combobox', { name: 'Kecamatan / kota' });
    const options = page.getByRole('option');

    await region.fill('Surabaya');
    await page
      .getByRole('option', { name: /, Kota Surabaya, Jawa Timur$/ })
      .first()
      .waitFor();
    // Every district offered is in Kota Surabaya, and none is pre-selected.
    for (const label of await options.allTextContents())
      expect(label).toMatch(/, Kota Surabaya, Jawa Timur$/);
    expect(await page.locator('[role=option][aria-selected=true]').count()).toBe(0);
    await region.press('Enter');
    expect(await region.isVisible()).toBe(true);
    await region.press('ArrowDown');
    const first = (await options.first().textContent()) ?? '';
    await region.press('Enter');
    await page.getByText(first).waitFor();

    await page.getByRole('button', { name: 'Ubah' }).click();
    await region.fill('budran');
    await page.getByRole('option', { name: /^Buduran, Kabupaten Sidoarjo/ }).waitFor();
    expect(await page.locator('[role=option][aria-selected=true]').count()).toBe(0);
    await page.screenshot({ path: `${screenshotDir}region-typo-360.png` });
    await region.press('Enter');
    expect(await region.isVisible()).toBe(true);
    await page.context().close();
  });

  it('fits a 320 px phone: steppers inside the box, the total and the order button always in reach', async () => {
    for (const width of [320, 360]) {
      const { page } = await openPage(browser, width);
      await page.goto(site.url);
      await page.getByRole('heading', { name: 'Kopi Arabica Gayo & Toraja' }).waitFor();
      for (const plus of await page.getByRole('button', { name: /^Tambah / }).all()) {
        const box = await plus.boundingBox();
        expect(box && box.x + box.width).toBeLessThanOrEqual(width);
      }
      // The order button is on the first screen (800 px high), above the fold's bottom edge.
      const order = page.getByRole('button', { name: 'Pesan Sekarang' });
      const box = await order.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(800);
      await page.getByText('Rp45.000').first().waitFor();
      await page.screenshot({ path: `${screenshotDir}layout-${width}-top.png` });
      // A field scrolled to on focus stops above the bar, so the buyer sees what they type.
      const bar = await order.boundingBox();
      for (const label of ['Alamat lengkap', 'Catatan untuk penjual']) {
        await page.getByLabel(label).focus();
        const field = await page.getByLabel(label).boundingBox();
        expect(field && bar && field.y + field.height).toBeLessThanOrEqual((bar?.y ?? 0) - 8);
      }
      await page.screenshot({ path: `${screenshotDir}layout-${width}.png`, fullPage: true });
      await page.context().close();
    }
  });

  it('a buyer who typed a phone number and leaves is saved as an abandoned checkout', async () => {
    const { page } = await openPage(browser, 360);
    await page.goto(site.url);
    await page.getByRole('heading', { name: 'Kopi Arabica Gayo & Toraja' }).waitFor();
    await page.getByLabel('Nama lengkap').fill('Rudi Hartono');
    await page.getByLabel('Nomor WhatsApp').fill('081311110004');
    await page.goto('about:blank');

    await expect
      .poll(async () => (await seller.abandoned.list.query({ q: '081311110004' })).items, { timeout: 10_000 })
      .toHaveLength(1);
    const [saved] = (await seller.abandoned.list.query({ q: '081311110004' })).items;
    expect(saved).toMatchObject({ buyerName: 'Rudi Hartono', state: 'open', formId: demoFormId });
    expect(saved?.data).toMatchObject({ items: [{ sku: 'BAT-AA-001-01', qty: 1 }] });
    await page.context().close();
  });
});

describe.skipIf(!hasBrowser)('hosted checkout page', () => {
  it('serves /f/{slug} with the widget, in English with ?lang=en, and a 404 page for unknown slugs', async () => {
    const { page, errors, requests } = await openPage(browser, 1280);
    await page.goto(`${server.url}/f/kopi-arabica?lang=en`);
    expect(await page.title()).toBe('Kopi Arabica · Toko Demo bosOnline');
    await page.getByRole('heading', { name: 'Kopi Arabica Gayo & Toraja' }).waitFor();
    await page.getByLabel('Full name').waitFor();
    // The page preloads the form while the script downloads; the widget uses that answer.
    expect(requests.filter((url) => url.includes('/trpc/checkout.loadForm'))).toHaveLength(1);
    await page.getByRole('button', { name: 'Pesan Sekarang' }).waitFor();
    await page.screenshot({ path: `${screenshotDir}hosted-1280-en.png`, fullPage: true });
    expect(errors).toEqual([]);

    const missing = await page.goto(`${server.url}/f/no-such-form`);
    expect(missing?.status()).toBe(404);
    await page.getByText('Formulir pesanan ini tidak ada atau sudah ditutup.').waitFor();
    await page.context().close();
  });

  it('fires the form’s Meta and TikTok events, once each, only when the form has pixels; the server’s Purchase repeats the browser’s event id', async () => {
    const pixels = { metaPixelId: '1234567890', tiktokPixelId: 'CABCDEFGHIJ123456789' };
    await seller.form.update.mutate({ id: demoFormId, pixels });
    // The order itself counts as the Purchase here, so its server event is written at checkout.
    await seller.conversion.updateSettings.mutate({
      id: demoFormId,
      metaAccessToken: 'EAAB-test-access-token-0123456789',
      prepaidPurchaseOn: 'created',
    });
    try {
      const { page, requests } = await openPage(browser, 1280, { stubThirdParty: true });
      await page.goto(`${server.url}/f/kopi-arabica`);
      await fillOrder(page, { name: 'Maya Putri', phone: '081311110005' });
      await page.getByRole('radio', { name: 'Transfer bank' }).check();
      const total = await shownTotal(page);
      await page.screenshot({ path: `${screenshotDir}hosted-1280.png`, fullPage: true });
      await page.getByRole('button', { name: 'Pesan Sekarang' }).click();
      await page.getByText('Silakan transfer ke salah satu rekening berikut:').waitFor();
      await page.getByText('345193134434').waitFor();
      await page.getByTestId('invoice').waitFor();
      await page.screenshot({ path: `${screenshotDir}success-transfer-1280.png`, fullPage: true });

      const meta = await page.evaluate(
        () => (window as unknown as { fbq: { queue: unknown[][] } }).fbq.queue,
      );
      expect(meta.map((call) => call.slice(0, 3))).toEqual([
        ['init', pixels.metaPixelId],
        ['trackSingle', pixels.metaPixelId, 'InitiateCheckout'],
        ['trackSingle', pixels.metaPixelId, 'AddPaymentInfo'],
        ['trackSingle', pixels.metaPixelId, 'Purchase'],
      ]);
      const paid = Number(total.replace(/\D/g, ''));
      expect(meta[3]?.[3]).toEqual({ value: paid, currency: 'IDR' });
      const tiktok = await page.evaluate(() => [...(window as unknown as { ttq: unknown[][] }).ttq]);
      expect(tiktok.map((call) => call.slice(0, 2))).toEqual([
        ['load', pixels.tiktokPixelId],
        ['track', 'InitiateCheckout'],
        ['track', 'AddPaymentInfo'],
        ['track', 'Purchase'],
      ]);
      // One event id for the browser's Purchase on both pixels and the server's.
      const eventId = (meta[3]?.[4] as { eventID?: string } | undefined)?.eventID;
      expect(eventId).toMatch(/^[0-9a-f-]{36}$/);
      expect(tiktok[3]?.[3]).toMatchObject({ pixel_code: pixels.tiktokPixelId, event_id: eventId });
      await server.runJobs();
      const log = await seller.conversion.deliveries.query({ id: demoFormId });
      expect(log.items.map((d) => [d.platform, d.eventName, d.eventId, d.status])).toEqual([
        ['meta', 'Purchase', eventId, 'sent'],
      ]);
      expect(requests.some((url) => url.startsWith('https://connect.facebook.net/'))).toBe(true);
      expect(requests.some((url) => url.startsWith('https://analytics.tiktok.com/'))).toBe(true);
      await page.context().close();
    } finally {
      await seller.form.update.mutate({ id: demoFormId, pixels: { metaPixelId: null, tiktokPixelId: null } });
      await seller.conversion.updateSettings.mutate({
        id: demoFormId,
        metaAccessToken: null,
        prepaidPurchaseOn: 'paid',
      });
    }
  });
});

// Last in this file: suspending the demo seller ends the sessions the tests above use.
describe.skipIf(!hasBrowser)('a store the platform suspended', () => {
  it('the widget on the seller’s page says the store is not available, with nothing to retry; back on reactivation', async () => {
    const admin = await server
      .client()
      .admin.auth.login.mutate({ email: 'admin@bosonline.id', password: 'admin12345' });
    const platform = server.client({ token: admin.accessToken });
    const me = await seller.profile.me.query();
    await platform.admin.seller.updateStatus.mutate({ id: me.id, status: 'suspended' });
    try {
      const { page } = await openPage(browser, 360);
      await page.goto(site.url);
      await page.getByRole('alert').getByText('Toko ini sedang tidak tersedia.').waitFor();
      expect(await page.getByRole('button', { name: /coba lagi/i }).count()).toBe(0);
      await page.context().close();
    } finally {
      await platform.admin.seller.updateStatus.mutate({ id: me.id, status: 'active' });
    }
    const { page } = await openPage(browser, 360);
    await page.goto(site.url);
    await page.getByLabel('Nama lengkap').waitFor();
    await page.context().close();
  });
});
