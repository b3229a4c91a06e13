import { mkdirSync, readFileSync } from 'node:fs';
import { formatRupiah } from '@bosonline/contracts';
import type { BosClient } from '@bosonline/sdk';
import { sellerClient, startTestServer, type TestServer } from '@bosonline/server/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/chromium.ts';
import { expectAccessible, settled } from '../src/dashboard.ts';
import { hasBrowser, openPage, screenshotDir } from './browser.ts';

// The console's figure, product and order pages, seller notes, editing staff and what a
// restricted role is offered, driven in Chromium against a real server with the demo data. What
// a page shows is compared with what the SDK answers the same staff member. Needs the dashboard
// built. ADMIN_SHOTS puts the screenshots elsewhere.

let server: TestServer;
let browser: Browser;
let api: BosClient;

const shots = process.env.ADMIN_SHOTS ?? screenshotDir;
mkdirSync(shots, { recursive: true });
const admin = { email: 'admin@bosonline.id', password: 'admin12345' };
const support = { name: 'Sari Support', email: 'sari.support@bosonline.id', password: 'support-sari-1' };
const editable = { name: 'Budi Keuangan', email: 'budi.finance@bosonline.id', password: 'finance-budi-1' };

/** Today and 29 days before it in Jakarta: the range the dashboard opens with. */
function last30Days() {
  const day = (ms: number) => new Date(ms).toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });
  return { from: day(Date.now() - 29 * 86_400_000), to: day(Date.now()) };
}
const number = (n: number) => n.toLocaleString('id-ID');

beforeAll(async () => {
  if (!hasBrowser) return;
  [server, browser] = await Promise.all([startTestServer({ seed: true }), launchChromium()]);
  // A seller without orders: the order list filtered to them is empty.
  await sellerClient(server, { name: 'Rina Kurniasih' });
  const tokens = await server.client().admin.auth.login.mutate(admin);
  api = server.client({ token: tokens.accessToken });
  await api.admin.users.create.mutate({ ...support, role: 'support' });
  await api.admin.users.create.mutate({ ...editable, role: 'finance' });
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

async function adminLogIn(page: Page, who: { email: string; password: string }, path = '/app/admin') {
  await page.goto(`${server.url}${path}`);
  await page.getByRole('heading', { name: 'Masuk ke Konsol Admin' }).waitFor();
  await page.getByLabel('Email staf').fill(who.email);
  await page.getByLabel('Kata sandi').fill(who.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/** Opens a console section from the menu (behind the burger on a phone). */
async function openSection(page: Page, name: string, width = 1280) {
  if (width < 768) await page.getByRole('button', { name: 'Buka menu' }).click();
  await page.getByRole('navigation', { name: 'Menu admin' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

/** Clicks the button `name` and reads the file the browser downloads. */
async function downloaded(page: Page, name: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path()) ?? '', 'utf8') };
}

/** Picks `option` in the select labelled `label` (Mantine's combobox). */
async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe.skipIf(!hasBrowser)('admin console: figures, products, orders, notes and roles', () => {
  it('lands on the dashboard, whose figures are the ones the SDK answers, for the range, period and payment method chosen', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await adminLogIn(page, admin);
    await page.getByRole('heading', { name: 'Dasbor', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/admin/dashboard');

    const range = last30Days();
    const [summary, revenue, popular, top] = await Promise.all([
      api.admin.dashboard.summary.query(range),
      api.admin.dashboard.revenue.query({ ...range, period: 'day' }),
      api.admin.dashboard.popularProducts.query({ ...range, limit: 5 }),
      api.admin.dashboard.topSellers.query({ ...range, limit: 5 }),
    ]);
    expect(summary.orders).toBeGreaterThan(0); // the demo data has orders in the last 30 days
    const figures = page.getByRole('region', { name: 'Ringkasan' });
    const figure = (name: string) => figures.getByRole('group', { name, exact: true });
    await figure('Pesanan').getByText(number(summary.orders), { exact: true }).waitFor();
    await figure('Penjual').getByText(number(summary.sellers), { exact: true }).waitFor();
    await figure('Toko').getByText(number(summary.stores), { exact: true }).waitFor();
    await figure('GMV').getByText(formatRupiah(summary.gmv), { exact: true }).waitFor();
    const revenueCard = page.getByRole('region', { name: 'Pendapatan' });
    await revenueCard
      .getByText(`${formatRupiah(revenue.revenue)} dari ${number(revenue.orders)} pesanan`)
      .waitFor();
    expect(await revenueCard.locator('.recharts-bar-rectangle').count()).toBe(
      revenue.series.filter((p) => p.revenue > 0).length,
    );
    const popularRows = page.getByRole('table', { name: 'Produk terlaris' }).locator('tbody tr');
    await expect.poll(() => popularRows.count()).toBe(popular.products.length);
    expect(await popularRows.first().textContent()).toContain(popular.products[0]?.name);
    expect(await popularRows.first().textContent()).toContain(
      formatRupiah(popular.products[0]?.revenue ?? 0),
    );
    const topRows = page.getByRole('table', { name: 'Penjual teratas' }).locator('tbody tr');
    await topRows.first().getByRole('link', { name: 'Demo Seller' }).waitFor();
    expect(await topRows.first().textContent()).toContain(formatRupiah(top.sellers[0]?.gmv ?? 0));
    await checkAndShoot(page, 'dashboard-1280');

    // Monthly, COD only: the total follows the SDK's answer for the same question.
    await page.getByText('Bulanan', { exact: true }).click();
    await choose(page, 'Metode bayar', 'COD (bayar di tempat)');
    const url = new URL(page.url());
    expect([url.searchParams.get('period'), url.searchParams.get('paymentMethod')]).toEqual(['month', 'cod']);
    const cod = await api.admin.dashboard.revenue.query({ ...range, period: 'month', paymentMethod: 'cod' });
    await revenueCard.getByText(`${formatRupiah(cod.revenue)} dari ${number(cod.orders)} pesanan`).waitFor();

    // A range without orders: every card says so instead of showing zeros.
    await page.goto(`${server.url}/app/admin/dashboard?from=2001-01-01&to=2001-01-31`);
    await page.getByText('Belum ada pesanan di rentang ini.').waitFor();
    await page.getByText('Belum ada produk terjual di rentang ini.').waitFor();
    await page.getByText('Belum ada penjualan di rentang ini.').waitFor();
    await checkAndShoot(page, 'dashboard-empty-1280');
    expect(errors).toEqual([]);
  });

  it('lists orders of every store with the server’s filters, pages without repeats, and opens one with its invoice', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await adminLogIn(page, admin);
    await page.getByRole('heading', { name: 'Dasbor', level: 1 }).waitFor();
    await openSection(page, 'Pesanan');
    const all = await api.admin.order.list.query({ limit: 20 });
    await page.getByText(`${number(all.total)} pesanan cocok`).waitFor();
    const rows = page.getByRole('table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(20);

    // The next page continues where the first ended: the SDK's first 40, none twice.
    await page.getByRole('button', { name: 'Muat lagi' }).click();
    await expect.poll(() => rows.count()).toBe(40);
    const second = await api.admin.order.list.query({ limit: 20, cursor: all.nextCursor ?? undefined });
    const shown = await page
      .getByRole('table')
      .getByRole('button', { name: /^Buka pesanan / })
      .allTextContents();
    expect(shown).toEqual([...all.items, ...second.items].map((o) => o.invoice));
    expect(new Set(shown).size).toBe(40);
    await checkAndShoot(page, 'orders-1280');

    // Status: as many as the SDK counts with the same filter, and kept in the URL.
    await choose(page, 'Status', 'Diterima');
    const delivered = await api.admin.order.list.query({ status: 'delivered', limit: 1 });
    await page.getByText(`${number(delivered.total)} pesanan cocok`).waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('delivered');
    // The download is the filtered list: delivered orders only.
    const csv = await downloaded(page, 'Unduh CSV');
    expect(csv.name).toMatch(/\.csv$/);
    const deliveredInvoices = new Set<string>();
    for (let cursor: string | undefined, more = true; more; ) {
      const batch = await api.admin.order.list.query({ status: 'delivered', limit: 100, cursor });
      for (const order of batch.items) deliveredInvoices.add(order.invoice);
      cursor = batch.nextCursor ?? undefined;
      more = cursor !== undefined;
    }
    expect(new Set(csv.text.match(/\bINV\d+\b/g))).toEqual(deliveredInvoices);
    // A seller without orders: the empty state, with a way out.
    await choose(page, 'Penjual', 'Rina Kurniasih');
    await page.getByText('Tidak ada pesanan yang cocok. Ubah pencarian atau hapus filter.').waitFor();
    await checkAndShoot(page, 'orders-empty-1280');
    await page.getByRole('button', { name: 'Hapus filter' }).click();
    await page.getByText(`${number(all.total)} pesanan cocok`).waitFor();

    // Search by invoice, open it, and download its invoice.
    await page.getByLabel('Cari pesanan').fill('INV57123');
    await page.getByText('1 pesanan cocok').waitFor();
    await page.getByRole('button', { name: 'Buka pesanan INV57123' }).click();
    const drawer = page.getByRole('dialog', { name: 'Pesanan INV57123' });
    const detail = await api.admin.order.detail.query({
      id: (await api.admin.order.list.query({ q: 'INV57123' })).items[0]?.id ?? '',
    });
    await drawer.getByText(formatRupiah(detail.fees.total), { exact: true }).last().waitFor();
    await drawer.getByText(detail.buyerName, { exact: false }).first().waitFor();
    await checkAndShoot(page, 'order-detail-1280');
    await drawer.getByRole('button', { name: 'Unduh invoice (PDF)' }).click();
    const link = drawer.getByRole('link', { name: /\.pdf$/ });
    await link.waitFor();
    const file = await page.request.get(new URL((await link.getAttribute('href')) ?? '', server.url).href);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('pdf');
    expect(errors).toEqual([]);
  });

  it('marks a product after a confirm, shows it in the list and the audit log, and changes its status', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await adminLogIn(page, admin);
    await page.getByRole('heading', { name: 'Dasbor', level: 1 }).waitFor();
    await openSection(page, 'Produk');
    const table = page.getByRole('table');
    await table.getByRole('button', { name: 'Buka Kopi Arabica' }).first().waitFor();
    await checkAndShoot(page, 'products-1280');
    await page.getByLabel('Cari produk').fill('madu');
    await table.getByRole('button', { name: 'Buka Kopi Arabica' }).first().waitFor({ state: 'detached' });
    const products = await downloaded(page, 'Unduh CSV');
    expect(products.text).toContain('Madu Hutan Sumbawa');
    expect(products.text).not.toContain('Kopi Arabica');
    await table.getByRole('button', { name: 'Buka Madu Hutan Sumbawa' }).click();
    const drawer = page.getByRole('dialog', { name: 'Madu Hutan Sumbawa' });
    await drawer.getByText('Demo Seller (demo@bosonline.id) · Toko Demo bosOnline').waitFor();
    await drawer.getByRole('table', { name: 'Varian' }).waitFor();
    await checkAndShoot(page, 'product-detail-1280');

    await drawer.getByLabel('Tanda', { exact: true }).click();
    await page.getByRole('option', { name: 'Diawasi' }).click();
    const confirm = page.getByRole('dialog', { name: 'Ubah tanda Madu Hutan Sumbawa menjadi “Diawasi”?' });
    await confirm.getByText('Perubahan ini dicatat di log audit.', { exact: false }).waitFor();
    await checkAndShoot(page, 'product-marking-confirm-1280');
    await confirm.getByRole('button', { name: 'Ya, ubah' }).click();
    await page.getByText('Tanda produk diubah: Diawasi.').waitFor();
    await table.getByText('Diawasi').filter({ visible: true }).waitFor();
    const [product] = (await api.admin.product.list.query({ q: 'madu' })).items;
    expect(product?.marking).toBe('watch');

    await drawer.getByRole('button', { name: 'Nonaktifkan produk' }).click();
    await page
      .getByRole('dialog', { name: 'Nonaktifkan Madu Hutan Sumbawa?' })
      .getByRole('button', { name: 'Ya, ubah' })
      .click();
    await page.getByText('Madu Hutan Sumbawa dinonaktifkan.').waitFor();
    await drawer.getByRole('button', { name: 'Aktifkan produk' }).waitFor();
    expect((await api.admin.product.detail.query({ id: product?.id ?? '' })).status).toBe('inactive');
    await drawer.getByRole('button', { name: 'Aktifkan produk' }).click();
    await page
      .getByRole('dialog', { name: 'Aktifkan Madu Hutan Sumbawa?' })
      .getByRole('button', { name: 'Ya, ubah' })
      .click();
    await drawer.getByRole('button', { name: 'Nonaktifkan produk' }).waitFor();

    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    await openSection(page, 'Log audit');
    await choose(page, 'Jenis tindakan', 'Produk');
    const entry = page.getByRole('listitem').filter({ hasText: 'admin.product.updateMarking' }).first();
    await entry.getByText('admin@bosonline.id').waitFor();
    expect(await entry.textContent()).toMatch(/"marking": null.*"marking": "watch"/s);
    expect(errors).toEqual([]);
  });

  it('adds a note on a seller, and edits an internal user', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await adminLogIn(page, admin);
    await page.getByRole('heading', { name: 'Dasbor', level: 1 }).waitFor();
    await openSection(page, 'Penjual');
    await page.getByRole('table').getByRole('link', { name: 'Rina Kurniasih' }).click();
    await page.getByRole('heading', { name: 'Rina Kurniasih', level: 1 }).waitFor();
    const notes = page.getByRole('region', { name: 'Catatan staf' });
    await notes.getByText('Belum ada catatan untuk penjual ini.').waitFor();
    await notes.getByRole('button', { name: 'Tambah catatan' }).click();
    await notes.getByText('Catatan wajib diisi').waitFor();
    await notes.getByLabel('Catatan baru').fill('Penjual baru; sudah dihubungi soal verifikasi KTP.');
    await notes.getByRole('button', { name: 'Tambah catatan' }).click();
    await page.getByText('Catatan ditambahkan.').waitFor();
    const note = notes.getByRole('listitem').filter({ hasText: 'soal verifikasi KTP' });
    await note.getByText(/oleh admin@bosonline\.id/).waitFor();
    expect(await notes.getByLabel('Catatan baru').inputValue()).toBe('');
    await checkAndShoot(page, 'seller-notes-1280');

    await openSection(page, 'Pengguna internal');
    await page.getByRole('button', { name: `Ubah: ${editable.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Ubah ${editable.name}` });
    await dialog.getByLabel('Nama').fill('Budi Operasional');
    await dialog.getByLabel('Peran').selectOption('operations');
    await checkAndShoot(page, 'user-edit-1280');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Budi Operasional disimpan.').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Budi Operasional' });
    await row.getByText('Operasional', { exact: true }).waitFor();
    const [user] = (await api.admin.users.list.query({ q: editable.email })).items;
    expect(user).toMatchObject({ name: 'Budi Operasional', role: 'operations', email: editable.email });
    // The old password still works: an empty password field changes nothing.
    await expect(
      server.client().admin.auth.login.mutate({ email: editable.email, password: editable.password }),
    ).resolves.toMatchObject({ accessToken: expect.any(String) });
    expect(errors).toEqual([]);
  });

  it('offers a support agent only what their role may do', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await adminLogIn(page, support);
    // No dashboard for support: the console opens on the sellers.
    await page.getByRole('heading', { name: 'Penjual', level: 1 }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Menu admin' });
    await menu.getByRole('link', { name: 'Pesanan' }).waitFor();
    expect(await menu.getByRole('link').allTextContents()).toEqual(['Penjual', 'Produk', 'Pesanan']);

    await page.getByRole('table').getByRole('link', { name: 'Demo Seller' }).click();
    await page.getByRole('heading', { name: 'Demo Seller', level: 1 }).waitFor();
    // Support writes notes, but neither suspends sellers nor changes their markings.
    await page
      .getByRole('region', { name: 'Catatan staf' })
      .getByRole('button', { name: 'Tambah catatan' })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Tangguhkan penjual' }).count()).toBe(0);
    expect(await page.getByLabel('Tanda', { exact: true }).count()).toBe(0);
    await page
      .getByText('Peran Anda hanya bisa melihat status dan tanda penjual.', { exact: false })
      .waitFor();
    await checkAndShoot(page, 'support-seller-1280');
    // From the seller's store to its orders: the list filtered to that store.
    await page
      .getByRole('region', { name: 'Toko Demo bosOnline' })
      .getByRole('link', { name: 'Lihat pesanan' })
      .click();
    await page.getByRole('heading', { name: 'Pesanan', level: 1 }).waitFor();
    const store = await api.admin.seller.stores.query({
      id: (await api.admin.seller.list.query({ q: 'demo@bosonline.id' })).items[0]?.id ?? '',
    });
    expect(new URL(page.url()).searchParams.get('storeId')).toBe(store[0]?.id);
    const inStore = await api.admin.order.list.query({ storeId: store[0]?.id, limit: 1 });
    await page.getByText(`${number(inStore.total)} pesanan cocok`).waitFor();

    await openSection(page, 'Produk');
    await page.getByRole('table').getByRole('button', { name: 'Buka Teh Hijau Melati' }).click();
    const drawer = page.getByRole('dialog', { name: 'Teh Hijau Melati' });
    await drawer.getByRole('table', { name: 'Varian' }).waitFor();
    expect(await drawer.getByRole('button', { name: /produk$/ }).count()).toBe(0);
    expect(await drawer.getByLabel('Tanda', { exact: true }).count()).toBe(0);
    await page.keyboard.press('Escape');

    // A shared link to a page the role may not open says so (the server would answer 403).
    await page.goto(`${server.url}/app/admin/dashboard`);
    await page.getByText('Peran Anda tidak diizinkan membuka halaman ini.').waitFor();
    await page.goto(`${server.url}/app/admin/users`);
    await page.getByText('Peran Anda tidak diizinkan membuka halaman ini.').waitFor();
    expect(await page.getByRole('button', { name: 'Tambah pengguna' }).count()).toBe(0);
    await checkAndShoot(page, 'support-forbidden-1280');
    expect(errors).toEqual([]);
  });

  it('every new page on a 360 px phone', async () => {
    const { page, errors } = await openPage(browser, 360);
    await adminLogIn(page, admin);
    await page.getByRole('heading', { name: 'Dasbor', level: 1 }).waitFor();
    await page
      .getByRole('region', { name: 'Penjual teratas' })
      .getByRole('link', { name: 'Demo Seller' })
      .waitFor();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await checkAndShoot(page, 'dashboard-360');

    await openSection(page, 'Produk', 360);
    await page.getByRole('table').getByRole('button', { name: 'Buka Sambal Roa Pedas' }).click();
    await page
      .getByRole('dialog', { name: 'Sambal Roa Pedas' })
      .getByRole('table', { name: 'Varian' })
      .waitFor();
    await checkAndShoot(page, 'product-detail-360');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await checkAndShoot(page, 'products-360');

    await openSection(page, 'Pesanan', 360);
    await page.getByRole('table').getByRole('button', { name: 'Buka pesanan INV57123' }).waitFor();
    await checkAndShoot(page, 'orders-360');
    await page.getByRole('table').getByRole('button', { name: 'Buka pesanan INV57123' }).click();
    await page
      .getByRole('dialog', { name: 'Pesanan INV57123' })
      .getByRole('button', { name: 'Unduh invoice (PDF)' })
      .waitFor();
    await checkAndShoot(page, 'order-detail-360');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await openSection(page, 'Penjual', 360);
    await page.getByRole('table').getByRole('link', { name: 'Rina Kurniasih' }).click();
    await page.getByRole('region', { name: 'Catatan staf' }).getByRole('listitem').first().waitFor();
    await checkAndShoot(page, 'seller-notes-360');

    await openSection(page, 'Pengguna internal', 360);
    await page
      .getByRole('button', { name: /^Ubah: / })
      .first()
      .click();
    await page.getByRole('dialog').getByLabel('Nama').waitFor();
    await checkAndShoot(page, 'user-edit-360');
    expect(errors).toEqual([]);
  });
});
