import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestServer, type TestServer } from '@bosonline/server/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/chromium.ts';
import { expectAccessible, logIn, settled } from '../src/dashboard.ts';
import { hasBrowser, openPage, screenshotDir } from './browser.ts';

// Pengaturan → Webhook on a phone: the owner adds her system's URL (a local receiver), keeps the
// secret that is shown once, sends a test and reads the delivery log. Needs the dashboard built.

let server: TestServer;
let browser: Browser;
let receiver: Server;
const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];

beforeAll(async () => {
  if (!hasBrowser) return;
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  [server, browser] = await Promise.all([startTestServer({ seed: true }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

describe.skipIf(!hasBrowser)('dashboard webhooks', () => {
  it('adds a webhook on a phone, shows its secret once, pings it and logs the answer', async () => {
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/bos`;
    const { page, errors } = await openPage(browser, 360);
    await logIn(page, server.url, 'demo@bosonline.id', '/app/settings/webhooks');
    await page.getByRole('heading', { name: 'Webhook', level: 1 }).waitFor();
    await page.getByText('Belum ada webhook').waitFor();

    await page.getByRole('button', { name: 'Tambah webhook' }).click();
    await page.getByLabel('URL tujuan').fill(url);
    await page.getByRole('checkbox', { name: 'Pesanan dibayar' }).check();
    await page.getByRole('button', { name: 'Simpan' }).click();

    const dialog = page.getByRole('dialog', { name: 'Rahasia penandatangan' });
    await dialog.waitFor();
    const secret = (await dialog.locator('code').textContent()) ?? '';
    expect(secret).toMatch(/^whsec_/);
    expect(await dialog.getByRole('button', { name: /Salin/ }).count()).toBe(1);
    await settled(page);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}settings-webhook-secret-360.png`, fullPage: true });
    await dialog.getByRole('button', { name: 'Sudah saya simpan' }).click();
    // Shown once: the list never carries it.
    await page.getByText(url).waitFor();
    expect(await page.getByText(secret).count()).toBe(0);

    await page.getByRole('button', { name: 'Kirim tes' }).click();
    await page.getByText('Tes terkirim: sistem Anda menjawab 204.').waitFor();
    await page.getByText('Terkirim', { exact: true }).waitFor();
    expect(received).toHaveLength(1);
    const ping = received[0] as (typeof received)[number];
    const [t, v1] = String(ping.headers['x-bos-signature']).split(',');
    const unix = t?.slice(2);
    expect(v1?.slice(3)).toBe(createHmac('sha256', secret).update(`${unix}.${ping.body}`).digest('hex'));

    await settled(page);
    await expectAccessible(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${screenshotDir}settings-webhooks-360.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
});
