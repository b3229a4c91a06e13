import { startTestServer, type TestServer } from '@bosonline/server/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/chromium.ts';
import { expectAccessible, logIn } from '../src/dashboard.ts';
import { hasBrowser, openPage, screenshotDir } from './browser.ts';

// COD risk in the seller dashboard: the order list's badge and filter, the order page's panel
// with the score and its reasons, and the form builder's risk policy. Needs the dashboard built.

const demoFormId = 'd9cc7807-36c2-4eb1-b910-ece18a1bbb6e';

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

/** A first-time COD buyer with a bare address: scored, with reasons. */
async function riskyOrder(phone: string): Promise<string> {
  const res = await server.rest('POST', `/order/${demoFormId}`, {
    body: {
      receiver: {
        receiver_name: 'Pembeli Baru',
        receiver_phone: phone,
        receiver_addr_id: 15022,
        receiver_address: 'Jl. A',
      },
      items: {
        service_code: '00',
        courier_code: 'idx',
        payment_method: { type: 'cod', bank: null },
        order_items: [{ item_sku: 'BAT-AA-001-01', item_qty: 1 }],
      },
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const session = await server
    .client()
    .auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
  const seller = server.client({ token: session.accessToken });
  const page = await seller.order.list.query({ q: phone, limit: 1 });
  return page.items[0]?.invoice as string;
}

describe.skipIf(!hasBrowser)('seller dashboard: COD risk', () => {
  it('shows the score and its reasons on the order page, and the level in the list', async () => {
    const invoice = await riskyOrder('081399990001');
    const session = await server
      .client()
      .auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
    const seller = server.client({ token: session.accessToken });
    const detail = await seller.order.detail.query({ invoice });
    expect(detail.risk).not.toBeNull();

    for (const width of [1280, 360]) {
      const { page, errors } = await openPage(browser, width);
      await logIn(page, server.url, 'demo@bosonline.id', `/app/orders?q=${invoice}`);
      await page.getByRole('link', { name: invoice, exact: true }).waitFor();
      // The badge: level and score out of 100.
      const score = Math.round((detail.risk?.score ?? 0) * 100);
      await page
        .getByText(new RegExp(`· ${score}$`))
        .first()
        .waitFor();
      await expectAccessible(page);
      await page.screenshot({ path: `${screenshotDir}dashboard-risk-list-${width}.png`, fullPage: true });

      await page.getByRole('link', { name: invoice, exact: true }).click();
      const panel = page.getByRole('region', { name: 'Risiko COD' });
      await panel.getByText(`Skor ${score}/100`).waitFor();
      for (const reason of detail.risk?.reasons ?? []) await panel.getByText(reason.id).waitFor();
      await panel.getByText('Pembeli baru di toko ini').waitFor();
      await expectAccessible(page);
      await page.screenshot({ path: `${screenshotDir}dashboard-risk-order-${width}.png`, fullPage: true });
      expect(errors).toEqual([]);
    }
  });

  it('filters the list by risk level and keeps the hold policy with the form', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await logIn(page, server.url, 'demo@bosonline.id', '/app/orders');
    await page.getByLabel('Risiko', { exact: true }).and(page.locator('input')).click();
    await page.getByRole('option', { name: 'Risiko sedang' }).click();
    await page.waitForURL(/[?&]risk=medium/);

    await page.goto(`${server.url}/app/forms/${demoFormId}`);
    const section = page.getByRole('region', { name: 'Kebijakan risiko COD' });
    await section.getByLabel('Tindakan di atas ambang').and(page.locator('input')).click();
    await page.getByRole('option', { name: 'Tahan & minta konfirmasi WhatsApp' }).click();
    await section.getByLabel('Batas konfirmasi (jam)').fill('8');
    // The widget preview beside the builder has loaded (its spinner is not what is checked here).
    await page.locator('.mantine-Loader-root[aria-label="Pratinjau"]').waitFor({ state: 'detached' });
    await expectAccessible(page);
    await section.screenshot({ path: `${screenshotDir}dashboard-risk-policy-1280.png` });
    await page
      .getByRole('button', { name: /^Simpan/ })
      .first()
      .click();
    const session = await server
      .client()
      .auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
    const seller = server.client({ token: session.accessToken });
    await expect
      .poll(async () => (await seller.form.detail.query({ id: demoFormId })).riskPolicy)
      .toEqual({ threshold: 0.6, action: 'hold_confirm', confirmHours: 8, downPaymentPercent: 30 });
    expect(errors).toEqual([]);

    const phone = await openPage(browser, 360);
    await logIn(phone.page, server.url, 'demo@bosonline.id', `/app/forms/${demoFormId}`);
    await phone.page.getByRole('region', { name: 'Kebijakan risiko COD' }).waitFor();
    await phone.page
      .getByRole('region', { name: 'Kebijakan risiko COD' })
      .screenshot({ path: `${screenshotDir}dashboard-risk-policy-360.png` });
  });
});
