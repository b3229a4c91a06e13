import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '@bosonline/server/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/chromium.ts';
import { expectAccessible, logIn, settled } from '../src/dashboard.ts';
import { hasBrowser, openPage, screenshotDir } from './browser.ts';

// The form builder's ad conversions: the owner gives her Meta access token (write-only), keeps
// COD's Purchase on delivery, and reads the delivery log once a COD order was delivered. Needs the
// dashboard built.

const demoFormId = 'd9cc7807-36c2-4eb1-b910-ece18a1bbb6e';
const token = 'EAAB-demo-meta-access-token-0123456789';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  if (!hasBrowser) return;
  [server, browser] = await Promise.all([startTestServer({ seed: true }), launchChromium()]);
  const demo = await server.client().auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
  const seller = server.client({ token: demo.accessToken });
  await seller.form.update.mutate({
    id: demoFormId,
    pixels: { metaPixelId: '1234567890', tiktokPixelId: null },
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A COD order on the demo form, carried through the sandbox courier to delivered. */
async function deliveredCodOrder(eventId: string) {
  const res = await server.rest('POST', `/order/${demoFormId}`, {
    body: {
      receiver: {
        receiver_name: 'Dewi Lestari',
        receiver_phone: '081377770001',
        receiver_addr_id: 76518,
        receiver_address: 'Jl. Kenanga No. 3, RT 01/RW 02',
      },
      items: {
        service_code: '00',
        courier_code: 'idx',
        payment_method: { type: 'cod', bank: null },
        order_items: [{ item_sku: 'BAT-AA-001-01', item_qty: 1 }],
      },
      event_id: eventId,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  // The sandbox courier delivers an hour after booking; the conversion sweep runs every minute.
  server.clock.advance(2 * 3600_000);
  await server.runJobs();
  server.clock.advance(60_000);
  await server.runJobs();
}

describe.skipIf(!hasBrowser)('form builder: ad conversions', () => {
  it('takes a write-only access token, keeps COD on delivery, and logs the Purchase sent', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await logIn(page, server.url, 'demo@bosonline.id', `/app/forms/${demoFormId}`);
    const panel = page.getByRole('region', { name: 'Konversi iklan dari server' });
    await panel.waitFor();
    await panel.getByText('Belum ada konversi yang dikirim dari formulir ini.').waitFor();
    await panel.getByLabel(/Access token Meta/).fill(token);
    await panel.getByRole('button', { name: 'Simpan konversi' }).click();
    await page.getByText('Pengaturan konversi tersimpan.').waitFor();
    // Written, never shown again: the field is empty and says it is saved.
    await panel.getByText('Tersimpan', { exact: true }).waitFor();
    expect(await panel.getByLabel(/Access token Meta/).inputValue()).toBe('');
    expect(await page.content()).not.toContain(token);

    const eventId = randomUUID();
    await deliveredCodOrder(eventId);
    await page.reload();
    await panel.getByText(`event_id ${eventId}`).waitFor();
    await panel.getByText('Terkirim', { exact: true }).waitFor();
    await panel.getByText(/"events_received":1/).waitFor();
    await settled(page);
    await expectAccessible(page);
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshotDir}form-conversions-1280.png`, fullPage: true });
    await panel.screenshot({ path: `${screenshotDir}form-conversions-panel-1280.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a phone', async () => {
    const { page, errors } = await openPage(browser, 360);
    await logIn(page, server.url, 'demo@bosonline.id', `/app/forms/${demoFormId}`);
    const panel = page.getByRole('region', { name: 'Konversi iklan dari server' });
    await panel.getByText('Terkirim', { exact: true }).waitFor();
    await settled(page);
    await expectAccessible(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${screenshotDir}form-conversions-360.png`, fullPage: true });
    await panel.screenshot({ path: `${screenshotDir}form-conversions-panel-360.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
