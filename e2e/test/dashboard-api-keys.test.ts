import { startTestServer, type TestServer } from '@bosonline/server/testing';
import { newTransferOrder } from '@bosonline/server/testing/demo-orders';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/chromium.ts';
import { expectAccessible, logIn, settled } from '../src/dashboard.ts';
import { hasBrowser, openPage, screenshotDir } from './browser.ts';

// Pengaturan → Kunci API: the owner makes a key for their own system, sees it once with a copy
// button, watches it being used and revokes it; and WhatsApp's delivery report on an order's
// follow-ups. Needs the dashboard built.

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

/** The demo owner's client, logged in now (the tests move the server's clock past a token's life). */
async function demoSeller() {
  const { accessToken } = await server
    .client()
    .auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
  return server.client({ token: accessToken });
}

async function checkAndShoot(page: Page, name: string) {
  await settled(page);
  await expectAccessible(page);
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
}

describe.skipIf(!hasBrowser)('API keys and WhatsApp delivery in the dashboard', () => {
  it('an owner creates a key, sees it once, and revokes it after it was used', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await logIn(page, server.url, 'demo@bosonline.id', '/app/settings/api-keys');
    await page.getByRole('heading', { name: 'Kunci API', level: 1 }).waitFor();
    await page.getByLabel('Nama kunci').fill('ERP gudang');
    await page.getByLabel('Baca katalog (produk, form, voucher, gudang)').check();
    await page.getByRole('button', { name: 'Buat kunci' }).click();
    const shown = page.getByTestId('new-api-key');
    await shown.waitFor();
    const key = (await shown.textContent()) ?? '';
    expect(key).toMatch(/^bos_sk_/);
    await page.getByRole('button', { name: 'Salin kunci' }).waitFor();
    await checkAndShoot(page, 'settings-api-key-created-1280');

    // The key works on the REST door with its scopes, and the list says when it was last used.
    const res = await server.rest('GET', '/store/order?limit=1', { token: key });
    expect(res.status).toBe(200);
    await page.getByRole('button', { name: 'Sudah saya simpan' }).click();
    await page.reload();
    await page.getByText('ERP gudang', { exact: true }).waitFor();
    expect(await page.getByText(key).count()).toBe(0);
    expect(await page.getByText('Belum pernah').count()).toBe(0);
    await checkAndShoot(page, 'settings-api-keys-1280');

    await page.getByRole('button', { name: 'Cabut kunci ERP gudang' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cabut' }).click();
    await page.getByText('Kunci dicabut.').waitFor();
    await page.getByText('Dicabut', { exact: true }).waitFor();
    expect((await server.rest('GET', '/store/order?limit=1', { token: key })).status).toBe(401);
    expect(errors).toEqual([]);
  });

  it('shows WhatsApp’s delivery report on the order’s follow-ups', async () => {
    const seller = await demoSeller();
    const { invoice } = (await seller.order.list.query({ limit: 1 })).items[0] as { invoice: string };
    await seller.followUp.send.mutate({ invoice, followUpAttempts: 1 });
    // The sandbox reports sent, then delivered, through the signed webhook code.
    server.clock.advance(3_000);
    await server.runJobs();

    const { page, errors } = await openPage(browser, 360);
    await logIn(page, server.url, 'demo@bosonline.id', `/app/orders/${invoice}`);
    await page.getByText('WA: sampai').first().waitFor();
    await checkAndShoot(page, 'order-follow-up-delivery-360');
    expect(errors).toEqual([]);
  });

  it('numbers the plan’s automatic follow-ups apart from the seller’s own', async () => {
    const invoice = await newTransferOrder(server, await demoSeller(), '081311117788', 'Pembeli Seri');
    // Two hours on, the transfer plan's first reminder has gone out by itself.
    server.clock.advance(2 * 3_600_000);
    await server.runJobs();
    expect((await (await demoSeller()).followUp.attempts.query({ invoice })).map((a) => a.status)).toEqual([
      'sent',
      'scheduled',
    ]);

    const { page, errors } = await openPage(browser, 1280);
    await logIn(page, server.url, 'demo@bosonline.id', `/app/orders/${invoice}`);
    const followUp = page.getByRole('region', { name: 'Follow up' });
    const history = followUp.getByRole('region', { name: 'Riwayat follow up' });
    await history.getByText('Otomatis ke-1').waitFor();
    await history.getByText('Otomatis ke-2').waitFor();
    await history.getByText('Terjadwal').waitFor();
    // The seller's own series starts at 1, whatever the plan has sent.
    await followUp.getByRole('button', { name: 'Kirim follow up ke-1' }).click();
    await page.getByText('Follow up terkirim lewat WhatsApp.').waitFor();
    await history.getByText('Ke-1', { exact: true }).waitFor();
    await followUp.getByRole('button', { name: 'Kirim follow up ke-2' }).waitFor();
    await checkAndShoot(page, 'order-follow-up-series-1280');
    expect(errors).toEqual([]);
  });
});
