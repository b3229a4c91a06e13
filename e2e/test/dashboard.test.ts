import { sellerClient, startTestServer, type TestServer } from '@bosonline/server/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/chromium.ts';
import { expectAccessible, logIn, settled, tabCount } from '../src/dashboard.ts';
import { hasBrowser, openPage, screenshotDir } from './browser.ts';

// The seller dashboard at /app as sellers and their CS meet it: headless Chromium against a real
// server with the demo store. Needs the dashboard built (`pnpm build`, as CI does before tests).

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

describe.skipIf(!hasBrowser)('seller dashboard', () => {
  it('the server serves the built dashboard at /app, index.html revalidated and assets cached for good', async () => {
    const index = await fetch(`${server.url}/app/orders?status=paid`);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    const asset = html.match(/\/app\/assets\/[\w.-]+\.js/)?.[0];
    expect(asset).toBeDefined();
    const script = await fetch(`${server.url}${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    // Compressed at build time: brotli for browsers that take it (a fifth smaller than gzip), gzip else.
    const encodingFor = async (accept: string) =>
      (await fetch(`${server.url}${asset}`, { headers: { 'accept-encoding': accept } })).headers.get(
        'content-encoding',
      );
    expect(await encodingFor('gzip, deflate, br, zstd')).toBe('br');
    expect(await encodingFor('gzip, deflate')).toBe('gzip');
    expect(await encodingFor('identity')).toBeNull();
    // Each compressed copy is the file as built, decompressed by the client on the way.
    const bodyFor = async (accept: string) =>
      (await fetch(`${server.url}${asset}`, { headers: { 'accept-encoding': accept } })).text();
    const plain = await bodyFor('identity');
    expect(await bodyFor('br')).toBe(plain);
    expect(await bodyFor('gzip')).toBe(plain);
    expect((await fetch(`${server.url}/app/assets/nope-123.js`)).status).toBe(404);

    // Each page's own code is announced with the page, so a phone fetches it alongside the entry:
    // the order list's chunk on /app/orders, the detail's on an order's URL, neither on the other.
    const chunksOf = async (path: string) =>
      [
        ...(await (await fetch(`${server.url}${path}`)).text()).matchAll(
          /modulepreload" crossorigin href="([^"]+)"/g,
        ),
      ].map((m) => m[1] as string);
    const [list, detail, unknown] = await Promise.all([
      chunksOf('/app/orders'),
      chunksOf('/app/orders/INV57123'),
      chunksOf('/app/no-such-page'),
    ]);
    const only = (a: string[], b: string[]) => a.filter((file) => !b.includes(file));
    expect(only(list, unknown).some((file) => /\/list-[\w-]+\.js$/.test(file))).toBe(true);
    expect(only(detail, unknown).some((file) => /\/detail-[\w-]+\.js$/.test(file))).toBe(true);
    expect(only(list, unknown).some((file) => /\/detail-[\w-]+\.js$/.test(file))).toBe(false);
    for (const file of only(detail, unknown)) expect((await fetch(`${server.url}${file}`)).status).toBe(200);
    // The home page points newcomers at it.
    expect(await (await fetch(`${server.url}/`)).text()).toContain('href="/app"');
  });

  it('the demo seller logs in, sees the order tabs with counts, finds INV57123 and reads its history', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await page.goto(`${server.url}/app/`);
    await page.getByRole('heading', { name: 'Masuk ke dasbor' }).waitFor();
    await expectAccessible(page);

    // The contracts' own rule refuses an empty form in the browser, in Indonesian, under the fields.
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByText('Email atau nomor HP wajib diisi').waitFor();
    await page.getByText('Kata sandi wajib diisi').waitFor();
    // A wrong password is the server's 401, said plainly.
    await page.getByLabel('Email atau nomor HP').fill('demo@bosonline.id');
    await page.getByLabel('Kata sandi').fill('salah-sekali');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('alert').getByText('Email/nomor HP atau kata sandi salah.').waitFor();
    await settled(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-login-1280.png`, fullPage: true });

    await page.getByLabel('Kata sandi').fill('demo12345');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: /^Halo, / }).waitFor();

    const menu = page.getByRole('navigation', { name: 'Menu utama' });
    expect(await menu.getByRole('link').allTextContents()).toEqual([
      'Beranda',
      'Produk',
      'Form',
      'Pesanan',
      'Checkout tertinggal',
      'Kas COD',
      'Pengaturan',
    ]);
    await menu.getByRole('link', { name: 'Pesanan' }).click();
    await page.getByRole('heading', { name: 'Pesanan' }).waitFor();
    const owner = await server
      .client()
      .auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
    const seller = server.client({ token: owner.accessToken });
    const all = await seller.order.list.query({});
    expect(await tabCount(page, /^Semua/)).toBe(all.total);
    expect(await tabCount(page, /^Belum bayar/)).toBe(all.statusCounts.unpaid);
    await page.getByRole('link', { name: /^INV/ }).first().waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-orders-1280.png`, fullPage: true });

    // Filters: payment method from its menu; a WIB date range from a shared URL. Both land in
    // the URL, and the list and its count are the server's answer for the same filters.
    await page.getByLabel('Metode bayar', { exact: true }).and(page.locator('input')).click();
    await page.getByRole('option', { name: 'COD (bayar di tempat)' }).click();
    await page.waitForURL(/[?&]paymentMethod=cod/);
    const cod = await seller.order.list.query({ paymentMethod: 'cod' });
    await page.getByText(`Menampilkan 20 dari ${cod.total} pesanan`).waitFor();
    const day = (date: Date) => date.toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });
    const newest = all.items[0]!.createdAt;
    const weekBefore = new Date(newest.getTime() - 6 * 86_400_000);
    const range = { from: day(weekBefore), to: day(newest) };
    const week = await seller.order.list.query({ paymentMethod: 'cod', ...range });
    await page.goto(`${server.url}/app/orders?paymentMethod=cod&from=${range.from}&to=${range.to}`);
    await page.getByText(`dari ${week.total} pesanan`).waitFor();
    // The first rows render at once, the rest of the page a moment later.
    await expect.poll(() => page.getByRole('link', { name: /^INV/ }).count()).toBe(Math.min(week.total, 20));
    expect(week.total).toBeLessThan(cod.total);
    await page.getByRole('button', { name: 'Hapus filter' }).click();
    await page.getByText(`Menampilkan 20 dari ${all.total} pesanan`).waitFor();
    // Keyset paging: the next page follows on, no order twice.
    await page.getByRole('button', { name: 'Muat lagi' }).click();
    await page.getByText(`Menampilkan 40 dari ${all.total} pesanan`).waitFor();
    await expect.poll(() => page.getByRole('link', { name: /^INV/ }).count()).toBe(40);
    const invoices = await page.getByRole('link', { name: /^INV/ }).allTextContents();
    expect(new Set(invoices).size).toBe(40);

    // The search lands in the URL, so the filtered list can be shared.
    await page.getByLabel('Cari pesanan').fill('INV57123');
    await page.waitForURL(/[?&]q=INV57123/);
    await page.getByText('Menampilkan 1 dari 1 pesanan').waitFor();
    await page.getByRole('link', { name: 'INV57123' }).click();

    await page.getByRole('heading', { name: 'Pesanan INV57123' }).waitFor();
    const detail = await seller.order.detail.query({ invoice: 'INV57123' });
    const history = page.getByRole('region', { name: 'Riwayat pesanan' });
    await history.getByText('Pesanan dibuat').waitFor();
    expect(await history.locator('.mantine-Timeline-item').count()).toBe(detail.timeline.length);
    await page.getByRole('region', { name: 'Pembeli' }).getByText(detail.buyerName).waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-order-1280.png`, fullPage: true });

    // INV57123 is an unpaid bank transfer: it may be canceled by hand, and processed once paid.
    const actions = page.getByRole('region', { name: 'Ubah status' });
    expect(await actions.getByRole('button').allTextContents()).toEqual(['Jadikan “Dibatalkan”']);
    await actions.getByText(/konfirmasi pembayaran/).waitFor();

    // The newest paid order, through its tab, moves on to processing.
    const [paid] = (await seller.order.list.query({ status: 'paid', limit: 1 })).items;
    await page.getByRole('link', { name: 'Kembali ke daftar pesanan' }).click();
    await page.getByRole('tab', { name: /^Sudah bayar/ }).click();
    await page.waitForURL(/[?&]status=paid/);
    await page.getByRole('link', { name: paid!.invoice }).click();
    await page.getByRole('heading', { name: `Pesanan ${paid!.invoice}` }).waitFor();
    expect(await actions.getByRole('button').allTextContents()).toEqual([
      'Jadikan “Diproses”',
      'Jadikan “Dibatalkan”',
    ]);
    await actions.getByRole('button', { name: 'Jadikan “Diproses”' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ya, ubah status' }).click();
    await page.getByText('Status pesanan sekarang “Diproses”.').waitFor();
    await history.getByText('Pesanan diproses').waitFor();

    // A teammate cancels it while this seller is about to: the server's 409, explained, and the
    // page then shows the order as it now stands.
    await actions.getByRole('button', { name: 'Jadikan “Dibatalkan”' }).click();
    await seller.order.updateStatus.mutate({
      invoice: paid!.invoice,
      status: 'canceled',
      note: 'Stok habis',
    });
    await page.getByRole('dialog').getByRole('button', { name: 'Ya, ubah status' }).click();
    await page.getByText(/Status pesanan ini baru saja berubah/).waitFor();
    await actions.getByText('Status pesanan ini sudah final.').waitFor();
    await history.getByText('Pesanan dibatalkan').waitFor();

    // The English switch, remembered on this device.
    await page.getByRole('banner').getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Order history' }).waitFor();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Settings' }).click();
    await page
      .getByRole('navigation', { name: 'Settings pages' })
      .getByRole('link', { name: 'Team & access' })
      .click();
    await page.getByRole('heading', { name: 'Team & access' }).waitFor();
    await page.getByText('Rina (CS)').waitFor();
    expect(errors).toEqual([]);
  });

  it('a CS member sees only the orders assigned to her, and no owner-only menu, on a phone', async () => {
    const { page, errors } = await openPage(browser, 360);
    const cs = await server.client().auth.login.mutate({ login: 'cs@bosonline.id', password: 'demo12345' });
    const csClient = server.client({ token: cs.accessToken });
    const hers = await csClient.order.list.query({});

    // A shared link to a filtered list survives the login on the way.
    await page.goto(`${server.url}/app/orders?status=delivered`);
    await page.getByRole('heading', { name: 'Masuk ke dasbor' }).waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-login-360.png`, fullPage: true });
    await logIn(page, server.url, 'cs@bosonline.id', '/app/orders?status=delivered');
    await page.getByRole('tab', { name: /^Diterima/, selected: true }).waitFor();
    const delivered = hers.statusCounts.delivered;
    await page.getByText(`Menampilkan ${Math.min(delivered, 20)} dari ${delivered} pesanan`).waitFor();
    const owner = await server
      .client()
      .auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
    const everyone = await server.client({ token: owner.accessToken }).order.list.query({});
    expect(hers.total).toBeLessThan(everyone.total);

    // At 360 px the sidebar is a drawer behind the menu button.
    await page.getByRole('button', { name: 'Buka menu' }).click();
    const menu = page.getByRole('navigation', { name: 'Menu utama' });
    await menu.getByRole('link', { name: 'Pesanan' }).waitFor();
    await settled(page);
    expect(await menu.getByRole('link').allTextContents()).toEqual([
      'Beranda',
      'Produk',
      'Pesanan',
      'Checkout tertinggal',
      'Pengaturan',
    ]);
    await page.screenshot({ path: `${screenshotDir}dashboard-menu-360.png`, fullPage: true });
    await menu.getByRole('link', { name: 'Pesanan' }).click();
    await page.getByRole('tab', { name: /^Semua/, selected: true }).waitFor();

    expect(await tabCount(page, /^Semua/)).toBe(hers.total);
    await page.getByText(`Menampilkan ${hers.items.length} dari ${hers.total} pesanan`).waitFor();
    await page.screenshot({ path: `${screenshotDir}dashboard-orders-360.png`, fullPage: true });

    // An order of hers opens; its page offers no status change (that is order.manage).
    const mine = hers.items[0]!;
    await page.getByRole('link', { name: mine.invoice }).click();
    await page.getByRole('heading', { name: `Pesanan ${mine.invoice}` }).waitFor();
    await page.getByRole('region', { name: 'Riwayat pesanan' }).waitFor();
    expect(await page.getByRole('region', { name: 'Ubah status' }).count()).toBe(0);
    await page.screenshot({ path: `${screenshotDir}dashboard-order-360.png`, fullPage: true });

    // An owner's link to the team page, opened by her (a reload: the tab's session carries on).
    await page.goto(`${server.url}/app/settings/team`);
    await page.getByText('Hanya pemilik dan admin toko yang mengatur tim.').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);

    // Her Beranda has the store's figures but not the owner's set-up steps, which are not hers.
    await page.goto(`${server.url}/app/`);
    await page.getByRole('heading', { level: 1, name: /^Halo/ }).waitFor();
    await page
      .getByRole('link', { name: /Perlu diproses/ })
      .first()
      .waitFor();
    expect(await page.getByRole('region', { name: 'Siapkan toko Anda' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('someone working in two stores switches between them, and sees each store as their role there allows', async () => {
    // The demo seller also answers chats for another store, as its CS.
    const other = await sellerClient(server, { storeName: 'Toko Kopi Kedua' });
    const owner = await server
      .client()
      .auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
    const demo = await server.client({ token: owner.accessToken }).profile.me.query();
    await other.client.staff.create.mutate({
      name: demo.name,
      email: demo.email,
      phone: demo.phone,
      role: 'cs',
    });

    const { page, errors } = await openPage(browser, 1280);
    // Her account is her own: the other store only invited her, and she accepts on Beranda.
    await logIn(page, server.url, 'demo@bosonline.id', '/app/');
    const switcher = page.getByRole('banner').getByLabel('Ganti toko');
    const invitations = page.getByRole('region', { name: 'Undangan bergabung' });
    await invitations.getByText('Toko Kopi Kedua · CS').waitFor();
    expect(await switcher.count()).toBe(0);
    await expectAccessible(page);
    await invitations.getByRole('button', { name: 'Terima undangan Toko Kopi Kedua' }).click();
    await page.getByText('Anda sekarang anggota tim Toko Kopi Kedua', { exact: false }).waitFor();
    await invitations.waitFor({ state: 'detached' });

    const menu = page.getByRole('navigation', { name: 'Menu utama' });
    await menu.getByRole('link', { name: 'Pesanan' }).click();
    await page.getByRole('link', { name: 'INV57123' }).waitFor();
    await menu.getByRole('link', { name: 'Pengaturan' }).waitFor();

    await switcher.click();
    await page.getByRole('option', { name: 'Toko Kopi Kedua · CS' }).click();
    await page.getByText('Belum ada pesanan di sini').waitFor();
    await page.getByText('Toko Kopi Kedua · CS').first().waitFor();
    expect(await menu.getByRole('link').allTextContents()).toEqual([
      'Beranda',
      'Produk',
      'Pesanan',
      'Checkout tertinggal',
      'Pengaturan',
    ]);
    await page.screenshot({ path: `${screenshotDir}dashboard-other-store-1280.png`, fullPage: true });

    await switcher.click();
    await page.getByRole('option', { name: /^Toko Demo bosOnline/ }).click();
    await page.getByRole('link', { name: 'INV57123' }).waitFor();
    await menu.getByRole('link', { name: 'Pengaturan' }).waitFor();

    // Logging out ends the session on the server too, and leaves nothing behind in the tab.
    const sessionsBefore = (await server.client({ token: owner.accessToken }).session.listActive.query())
      .items.length;
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('heading', { name: 'Masuk ke dasbor' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    const sessionsAfter = (await server.client({ token: owner.accessToken }).session.listActive.query()).items
      .length;
    expect(sessionsAfter).toBe(sessionsBefore - 1);
    expect(errors).toEqual([]);
  });

  it('a list that cannot load says why and loads on "Coba lagi"', async () => {
    const { page } = await openPage(browser, 1280);
    await logIn(page, server.url, 'demo@bosonline.id');
    await page.getByRole('heading', { name: /^Halo, / }).waitFor();
    // The connection drops for the order list only.
    await page.route(/\/trpc\/[^?]*order\.list/, (route) => route.abort('internetdisconnected'));
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Pesanan' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Data tidak bisa dimuat.' });
    await alert.getByText('Server tidak bisa dihubungi').waitFor();
    await page.unroute(/\/trpc\/[^?]*order\.list/);
    await alert.getByRole('button', { name: 'Coba lagi' }).click();
    await page.getByRole('link', { name: 'INV57123' }).waitFor();
  });

  it('a session ended elsewhere ("log out other devices") sends the dashboard back to its login, saying why', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await logIn(page, server.url, 'cs2@bosonline.id');
    await page.getByRole('heading', { name: /^Halo, / }).waitFor();
    // Every first call answered before the session ends: one still on its way (the header bell's
    // list, say) would meet the 401 itself and open the login before the click this test makes.
    await page.waitForLoadState('networkidle');
    const phone = await server
      .client()
      .auth.login.mutate({ login: 'cs2@bosonline.id', password: 'demo12345' });
    expect((await server.client({ token: phone.accessToken }).session.revokeOthers.mutate()).revoked).toBe(1);

    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Pesanan' }).click();
    await page.getByRole('heading', { name: 'Masuk ke dasbor' }).waitFor();
    await page.getByText('Sesi Anda berakhir. Silakan masuk lagi.').waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a reload stays signed in: the page rotates its token once, while its code is still loading', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await logIn(page, server.url, 'demo@bosonline.id', '/app/orders');
    await page.getByRole('link', { name: 'INV57123' }).waitFor();
    for (let reload = 0; reload < 2; reload++) {
      const refreshes: string[] = [];
      const onRequest = (request: { url(): string }) => {
        const path = new URL(request.url()).pathname;
        if (path.endsWith('auth.refresh') || path === '/auth/refresh') refreshes.push(path);
      };
      page.on('request', onRequest);
      await page.reload();
      await page.getByRole('link', { name: 'INV57123' }).waitFor();
      page.off('request', onRequest);
      // index.html's early refresh, and no second one from the app (a spent token would revoke it).
      expect(refreshes).toEqual(['/auth/refresh']);
    }
    expect(errors).toEqual([]);
  });

  it('after five wrong passwords the login says how long to wait, in minutes', async () => {
    const { seller } = await sellerClient(server);
    for (let i = 0; i < 5; i += 1) {
      await server
        .client()
        .auth.login.mutate({ login: seller.email, password: 'wrong-password' })
        .catch(() => undefined);
    }
    const { page } = await openPage(browser, 360);
    await logIn(page, server.url, seller.email);
    await page
      .getByRole('alert')
      .getByText('Terlalu banyak percobaan masuk. Coba lagi dalam 15 menit')
      .waitFor();
  });

  it('courier service down: canceling a booked order says so and keeps the dialog for a retry', async () => {
    const owner = await server
      .client()
      .auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
    const seller = server.client({ token: owner.accessToken });
    const [booked] = (await seller.order.list.query({ status: 'ready_to_ship', limit: 1 })).items;
    const { page, errors } = await openPage(browser, 1280);
    server.shipping.failing = true;
    try {
      await logIn(page, server.url, 'demo@bosonline.id', `/app/orders/${booked!.invoice}`);
      await page.getByRole('heading', { name: `Pesanan ${booked!.invoice}` }).waitFor();
      await page.getByText('Data pelacakan kurir tidak bisa diambil saat ini.').waitFor();
      await page.getByRole('button', { name: 'Jadikan “Dibatalkan”' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Alasan pembatalan').fill('Pembeli minta batal');
      await dialog.getByRole('button', { name: 'Ya, ubah status' }).click();
      await dialog.getByText(/Layanan kurir atau pembayaran sedang tidak bisa dihubungi/).waitFor();
      expect((await seller.order.detail.query({ invoice: booked!.invoice })).status).toBe('ready_to_ship');
    } finally {
      server.shipping.failing = false;
    }
    await page.getByRole('dialog').getByRole('button', { name: 'Ya, ubah status' }).click();
    await page.getByText('Status pesanan sekarang “Dibatalkan”.').waitFor();
    const order = await seller.order.detail.query({ invoice: booked!.invoice });
    expect(order.status).toBe('canceled');
    expect(order.cancelReason).toBe('Pembeli minta batal');
    expect(errors).toEqual([]);
  });
});
