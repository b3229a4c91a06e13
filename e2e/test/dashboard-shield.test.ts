import { demoSellerClient, startTestServer, type TestServer } from '@bosonline/server/testing';
import { checkoutBody, demoFormId } from '@bosonline/server/testing/demo-orders';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/chromium.ts';
import { expectAccessible, isDangerButton, logIn } from '../src/dashboard.ts';
import { hasBrowser, openPage, screenshotDir } from './browser.ts';

// Order Shield in the seller dashboard: a held order waits on the "Mencurigakan" tab with its
// reason, and "Bukan spam" on its page sends it on to the courier. Needs the dashboard built.

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

/** A COD order the demo form's default rules hold: a one-letter name. */
async function heldOrder(phone: string) {
  const body = checkoutBody('A', phone, 'BAT-AA-001-01', 1, { payment: 'cod' });
  const res = await server.rest('POST', `/order/${demoFormId}`, { body });
  expect(res.status).toBe(200);
  return server.db.order.findFirstOrThrow({ where: { buyerPhone: `62${phone.slice(1)}` } });
}

describe.skipIf(!hasBrowser)('seller dashboard: Order Shield', () => {
  it('shows a held order on the suspicious tab with its reason, and "Bukan spam" books it', async () => {
    const order = await heldOrder('081377700011');
    expect(order.status).toBe('suspicious');
    const booked = server.shipping.booked.length;

    const { page, errors } = await openPage(browser, 1280);
    await logIn(page, server.url, 'demo@bosonline.id', '/app/orders?status=suspicious');
    await page.getByRole('tab', { name: /^Mencurigakan/, selected: true }).waitFor();
    await page.getByRole('link', { name: order.invoice, exact: true }).waitFor();
    await page.getByText('Nama terlalu pendek').first().waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-shield-list-1280.png`, fullPage: true });

    await page.getByRole('link', { name: order.invoice, exact: true }).click();
    await page.getByRole('heading', { name: `Pesanan ${order.invoice}` }).waitFor();
    const panel = page.getByRole('region', { name: 'Ditahan Order Shield' });
    await panel.getByText('Nama pembeli 1 huruf, minimal 2').waitFor();
    // The edit card says why it cannot be edited: the hold, not a payment or a booking.
    await page.getByText(/^Pesanan ini ditahan Order Shield\./).waitFor();
    expect(await page.getByText('Pesanan ini sudah dibayar atau sudah dipesankan kurir').count()).toBe(0);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-shield-detail-1280.png`, fullPage: true });

    await panel.getByRole('button', { name: 'Bukan spam' }).click();
    await page.getByText('Pesanan dilepas dan diproses seperti biasa.').waitFor();
    await page.getByText('Siap kirim').first().waitFor();
    const after = await server.db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after.status).toBe('ready_to_ship');
    expect(server.shipping.booked.length).toBe(booked + 1);

    // With nothing held any more, the tab says what it is for rather than "no orders yet".
    await page.goto(`${server.url}/app/orders?status=suspicious`);
    await page.getByText(/^Tidak ada pesanan yang ditahan Order Shield\./).waitFor();
    expect(errors).toEqual([]);
  });

  it('keeps no hold panel on a released order once delivered: a one-line note, and no "booking → booking" step', async () => {
    const order = await heldOrder('081377700033');
    const { client: seller } = await demoSellerClient(server);
    // The courier answers the AWB later by webhook: the booking is recorded while still `booking`.
    server.shipping.awbByWebhook = true;
    try {
      await seller.shield.release.mutate({ invoice: order.invoice });
    } finally {
      server.shipping.awbByWebhook = false;
    }
    // The courier's webhooks then bring the AWB, the pickup and the delivery.
    server.clock.advance(61 * 60_000);
    await server.runJobs();
    expect((await server.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('delivered');

    const { page, errors } = await openPage(browser, 360);
    await logIn(page, server.url, 'demo@bosonline.id', `/app/orders/${order.invoice}`);
    await page.getByRole('heading', { name: `Pesanan ${order.invoice}` }).waitFor();
    const note = page.getByRole('region', { name: 'Riwayat Order Shield' });
    await note.getByText(/^Dilepas dari Order Shield oleh /).waitFor();
    expect(await page.getByRole('region', { name: 'Ditahan Order Shield' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Bukan spam' }).count()).toBe(0);
    // Every step that reads as a change names two different statuses.
    const changes = await page.getByText(/ → /).allInnerTexts();
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) {
      const [from, to] = change.split(' → ');
      expect(from, change).not.toBe(to);
    }
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-shield-released-360.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('fits a phone: the suspicious tab, a held order and the block list at 360 px; blocks at 1280', async () => {
    const order = await heldOrder('081377700022');
    const { page, errors } = await openPage(browser, 360);
    await logIn(page, server.url, 'demo@bosonline.id', '/app/orders?status=suspicious');
    await page.getByRole('link', { name: order.invoice, exact: true }).waitFor();
    await page.screenshot({ path: `${screenshotDir}dashboard-shield-list-360.png`, fullPage: true });
    await page.getByRole('link', { name: order.invoice, exact: true }).click();
    const panel = page.getByRole('region', { name: 'Ditahan Order Shield' });
    await panel.getByRole('button', { name: 'Blokir pembeli' }).click();
    // The IP is blocked only when ticked, with the warning that a shared IP holds other buyers too.
    const dialog = page.getByRole('dialog');
    const ipBox = dialog.getByRole('checkbox', { name: 'Blokir juga alamat IP pembeli' });
    expect(await ipBox.isChecked()).toBe(false);
    await dialog.getByText(/Pesanan pembeli lain dari IP itu juga akan ditahan\./).waitFor();
    // Blocking is one of the dialog's destructive uses: it keeps the danger colour.
    expect(await isDangerButton(dialog.getByRole('button', { name: 'Blokir pembeli' }))).toBe(true);
    await dialog.getByRole('button', { name: 'Blokir pembeli' }).click();
    await page.getByText('data pembeli masuk daftar blokir').waitFor();
    expect(await server.db.shieldBlock.findMany({ where: { kind: 'ip' }, select: { value: true } })).toEqual(
      [],
    );
    await page.screenshot({ path: `${screenshotDir}dashboard-shield-detail-360.png`, fullPage: true });

    // The blocked number's next order took no stock, and its page says so.
    const body = checkoutBody('Budi Santoso', '081377700022', 'BAT-AA-001-01', 1, { payment: 'cod' });
    expect((await server.rest('POST', `/order/${demoFormId}`, { body })).status).toBe(200);
    const next = await server.db.order.findFirstOrThrow({
      where: { buyerPhone: '6281377700022', id: { not: order.id } },
    });
    await page.goto(`${server.url}/app/orders/${next.invoice}`);
    await page.getByText(/belum memotong stok; stok diambil saat Anda memilih "Bukan spam"/).waitFor();

    await page.goto(`${server.url}/app/settings/blocks`);
    await page.getByText('6281377700022').waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-shield-blocks-360.png`, fullPage: true });

    const wide = await openPage(browser, 1280);
    await logIn(wide.page, server.url, 'demo@bosonline.id', '/app/settings/blocks');
    await wide.page.getByText('6281377700022').waitFor();
    await wide.page.screenshot({ path: `${screenshotDir}dashboard-shield-blocks-1280.png`, fullPage: true });
    await wide.page.goto(`${server.url}/app/forms/${demoFormId}`);
    await wide.page.getByText('Order Shield').first().waitFor();
    await wide.page.getByText('Panjang nama minimal').scrollIntoViewIfNeeded();
    await wide.page.screenshot({ path: `${screenshotDir}dashboard-shield-form-1280.png`, fullPage: true });
    expect([...errors, ...wide.errors]).toEqual([]);
  });
});
