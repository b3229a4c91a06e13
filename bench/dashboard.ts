import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createTestDatabase } from '@bosonline/db/testing';
import { launchChromium } from '@bosonline/e2e/chromium';
import { seedDemo } from '@bosonline/server';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { writeResults } from './lib/report.ts';
import { startBenchServer } from './lib/server.ts';

// The seller dashboard's weight and speed (issue 14's budgets):
// - initial JavaScript of /app, gzipped (budget 250 KB), and that the order list does not fetch
//   the form builder's code;
// - time to interactive of the order list on Lighthouse's mobile profile (150 ms RTT, 1.6 Mbps,
//   4x CPU), cold cache, with the demo data (target < 2.5 s): from navigation start until the first
//   order row is on screen and the main thread answers (timed in the page: rowShownScript);
// - with 200 000 orders in the store: the first page of the list after navigating to it from
//   Beranda (a click in the sidebar, as a seller does), target < 1 s.
// Needs Debian's chromium and a built dashboard (`pnpm build`).

const dist = new URL('../apps/dashboard/dist/', import.meta.url);
// Eleven: on a 2-core machine a run's time of interactive spreads over ~0.5 s; five left the median
// at the mercy of one slow run.
const runs = Number(process.env.RUNS ?? 11);
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

// --- 1. What /app makes a browser download before it can start: the entry and its preloads.
const html = readFileSync(new URL('index.html', dist), 'utf8');
const initialFiles = [
  ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/app\/([^"]+\.js)"/g),
].map((m) => m[1] as string);
const gzipped = (file: string) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;
// What browsers that take brotli receive: the build's own .br copy (apps/dashboard/build/precompress.ts).
const brotli = (file: string) => {
  try {
    return readFileSync(new URL(`${file}.br`, dist)).length;
  } catch {
    return gzipped(file);
  }
};
const initialJs = initialFiles.map((file) => ({ file, gzipBytes: gzipped(file), brotliBytes: brotli(file) }));
const initialJsKb = Math.round(initialJs.reduce((sum, f) => sum + f.gzipBytes, 0) / 1024);
const initialJsBrotliKb = Math.round(initialJs.reduce((sum, f) => sum + f.brotliBytes, 0) / 1024);
console.log(
  `initial JS: ${initialJsKb} KB gzipped (budget 250 KB), ${initialJsBrotliKb} KB as brotli: ${initialJs.map((f) => f.file).join(', ')}`,
);

const mobile = {
  width: 360,
  cpu: 4,
  network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
};

type Browser = Awaited<ReturnType<typeof launchChromium>>;
type BrowserContext = Awaited<ReturnType<Browser['newContext']>>;
type Page = Awaited<ReturnType<BrowserContext['newPage']>>;
/** The page's storage, as the init script sees it (this file is typed for Node). */
type WithSessionStorage = { sessionStorage: { setItem(key: string, value: string): void } };

const database = await createTestDatabase();
await seedDemo(database.prisma);
const server = await startBenchServer(database);
const browser = await launchChromium();

/** A fresh browser context (cold cache) already signed in as the demo seller, throttled like a phone. */
/** A new session of the demo seller: its refresh token (each is spent by the page's first refresh). */
async function demoRefreshToken(): Promise<string> {
  const res = await fetch(`${server.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'demo@bosonline.id', password: 'demo12345' }),
  });
  return ((await res.json()) as { data: { refresh_token: string } }).data.refresh_token;
}

async function signedInPage(): Promise<{ context: BrowserContext; page: Page; scripts: string[] }> {
  const refreshToken = await demoRefreshToken();
  const context = await browser.newContext({ viewport: { width: mobile.width, height: 800 } });
  // The dashboard keeps its refresh token in sessionStorage (apps/dashboard/src/api/session.ts).
  await context.addInitScript(
    (token) =>
      (globalThis as unknown as WithSessionStorage).sessionStorage.setItem('bos.refreshToken', token),
    refreshToken,
  );
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...mobile.network });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: mobile.cpu });
  return { context, page, scripts };
}

/** Milliseconds since navigation start once the first order row is shown and the page yields. */
async function ordersInteractive(page: Page): Promise<number> {
  await page.locator('tbody tr a').first().waitFor({ timeout: 60_000 });
  return page.evaluate(() => performance.now());
}

/**
 * Set in the page before its own scripts: resolves, in page time, once the first order row is in
 * the document, the next frame has drawn it, and a task posted after that frame runs (the main
 * thread answers). Timed inside the page because Playwright, polling from outside, injected its
 * own script (~35 ms of a throttled main thread) between the bundle's evaluation and React's first
 * render, and added its round trips (20-90 ms) to the time: both are recorded below.
 */
const rowShownScript = `window.bosOrderRowShown = new Promise((resolve) => {
  const shown = () => {
    if (!document.querySelector('tbody tr a')) return false;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
    return true;
  };
  new MutationObserver((_, observer) => { if (shown()) observer.disconnect(); })
    .observe(document, { childList: true, subtree: true });
});`;

// --- 2. The order list opened cold on a phone, demo data: timed in the page, then (the method of
// earlier stops, for comparison) by Playwright waiting for the row.
const tti: number[] = [];
const ttiPolled: number[] = [];
let orderListScripts: string[] = [];
for (let run = 0; run < runs; run++) {
  const { context, page, scripts } = await signedInPage();
  await page.addInitScript({ content: rowShownScript });
  // Asked at once (the page is still downloading its code), so nothing of Playwright's runs later.
  await page.goto(`${server.url}/app/orders`, { waitUntil: 'commit' });
  tti.push(
    await page.evaluate(
      () => (globalThis as unknown as { bosOrderRowShown: Promise<number> }).bosOrderRowShown,
    ),
  );
  orderListScripts = scripts;
  await context.close();
}
for (let run = 0; run < runs; run++) {
  const { context, page } = await signedInPage();
  await page.goto(`${server.url}/app/orders`);
  ttiPolled.push(await ordersInteractive(page));
  await context.close();
}
const builderChunk = orderListScripts.find((path) => /\/(edit|builder|form-builder)[-.]/i.test(path));
console.log(
  `order list TTI (mobile, demo data): median ${Math.round(median(tti))} ms of ${runs}, worst ${Math.round(Math.max(...tti))} ms; ` +
    `scripts: ${orderListScripts.length}${builderChunk ? `, loads the form builder (${builderChunk})!` : ', no form builder code'}; ` +
    `timed by Playwright's polling: median ${Math.round(median(ttiPolled))} ms, worst ${Math.round(Math.max(...ttiPolled))} ms`,
);

// --- 2b. The same page measured by Lighthouse itself (12, its default mobile settings: simulated
// throttling at 150 ms RTT, 1.6 Mbps, 4x CPU, a Moto G Power screen). Lighthouse's
// "interactive" is computed from the page's trace (5 s quiet window after the last long task), a
// different method from the applied throttling above: both are recorded.
const lighthouseBrowser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
const lighthouseTti: number[] = [];
const lighthouseFcp: number[] = [];
for (let run = 0; run < runs; run++) {
  const context = await lighthouseBrowser.createBrowserContext();
  const page = await context.newPage();
  await page.evaluateOnNewDocument(
    (token) =>
      (globalThis as unknown as WithSessionStorage).sessionStorage.setItem('bos.refreshToken', token),
    await demoRefreshToken(),
  );
  const result = await lighthouse(
    `${server.url}/app/orders`,
    { output: 'json', logLevel: 'error', onlyCategories: ['performance'], disableStorageReset: true },
    undefined,
    page,
  );
  const audits = result?.lhr.audits;
  lighthouseTti.push(audits?.interactive?.numericValue ?? Number.NaN);
  lighthouseFcp.push(audits?.['first-contentful-paint']?.numericValue ?? Number.NaN);
  await context.close();
}
await lighthouseBrowser.close();
console.log(
  `order list, Lighthouse mobile (simulated): interactive median ${Math.round(median(lighthouseTti))} ms of ${runs}, ` +
    `worst ${Math.round(Math.max(...lighthouseTti))} ms; first contentful paint ${Math.round(median(lighthouseFcp))} ms`,
);

// --- 3. 200 000 orders in the demo store, reached from Beranda.
const owner = await database.prisma.user.findFirstOrThrow({ where: { email: 'demo@bosonline.id' } });
const store = await database.prisma.store.findFirstOrThrow({
  where: { ownerId: owner.id },
  select: { id: true },
});
const template = await database.prisma.order.findFirstOrThrow({ where: { storeId: store.id } });
await database.prisma.$executeRawUnsafe(
  `INSERT INTO "Order" ("id", "storeId", "invoice", "status", "paymentMethod", "buyerName", "buyerPhone",
     "regionId", "address", "senderWarehouseId", "courierCode", "serviceCode", "weightGrams", "itemCount",
     "itemsTotal", "shippingCost", "codFee", "total", "createdAt", "updatedAt")
   SELECT gen_random_uuid(), $1::uuid, 'BENCH' || n,
     (ARRAY['delivered','shipped','ready_to_ship','processing','paid','unpaid','canceled'])[1 + n % 7]::"OrderStatus",
     (CASE WHEN n % 3 = 0 THEN 'bank_transfer' ELSE 'cod' END)::"PaymentMethod",
     'Pembeli ' || n, '628' || lpad((n % 900000000 + 100000000)::text, 9, '0'), $2, 'Jl. Bench ' || n, $3::uuid,
     'jne', 'REG', 250, 1, 45000, 9000, 1350, 55350,
     now() - make_interval(secs => n * 60), now() - make_interval(secs => n * 60)
   FROM generate_series(1, 200000) AS n`,
  store.id,
  template.regionId,
  template.senderWarehouseId,
);
const navigations: number[] = [];
for (let run = 0; run < runs; run++) {
  const { context, page } = await signedInPage();
  await page.goto(`${server.url}/app/`);
  // At 360 px the sidebar sits behind the menu button.
  await page.getByRole('button', { name: 'Buka menu' }).click();
  const ordersLink = page.getByRole('link', { name: 'Pesanan', exact: true }).first();
  await ordersLink.waitFor({ timeout: 60_000 });
  // Timed from the click event itself: Playwright's click first waits for the sidebar's slide-in
  // to settle (the link must hold still), which a time read before calling it counted too.
  await page.evaluate(() => {
    type Clicked = { timeStamp: number };
    const w = globalThis as unknown as {
      bosClickAt?: number;
      addEventListener(type: 'click', listener: (event: Clicked) => void, options: object): void;
    };
    w.addEventListener('click', (event) => (w.bosClickAt ??= event.timeStamp), { capture: true, once: true });
  });
  await ordersLink.click();
  const shownAt = await ordersInteractive(page);
  const clickedAt = await page.evaluate(() => (globalThis as unknown as { bosClickAt: number }).bosClickAt);
  navigations.push(shownAt - clickedAt);
  await context.close();
}
console.log(
  `order list first page after navigation (mobile, 200 000 orders): median ${Math.round(median(navigations))} ms of ${runs}, ` +
    `worst ${Math.round(Math.max(...navigations))} ms`,
);

console.log(
  `written ${writeResults(`dashboard-${database.kind}.json`, {
    initialJs: { gzipKb: initialJsKb, brotliKb: initialJsBrotliKb, budgetKb: 250, files: initialJs },
    orderListTimeToInteractive: {
      profile: 'Lighthouse mobile: 360 px, 150 ms RTT, 1.6 Mbps, 4x CPU, cold cache',
      runs,
      medianMs: Math.round(median(tti)),
      worstMs: Math.round(Math.max(...tti)),
      targetMs: 2500,
      method: 'in the page: the first order row drawn and a task after that frame run',
      playwrightPolled: {
        medianMs: Math.round(median(ttiPolled)),
        worstMs: Math.round(Math.max(...ttiPolled)),
      },
      loadsFormBuilder: Boolean(builderChunk),
    },
    orderListLighthouse: {
      profile: 'Lighthouse 12 default mobile: simulated throttling, 150 ms RTT, 1.6 Mbps, 4x CPU',
      runs,
      interactiveMedianMs: Math.round(median(lighthouseTti)),
      interactiveWorstMs: Math.round(Math.max(...lighthouseTti)),
      firstContentfulPaintMedianMs: Math.round(median(lighthouseFcp)),
      targetMs: 2500,
    },
    orderListAfterNavigation200k: {
      runs,
      medianMs: Math.round(median(navigations)),
      worstMs: Math.round(Math.max(...navigations)),
      targetMs: 1000,
    },
  })}`,
);
await browser.close();
await server.close();
await database.close();
