import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { onTestFailed, TestRunner } from 'vitest';
import { chromiumPath } from '../src/chromium.ts';

/**
 * No browser comes from npm, so a machine without Chromium skips the browser tests and says why.
 * CI installs it and sets REQUIRE_BROWSER=1: there, a missing browser is a failure, not a skip.
 */
export const hasBrowser = existsSync(chromiumPath) || process.env.REQUIRE_BROWSER === '1';
if (!hasBrowser) {
  console.warn(`browser tests skipped: no Chromium at ${chromiumPath} (apt-get install -y chromium)`);
}

export const screenshotDir = fileURLToPath(new URL('../../test-output/screenshots/', import.meta.url));
mkdirSync(screenshotDir, { recursive: true });

export interface TestPage {
  page: Page;
  /** Uncaught errors of the page's scripts. */
  errors: string[];
  /** Every URL the page asked for. */
  requests: string[];
}

/**
 * A fresh page (own context: no shared storage) `width` CSS pixels wide. `stubThirdParty` answers
 * requests to other hosts (ad pixels) with an empty script; it is opt-in because intercepting
 * requests also holds back the keepalive requests a page sends while it is being left.
 */
export async function openPage(
  browser: Browser,
  width: number,
  options: { stubThirdParty?: boolean; timezoneId?: string } = {},
): Promise<TestPage> {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    // A buyer's device may be set to any zone; the pages must not depend on it.
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  if (TestRunner.getCurrentTest())
    onTestFailed(({ task }) => sayWhereThePageWas(page, errors, task.result?.errors));
  if (options.stubThirdParty) {
    await context.route(/^https:\/\//, (route) =>
      route.fulfill({ status: 200, body: '', contentType: 'text/javascript' }),
    );
  }
  return { page, errors, requests };
}

/**
 * A failed step says which page was on screen, with its heading and any script error: CI shows
 * only the first lines of each failure, and "waiting for …" alone does not tell a click that
 * missed from a page that had gone elsewhere (a redirect to the login, an error screen).
 */
async function sayWhereThePageWas(
  page: Page,
  errors: string[],
  failures: Array<{ message: string; stack?: string }> | undefined,
) {
  if (page.isClosed() || !failures?.length) return;
  const heading = await page
    .locator('h1')
    .first()
    .textContent({ timeout: 1_000 })
    .catch(() => null);
  const where = [
    `page ${new URL(page.url()).pathname}`,
    heading ? `showing “${heading.trim()}”` : 'with no heading',
    ...(errors.length ? [`script errors: ${errors.join('; ')}`] : []),
  ].join(' ');
  for (const failure of failures) {
    failure.message = `[${where}] ${failure.message}`;
    if (failure.stack) failure.stack = `[${where}] ${failure.stack}`;
  }
}

export interface SellerSite {
  url: string;
  close(): Promise<void>;
}

/**
 * A seller's own page on another origin, embedding the widget with the one snippet sellers paste,
 * plus the kind of trouble real pages bring: CSS that restyles everything, and a script that throws.
 */
export async function sellerSite(apiUrl: string, widgetAttributes: string): Promise<SellerSite> {
  const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Toko Kopi Pak Budi</title>
<style>
  * { font-family: "Comic Sans MS", cursive !important; color: #f0f !important; }
  input, button, label { display: inline !important; width: 10px !important; background: yellow !important; }
  body { margin: 0; padding: 8px; background: #fff7ed; }
</style>
<script>throw new Error('host page script error');</script>
<script>
  // Once everything has loaded, the page breaks fetch for everyone (a misbehaving analytics tag).
  addEventListener('load', () => { window.fetch = () => Promise.reject(new Error('the host page broke fetch')); });
</script>
</head><body>
<h1>Kopi Pak Budi</h1>
<p>Pesan langsung di sini:</p>
<bos-checkout ${widgetAttributes}></bos-checkout>
<script src="${apiUrl}/widget/bos-checkout.js" defer></script>
</body></html>`;
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
