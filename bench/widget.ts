import { createTestDatabase } from '@bosonline/db/testing';
import { launchChromium } from '@bosonline/e2e/chromium';
import { seedDemo } from '@bosonline/server';
import { writeResults } from './lib/report.ts';
import { startBenchServer } from './lib/server.ts';

// Time to interactive of the checkout on the hosted page `/f/{slug}`: from navigation start until
// the widget's order form is on screen and usable (its `bos-checkout:interactive` mark), with a
// cold cache each run, under Chrome DevTools' network and CPU throttling. Needs Debian's chromium
// and a built widget (`pnpm build`).

interface Profile {
  name: string;
  width: number;
  /** CPU slowdown factor (Chrome's Emulation.setCPUThrottlingRate). */
  cpu: number;
  /** Round-trip latency (ms) and throughput (bytes/s), as DevTools' presets. */
  network: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
}

const profiles: Profile[] = [
  { name: 'desktop, unthrottled', width: 1280, cpu: 1, network: null },
  {
    // Lighthouse's mobile profile: "Slow 4G" 150 ms RTT, 1.6 Mbps down, 750 Kbps up, 4x slower CPU.
    name: 'mobile: 150 ms RTT, 1.6 Mbps, 4x CPU (Lighthouse mobile)',
    width: 360,
    cpu: 4,
    network: {
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    },
  },
  {
    name: 'low-end mobile: 400 ms RTT, 400 Kbps, 6x CPU (DevTools Slow 3G)',
    width: 360,
    cpu: 6,
    network: { latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 },
  },
];
const runs = Number(process.env.RUNS ?? 5);

/** The fields of the browser's PerformanceResourceTiming read here (this file is typed for Node). */
type ResourceTiming = { name: string; responseEnd: number; transferSize: number };

const database = await createTestDatabase();
await seedDemo(database.prisma);
const server = await startBenchServer(database);
const browser = await launchChromium();

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const results = [];
for (const profile of profiles) {
  const samples: { fcp: number; script: number; form: number; interactive: number; scriptBytes: number }[] =
    [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: profile.width, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (profile.network)
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    await page.goto(`${server.url}/f/kopi-arabica`);
    await page.waitForFunction(
      () => performance.getEntriesByName('bos-checkout:interactive').length > 0,
      null,
      {
        timeout: 60_000,
      },
    );
    samples.push(
      await page.evaluate(() => {
        const script = performance
          .getEntriesByType('resource')
          .find((e) => e.name.endsWith('/widget/bos-checkout.js')) as ResourceTiming | undefined;
        const form = performance
          .getEntriesByType('resource')
          .find((e) => e.name.includes('/trpc/checkout.loadForm')) as ResourceTiming | undefined;
        return {
          form: form?.responseEnd ?? Number.NaN,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
          script: script?.responseEnd ?? Number.NaN,
          interactive: performance.getEntriesByName('bos-checkout:interactive')[0]?.startTime ?? Number.NaN,
          scriptBytes: script?.transferSize ?? 0,
        };
      }),
    );
    await context.close();
  }
  const result = {
    profile: profile.name,
    runs,
    medianMs: {
      firstContentfulPaint: Math.round(median(samples.map((s) => s.fcp))),
      widgetScriptLoaded: Math.round(median(samples.map((s) => s.script))),
      formAnswered: Math.round(median(samples.map((s) => s.form))),
      timeToInteractive: Math.round(median(samples.map((s) => s.interactive))),
    },
    worstTimeToInteractiveMs: Math.round(Math.max(...samples.map((s) => s.interactive))),
    widgetTransferBytes: samples[0]?.scriptBytes,
  };
  results.push(result);
  console.log(
    `${profile.name}: TTI ${result.medianMs.timeToInteractive} ms (median of ${runs}, worst ${result.worstTimeToInteractiveMs} ms), ` +
      `script loaded ${result.medianMs.widgetScriptLoaded} ms, form answered ${result.medianMs.formAnswered} ms, FCP ${result.medianMs.firstContentfulPaint} ms`,
  );
}

console.log(`written ${writeResults('widget.json', results)}`);
await browser.close();
await server.close();
await database.close();
