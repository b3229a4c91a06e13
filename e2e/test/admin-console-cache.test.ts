import { mkdirSync } from 'node:fs';
import type { BosClient } from '@bosonline/sdk';
import { expectError, startTestServer, type TestServer } from '@bosonline/server/testing';
import { demoFormId } from '@bosonline/server/testing/demo-orders';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/chromium.ts';
import { expectAccessible, settled } from '../src/dashboard.ts';
import { hasBrowser, openPage, screenshotDir } from './browser.ts';

// The console's Cache page against a real server whose cache holds what buyers' reads put there
// (a loaded form, region searches, the courier list): the in-process LRU by default, Redis when
// REDIS_URL is set. What the page lists and counts is compared with what the SDK answers the same
// superadmin. Needs the dashboard built. ADMIN_SHOTS puts the screenshots elsewhere.

let server: TestServer;
let browser: Browser;
let api: BosClient;

const shots = process.env.ADMIN_SHOTS ?? screenshotDir;
mkdirSync(shots, { recursive: true });
const admin = { email: 'admin@bosonline.id', password: 'admin12345' };
const ops = { name: 'Oki Operasional', email: 'oki.ops@bosonline.id', password: 'ops-oki-12345' };
const number = (n: number) => n.toLocaleString('id-ID');

/** Buyers' reads through the server: the demo form, the courier list, and 60 region searches. */
async function warmCache() {
  const buyer = server.client();
  await buyer.checkout.loadForm.query({ formId: demoFormId });
  await buyer.checkout.loadForm.query({ formId: demoFormId }); // a hit
  for (const q of ['buduran', 'sidoarjo']) {
    for (let limit = 1; limit <= 30; limit += 1) await buyer.region.search.query({ q, limit });
  }
}

/** Every key the SDK lists for `match`, page by page to the end. */
async function allKeys(match?: string): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { keys: string[]; cursor: string | null } = await api.admin.cache.keys.query({
      match,
      cursor,
      limit: 100,
    });
    seen.push(...page.keys);
    cursor = page.cursor;
  } while (cursor);
  return [...new Set(seen)].sort();
}

beforeAll(async () => {
  if (!hasBrowser) return;
  [server, browser] = await Promise.all([startTestServer({ seed: true }), launchChromium()]);
  const tokens = await server.client().admin.auth.login.mutate(admin);
  api = server.client({ token: tokens.accessToken });
  await api.admin.users.create.mutate({ ...ops, role: 'operations' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function checkAndShoot(page: Page, name: string) {
  // Toasts of earlier steps close themselves after a while; closed here so axe reads the page.
  for (const close of await page.locator('.mantine-Notification-closeButton').all()) {
    await close.dispatchEvent('click').catch(() => undefined);
  }
  await page.waitForFunction(() => !document.querySelector('.mantine-Notification-root'));
  await settled(page);
  await expectAccessible(page);
  // Nothing wider than the screen: no sideways scrolling on a phone or a laptop.
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${shots}/admin-${name}.png`, fullPage: true });
}

async function adminLogIn(page: Page, who: { email: string; password: string }) {
  await page.goto(`${server.url}/app/admin`);
  await page.getByRole('heading', { name: 'Masuk ke Konsol Admin' }).waitFor();
  await page.getByLabel('Email staf').fill(who.email);
  await page.getByLabel('Kata sandi').fill(who.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/** Opens the Cache page from the menu (behind the burger on a phone). */
async function openCache(page: Page, width: number) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  if (width < 768) await page.getByRole('button', { name: 'Buka menu' }).click();
  await page.getByRole('navigation', { name: 'Menu admin' }).getByRole('link', { name: 'Cache' }).click();
  await page.getByRole('heading', { name: 'Cache', level: 1 }).waitFor();
}

/** The figure `name` of the statistics, once it reads `value`. */
async function figureReads(page: Page, name: string, value: string) {
  await page
    .getByRole('region', { name: 'Statistik cache' })
    .getByRole('group', { name, exact: true })
    .getByText(value, { exact: true })
    .waitFor();
}

const keyList = (page: Page) => page.getByRole('list', { name: 'Daftar kunci' });
const listedKeys = async (page: Page) =>
  (await keyList(page).getByRole('listitem').allTextContents()).map((k) => k.trim());

/** Follows "load more" (the SCAN cursor) until the listing has ended. */
async function loadToEnd(page: Page) {
  const more = page.getByRole('button', { name: 'Muat lagi' });
  await page.getByText(/^\d+ kunci ditampilkan/).waitFor();
  while (await more.isVisible()) {
    const before = (await listedKeys(page)).length;
    await more.click();
    await expect.poll(async () => (await listedKeys(page)).length).toBeGreaterThan(before);
  }
}

describe.skipIf(!hasBrowser)('admin console: cache', () => {
  it('lists every key once, opens and deletes one, deletes by pattern and flushes, with counts', async () => {
    await warmCache();
    const { page, errors } = await openPage(browser, 1280);
    await adminLogIn(page, admin);
    await openCache(page, 1280);

    const everything = await allKeys();
    const stats = await api.admin.cache.stats.query();
    expect(stats.keys).toBe(everything.length);
    expect(everything.length).toBeGreaterThan(60); // the region searches, the form, the couriers
    await figureReads(page, 'Kunci', number(stats.keys));
    await figureReads(page, 'Hit', number(stats.hits));

    // "Load more" follows the SCAN cursor until the listing ends: every key shown, none twice.
    await loadToEnd(page);
    await page.getByText(`${number(everything.length)} kunci ditampilkan`, { exact: true }).waitFor();
    const shown = await listedKeys(page);
    expect(new Set(shown).size).toBe(shown.length);
    expect([...shown].sort()).toEqual(everything);
    await checkAndShoot(page, 'cache-1280');

    // Filtered to the stores' keys; the demo form's key opens with its value and time to live.
    await page.getByLabel('Pola kunci').fill('bos:store:*');
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('match')).toBe('bos:store:*');
    const formKey = everything.find((k) => k.endsWith(`:form:${demoFormId}`)) as string;
    expect(formKey).toBeTruthy();
    await expect.poll(() => listedKeys(page)).toEqual(await allKeys('bos:store:*'));
    await keyList(page)
      .getByRole('button', { name: `Lihat ${formKey}` })
      .click();
    const drawer = page.getByRole('dialog', { name: 'Isi kunci' });
    await drawer.getByText(/"slug": "kopi-arabica"/).waitFor();
    await drawer.getByText(/^\d+ (mnt|dtk).* lagi$/).waitFor();
    await checkAndShoot(page, 'cache-key-1280');

    await drawer.getByRole('button', { name: 'Hapus kunci' }).click();
    const confirmKey = page.getByRole('dialog', { name: 'Hapus kunci ini?' });
    await confirmKey.getByText(formKey, { exact: false }).waitFor();
    await confirmKey.getByRole('button', { name: 'Ya, hapus' }).click();
    await page.getByText('1 kunci dihapus.').waitFor();
    await drawer.waitFor({ state: 'detached' });
    await keyList(page)
      .getByRole('button', { name: `Lihat ${formKey}` })
      .waitFor({ state: 'detached' });
    await expectError(api.admin.cache.get.query({ key: formKey }), 'NOT_FOUND');
    await figureReads(page, 'Kunci', number(stats.keys - 1));

    // Delete by pattern: the confirm names the pattern, the notice the server's count.
    await page.getByLabel('Pola kunci').fill('bos:region:search:*');
    await page.getByRole('button', { name: 'Terapkan' }).click();
    const regions = await allKeys('bos:region:search:*');
    expect(regions).toHaveLength(60);
    await keyList(page)
      .getByRole('button', { name: /^Lihat bos:region:search:/ })
      .first()
      .waitFor();
    expect((await listedKeys(page)).every((k) => k.startsWith('bos:region:search:'))).toBe(true);
    await loadToEnd(page);
    await page.getByRole('button', { name: 'Hapus menurut pola' }).click();
    const confirmPattern = page.getByRole('dialog', { name: 'Hapus semua kunci yang cocok?' });
    // It names the pattern and the keys the list shows (all 60, the list loaded to its end).
    await confirmPattern
      .getByText(/cocok dengan bos:region:search:\* dihapus dari cache: 60 kunci yang tampil di daftar\.$/)
      .waitFor();
    await checkAndShoot(page, 'cache-pattern-confirm-1280');
    await confirmPattern.getByRole('button', { name: 'Ya, hapus' }).click();
    await page.getByText('60 kunci dihapus.').waitFor();
    await page.getByText('Tidak ada kunci yang cocok dengan pola ini.').waitFor();
    expect(await allKeys('bos:region:search:*')).toEqual([]);
    const afterPattern = await api.admin.cache.stats.query();
    expect(afterPattern.keys).toBe(stats.keys - 61);
    await figureReads(page, 'Kunci', number(afterPattern.keys));

    // Everything cached for the demo seller (their store), looked up by their user id.
    await server.client().checkout.loadForm.query({ formId: demoFormId });
    const owner = await server.db.user.findUniqueOrThrow({ where: { email: 'demo@bosonline.id' } });
    const mine = await api.admin.cache.user.query({ id: owner.id });
    const storeId = mine.stores[0]?.storeId as string;
    await page.getByLabel('ID pengguna atau toko').fill('bukan-uuid');
    await page.getByRole('button', { name: 'Cari' }).click();
    await page.getByText('Tulis ID berbentuk UUID').waitFor();
    await page.getByLabel('ID pengguna atau toko').fill(owner.id);
    await page.getByRole('button', { name: 'Cari' }).click();
    const ownerSection = page.getByRole('region', { name: 'Cache milik pengguna atau toko' });
    await ownerSection.getByText(`Toko ${storeId}`).waitFor();
    for (const key of mine.stores[0]?.keys ?? []) {
      await ownerSection.getByRole('button', { name: `Lihat ${key}` }).waitFor();
    }
    expect(mine.stores[0]?.keys).toContain(formKey);
    await checkAndShoot(page, 'cache-owner-1280');

    // Flush all: the confirm says how many keys go; afterwards none is left and the counters restart.
    // The page asks again when told to: the buyer's read since then shows.
    await page.getByRole('button', { name: 'Hapus filter' }).click();
    await page.getByRole('button', { name: 'Muat ulang' }).click();
    const beforeFlush = await api.admin.cache.stats.query();
    await figureReads(page, 'Kunci', number(beforeFlush.keys));
    await page.getByRole('button', { name: 'Kosongkan cache' }).click();
    const confirmFlush = page.getByRole('dialog', { name: 'Kosongkan seluruh cache?' });
    await confirmFlush
      .getByText(`Semua ${number(beforeFlush.keys)} kunci cache dihapus`, { exact: false })
      .waitFor();
    await confirmFlush.getByRole('button', { name: 'Ya, hapus' }).click();
    await page.getByText(`${number(beforeFlush.keys)} kunci dihapus.`).waitFor();
    await figureReads(page, 'Kunci', '0');
    await figureReads(page, 'Hit', '0');
    await page.getByText(/^Cache kosong\./).waitFor();
    await ownerSection.getByText('Tidak ada yang tersimpan di cache untuk toko ini.').waitFor();
    expect((await api.admin.cache.stats.query()).keys).toBe(0);
    await checkAndShoot(page, 'cache-empty-1280');

    // Each drop is in the audit log.
    const audit = await api.admin.audit.list.query({ action: 'admin.cache.' });
    expect(audit.items.map((e) => e.action).sort()).toEqual([
      'admin.cache.delete',
      'admin.cache.deletePattern',
      'admin.cache.flush',
    ]);
    expect(errors).toEqual([]);
  });

  it('on a 360 px phone: statistics, the key list, a key and the flush confirm fit the screen', async () => {
    await warmCache();
    const { page, errors } = await openPage(browser, 360);
    await adminLogIn(page, admin);
    await openCache(page, 360);
    await page.getByText(/^\d+ kunci ditampilkan/).waitFor();
    await checkAndShoot(page, 'cache-360');
    const formKey = (await allKeys('bos:store:*:form:*'))[0] as string;
    await page.getByLabel('Pola kunci').fill('bos:store:*');
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await keyList(page)
      .getByRole('button', { name: `Lihat ${formKey}` })
      .click();
    await page
      .getByRole('dialog', { name: 'Isi kunci' })
      .getByText(/"slug": "kopi-arabica"/)
      .waitFor();
    await checkAndShoot(page, 'cache-key-360');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Isi kunci' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Kosongkan cache' }).click();
    await page.getByRole('dialog', { name: 'Kosongkan seluruh cache?' }).waitFor();
    await checkAndShoot(page, 'cache-flush-confirm-360');
    await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();
    expect((await api.admin.cache.stats.query()).keys).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('a role without the cache permission is offered no Cache page', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await adminLogIn(page, ops);
    await page.getByRole('heading', { name: 'Dasbor', level: 1 }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Menu admin' });
    await menu.getByRole('link', { name: 'Pesanan' }).waitFor();
    expect(await menu.getByRole('link').allTextContents()).not.toContain('Cache');
    await page.goto(`${server.url}/app/admin/cache`);
    await page.getByText('Peran Anda tidak diizinkan membuka halaman ini.').waitFor();
    expect(await page.getByRole('button', { name: 'Kosongkan cache' }).count()).toBe(0);
    await checkAndShoot(page, 'cache-forbidden-1280');
    expect(errors).toEqual([]);
  });
});
