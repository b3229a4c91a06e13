import { startTestServer, type TestServer } from '@bosonline/server/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/chromium.ts';
import { expectAccessible, logIn } from '../src/dashboard.ts';
import { hasBrowser, openPage, screenshotDir } from './browser.ts';

// "Atur Pengiriman": a CS member places a COD order for a buyer from the Order List, sees the
// total before saving, and lands on the new order with its AWB. Needs the dashboard built.

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

/** The select whose label starts with `label` (its name also holds the required mark). */
const input = (page: Page, label: string) => page.getByRole('combobox', { name: new RegExp(`^${label}`) });

/** Picks `option` in the select labelled `label` (Mantine's combobox). */
async function pick(page: Page, label: string, option: RegExp | string) {
  await input(page, label).click();
  await page.getByRole('option', { name: option }).first().click();
}

describe.skipIf(!hasBrowser)('seller dashboard: Atur Pengiriman', () => {
  it('a CS member places a COD order for a buyer and opens it with its AWB', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await logIn(page, server.url, 'cs@bosonline.id', '/app/orders');
    await page.getByRole('link', { name: 'Atur Pengiriman' }).click();
    await page.getByRole('heading', { name: 'Buat pesanan untuk pembeli' }).waitFor();

    await pick(page, 'Form', 'Kopi Arabica');
    await page.getByLabel('Nama pembeli').fill('Bu Wati');
    await page.getByLabel('No. HP pembeli').fill('081311223344');
    const district = input(page, 'Kecamatan / kelurahan');
    await district.fill('buduran');
    await page.getByRole('option', { name: /^Buduran, / }).click();
    await page.getByLabel('Alamat lengkap').fill('Jl. Raya Buduran No. 7, dekat masjid');
    await page.getByLabel('Jumlah Kopi Arabica Gayo').fill('2');
    // The default warehouse sends unless another is chosen.
    await expect.poll(() => input(page, 'Dikirim dari gudang').inputValue()).toBe('Alfian');
    await pick(page, 'Kurir & layanan', /Rp/);
    const total = page.getByText('Total dibayar pembeli').locator('..');
    await total.getByText(/^Rp/).waitFor();

    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-manual-order-1280.png`, fullPage: true });

    await page.getByRole('button', { name: 'Buat pesanan' }).click();
    const heading = page.getByRole('heading', { name: /^Pesanan INV\d+$/ });
    await heading.waitFor();
    const invoice = (await heading.textContent())?.replace('Pesanan ', '') ?? '';
    await page.getByText('Dibuat manual oleh Rina (CS)').waitFor();
    const order = await server.db.order.findFirstOrThrow({ where: { invoice } });
    expect(order.awb).toMatch(/^IDX\d+$/);
    expect(order.buyerName).toBe('Bu Wati');
    await page.getByText(order.awb!, { exact: true }).first().waitFor();
    const cs = await server.db.user.findFirstOrThrow({ where: { email: 'cs@bosonline.id' } });
    expect(order.createdById).toBe(cs.id);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-manual-order-detail-1280.png`, fullPage: true });

    // On a phone: the list's action and the form fit the screen.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${server.url}/app/orders`);
    await page.getByRole('link', { name: 'Atur Pengiriman' }).waitFor();
    await page.screenshot({ path: `${screenshotDir}dashboard-orders-manual-action-360.png` });
    await page.getByRole('link', { name: 'Atur Pengiriman' }).click();
    await page.getByRole('heading', { name: 'Buat pesanan untuk pembeli' }).waitFor();
    await pick(page, 'Form', 'Kopi Arabica');
    await page.getByLabel('Jumlah Kopi Arabica Gayo').waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-manual-order-360.png`, fullPage: true });
    await page.goto(`${server.url}/app/orders/${invoice}`);
    await page.getByText('Dibuat manual oleh Rina (CS)').waitFor();
    await page.screenshot({ path: `${screenshotDir}dashboard-manual-order-detail-360.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
});
