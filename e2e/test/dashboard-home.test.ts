import { formatRupiah, normalizePhone } from '@bosonline/contracts';
import { newSeller, sellerClient, startTestServer, type TestServer } from '@bosonline/server/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/chromium.ts';
import { expectAccessible, settled, submitLogin } from '../src/dashboard.ts';
import { hasBrowser, openPage, screenshotDir } from './browser.ts';

// Getting in (register, forgot/reset password) and Beranda: the onboarding checklist, the sales
// cards and chart from order.recap, announcements, tips and the notifications bell. Needs the
// dashboard built (`pnpm build`).

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

/** Today in WIB and `days - 1` days before it, as order.recap's `from`/`to`. */
function wibRange(days: number) {
  const day = (date: Date) => date.toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });
  const now = new Date();
  return { from: day(new Date(now.getTime() - (days - 1) * 86_400_000)), to: day(now) };
}

describe.skipIf(!hasBrowser)('dashboard: getting in and Beranda', () => {
  it('a new seller registers from the login page and lands on Beranda with the onboarding checklist', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await page.goto(`${server.url}/app/login`);
    await page.getByRole('link', { name: 'Belum punya akun? Daftar toko baru' }).click();
    await page.getByRole('heading', { name: 'Daftar toko baru' }).waitFor();
    await expectAccessible(page);

    // The contracts' rules, in Indonesian, under the fields, before anything is sent.
    await page.getByRole('button', { name: 'Daftar', exact: true }).click();
    await page.getByText('Nama wajib diisi').waitFor();
    await page.getByText('Masukkan nomor HP Indonesia, mis. 081234567890').waitFor();
    await page.getByText('Kata sandi minimal 8 karakter').waitFor();

    // An email that is taken is the server's 409, under the email field.
    const seller = newSeller();
    await page.getByLabel('Nama Anda').fill(seller.name);
    await page.getByLabel('Email').fill('demo@bosonline.id');
    await page.getByLabel('Nomor HP (WhatsApp)').fill(seller.phone);
    await page.getByLabel('Kata sandi').fill(seller.password);
    await page.getByLabel('Nama toko').fill('Toko Baru Jaya');
    await page.getByRole('button', { name: 'Daftar', exact: true }).click();
    await page.getByText('Email ini sudah terdaftar.', { exact: false }).waitFor();
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    await settled(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-register-1280.png`, fullPage: true });

    await page.getByLabel('Email').fill(seller.email);
    await page.getByRole('button', { name: 'Daftar', exact: true }).click();
    await page.getByRole('heading', { name: `Halo, ${seller.name}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/');

    // The checklist is the server's: the same steps, the same progress.
    const tokens = await server
      .client()
      .auth.login.mutate({ login: seller.email, password: seller.password });
    const mine = server.client({ token: tokens.accessToken });
    const onboarding = await mine.store.onboarding.query();
    expect((await mine.profile.me.query()).store?.name).toBe('Toko Baru Jaya');
    const checklist = page.getByRole('region', { name: 'Siapkan toko Anda' });
    await checklist.getByText(`${onboarding.completed} dari ${onboarding.total} langkah selesai`).waitFor();
    await checklist.getByText('Tambahkan gudang').waitFor();
    expect(await checklist.getByRole('listitem').count()).toBe(onboarding.total);
    // A new store has no orders: the chart says so instead of drawing empty bars.
    await page.getByText('Grafik penjualan muncul di sini setelah pesanan pertama masuk').waitFor();
    await expectAccessible(page);
    await settled(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-home-new-1280.png`, fullPage: true });

    // The owner hides it; it stays hidden for the store.
    await checklist.getByRole('button', { name: 'Sembunyikan' }).click();
    await checklist.waitFor({ state: 'detached' });
    expect((await mine.store.onboarding.query()).dismissedAt).not.toBeNull();
    expect(errors).toEqual([]);
  });

  it('registering on a phone: the form fits 360 px', async () => {
    const { page, errors } = await openPage(browser, 360);
    await page.goto(`${server.url}/app/register`);
    await page.getByRole('heading', { name: 'Daftar toko baru' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${screenshotDir}dashboard-register-360.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('the demo seller sees order.recap’s numbers, the chart, posts, and clears notifications', async () => {
    const owner = await server
      .client()
      .auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
    const seller = server.client({ token: owner.accessToken });
    const storeId = (await seller.profile.me.query()).store!.id;
    const base = Date.now();
    await server.db.notification.createMany({
      data: [1, 2, 3].map((n) => ({
        storeId,
        type: 'stock_low',
        title: `Stok menipis ${n}`,
        body: `Sisa stok SKU-${n} tinggal ${n}.`,
        createdAt: new Date(base - n * 60_000),
      })),
    });
    // Published a minute before the server's (manual) clock, so they are live now.
    const publishedAt = new Date(server.clock.now().getTime() - 60_000);
    await server.db.platformPost.createMany({
      data: [
        {
          kind: 'announcement',
          title: 'Pemeliharaan server Minggu',
          publishedAt,
          body: 'Dasbor tidak bisa dibuka 01.00–02.00 WIB.',
        },
        {
          kind: 'tip',
          title: 'Balas chat dalam 5 menit',
          publishedAt,
          body: 'Pembeli yang cepat dibalas lebih sering jadi bayar.',
        },
      ],
    });

    const { page, errors } = await openPage(browser, 1280);
    await page.goto(`${server.url}/app/`);
    await submitLogin(page, 'demo@bosonline.id', 'demo12345');
    await page.getByRole('heading', { name: /^Halo, / }).waitFor();

    // Each card shows order.recap's own totals for the same WIB range.
    const ranges = [
      ['Hari ini', 1],
      ['7 hari terakhir', 7],
      ['30 hari terakhir', 30],
    ] as const;
    const recaps = [];
    for (const [name, days] of ranges) {
      const recap = await seller.order.recap.query({ dateField: 'created', ...wibRange(days) });
      recaps.push(recap);
      const card = page.getByRole('region', { name, exact: true });
      await card.getByText(formatRupiah(recap.revenue), { exact: true }).waitFor();
      // Orders placed and sold are labelled apart: held and canceled orders are placed, not sold.
      await card
        .getByText('Pesanan masuk')
        .locator('..')
        .getByText(String(recap.orders), { exact: true })
        .waitFor();
      await card.getByText('Terjual').locator('..').getByText(String(recap.sold), { exact: true }).waitFor();
    }
    // The demo has orders over weeks, so the three windows differ (a card showing one number
    // three times would not pass).
    expect(recaps[2]!.orders).toBeGreaterThan(recaps[0]!.orders);

    // The chart is drawn (one bar per day with orders) and summed up in words for screen readers.
    const chart = page.getByRole('region', { name: 'Penjualan 30 hari terakhir' });
    await chart
      .getByText(
        `${recaps[2]!.orders} pesanan masuk, ${recaps[2]!.sold} terjual, pendapatan ${formatRupiah(recaps[2]!.revenue)}`,
        { exact: false },
      )
      .waitFor();
    await expect
      .poll(() => chart.locator('.recharts-bar-rectangle path').count())
      .toBe(recaps[2]!.days.filter((d) => d.revenue > 0).length);
    // Switched to order counts, the bars are the days with any order (canceled ones count).
    await chart
      .locator('label')
      .filter({ hasText: /^Pesanan$/ })
      .click();
    await expect
      .poll(() => chart.locator('.recharts-bar-rectangle path').count())
      .toBe(recaps[2]!.days.filter((d) => d.orders > 0).length);

    await page.getByRole('region', { name: 'Pengumuman' }).getByText('Pemeliharaan server Minggu').waitFor();
    await page
      .getByRole('region', { name: 'Tips berjualan' })
      .getByText('Balas chat dalam 5 menit')
      .waitFor();
    await expectAccessible(page);
    await settled(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-home-1280.png`, fullPage: true });

    // The bell's count is the server's unread count; reading one, then all, brings it down.
    const header = page.getByRole('banner');
    await header.getByRole('button', { name: 'Notifikasi, 3 belum dibaca' }).click();
    const drawer = page.getByRole('dialog', { name: 'Notifikasi' });
    await drawer.getByText('Stok menipis 1').waitFor();
    await settled(page);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-notifications-1280.png` });
    await drawer
      .getByRole('listitem')
      .filter({ hasText: 'Stok menipis 2' })
      .getByRole('button', { name: 'Tandai dibaca' })
      .click();
    await header.getByRole('button', { name: 'Notifikasi, 2 belum dibaca' }).waitFor();
    await drawer.getByRole('button', { name: 'Tandai semua dibaca' }).click();
    await header.getByRole('button', { name: 'Notifikasi', exact: true }).waitFor();
    expect((await seller.store.notifications.query({})).unread).toBe(0);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });

  it('Beranda on a phone: cards stack, the chart fits, the bell stays in the header', async () => {
    const { page, errors } = await openPage(browser, 360);
    await page.goto(`${server.url}/app/`);
    await submitLogin(page, 'demo@bosonline.id', 'demo12345');
    await page.getByRole('heading', { name: /^Halo, / }).waitFor();
    await page
      .getByRole('banner')
      .getByRole('button', { name: /^Notifikasi/ })
      .waitFor();
    // Below the fold on a phone, the chart loads once scrolled to.
    await settled(page);
    expect(await page.locator('.recharts-wrapper').count()).toBe(0);
    await page.mouse.wheel(0, 2000);
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Back to the top, so the fixed header sits at the top of the full-page shot.
    await page.evaluate(() => window.scrollTo(0, 0));
    await settled(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-home-360.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('a new store’s chart on a phone says there are no orders yet and where they come from', async () => {
    const { seller } = await sellerClient(server);
    const { page, errors } = await openPage(browser, 360);
    await page.goto(`${server.url}/app/`);
    await submitLogin(page, seller.email, seller.password);
    await page.getByRole('heading', { name: `Halo, ${seller.name}` }).waitFor();
    await page.mouse.wheel(0, 3000);
    const chart = page.getByRole('region', { name: 'Penjualan 30 hari terakhir' });
    await chart.getByText('Belum ada pesanan', { exact: true }).waitFor();
    await chart
      .getByText('Grafik penjualan muncul di sini setelah pesanan pertama masuk dalam 30 hari terakhir.')
      .waitFor();
    // No empty axes, and nothing to switch between.
    expect(await chart.locator('.recharts-wrapper').count()).toBe(0);
    expect(await chart.getByRole('radiogroup').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await chart.scrollIntoViewIfNeeded();
    await settled(page);
    await expectAccessible(page);
    await chart.screenshot({ path: `${screenshotDir}dashboard-home-empty-chart-360.png` });
    // The owner is pointed at where orders come from.
    await chart.getByRole('link', { name: 'Siapkan form pesanan' }).click();
    await page.waitForURL(/\/app\/forms$/);
    expect(errors).toEqual([]);
  });

  it('accepting an invitation on Beranda offers to open that store at once, and opens it', async () => {
    const inviting = await sellerClient(server, { storeName: 'Toko Undangan Jaya' });
    const { seller: invitee } = await sellerClient(server);
    await inviting.client.staff.create.mutate({
      name: invitee.name,
      email: invitee.email,
      phone: invitee.phone,
      role: 'admin',
    });
    const { page, errors } = await openPage(browser, 1280);
    await page.goto(`${server.url}/app/`);
    await submitLogin(page, invitee.email, invitee.password);
    const invitations = page.getByRole('region', { name: 'Undangan bergabung' });
    await invitations.getByRole('button', { name: 'Terima undangan Toko Undangan Jaya' }).click();
    const joined = page.getByRole('status').filter({ hasText: 'Bergabung dengan Toko Undangan Jaya' });
    await joined
      .getByText('Buka toko ini sekarang, atau nanti lewat pengganti toko', { exact: false })
      .waitFor();
    await settled(page);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-home-joined-1280.png`, fullPage: true });

    // Still in her own store until she says so; then the switcher's own move, at once.
    const switcher = page.getByRole('banner').getByLabel('Ganti toko');
    await expect.poll(() => switcher.inputValue()).toMatch(/· Pemilik$/);
    await joined.getByRole('button', { name: 'Buka Toko Undangan Jaya sekarang' }).click();
    await expect.poll(() => switcher.inputValue()).toBe('Toko Undangan Jaya · Admin');
    await joined.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: `Halo, ${invitee.name}` }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('bos.storeId'))).toBe(inviting.storeId);
    expect(errors).toEqual([]);
  });

  it('forgot password: a code over WhatsApp, a new password, then in with it', async () => {
    const { seller } = await sellerClient(server);
    const { page, errors } = await openPage(browser, 360);
    await page.goto(`${server.url}/app/login`);
    await page.getByRole('link', { name: 'Lupa kata sandi?' }).click();
    await page.getByRole('heading', { name: 'Lupa kata sandi' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Email atau nomor HP').fill(seller.email);
    // WhatsApp is down: the server's 503, said plainly, and the seller stays to try again.
    server.messaging.failing = true;
    await page.getByRole('button', { name: 'Kirim kode' }).click();
    await page
      .getByRole('alert')
      .getByText('WhatsApp sedang tidak bisa mengirim pesan.', { exact: false })
      .waitFor();
    server.messaging.failing = false;
    await page.getByRole('button', { name: 'Kirim kode' }).click();

    await page.getByRole('heading', { name: 'Buat kata sandi baru' }).waitFor();
    const message = server.messaging.lastTo(normalizePhone(seller.phone)!);
    expect(message?.template).toBe('password_reset');
    const code = message!.params[1]!;

    // A wrong code is refused under the code field; nothing changes.
    await page.getByLabel('Kode dari WhatsApp').fill('x'.repeat(32));
    await page.getByLabel('Kata sandi baru').fill('kata-sandi-baru-1');
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await page.getByText('Kode salah atau sudah kedaluwarsa. Minta kode baru.').waitFor();
    await settled(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-reset-360.png`, fullPage: true });

    await page.getByLabel('Kode dari WhatsApp').fill(code);
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await page.getByText('Kata sandi sudah diganti.', { exact: false }).waitFor();
    await submitLogin(page, seller.phone, 'kata-sandi-baru-1');
    await page.getByRole('heading', { name: `Halo, ${seller.name}` }).waitFor();
    // The old password no longer works.
    await expect(
      server.client().auth.login.mutate({ login: seller.email, password: seller.password }),
    ).rejects.toThrow();
    expect(errors).toEqual([]);
  });

  it('held orders are said on Beranda, each kind linked to its tab, before their window cancels them', async () => {
    // Three of the demo store's orders as the checkout holds them (the holds are tested server-side).
    const demo = await server.db.order.findMany({
      where: { store: { owner: { email: 'demo@bosonline.id' } } },
      take: 3,
      orderBy: { invoice: 'asc' },
    });
    const [a, b, c] = demo;
    const held = (statuses: Array<'suspicious' | 'awaiting_confirmation'>) =>
      Promise.all(
        [a, b, c].slice(0, statuses.length).map((order, i) =>
          server.db.order.update({
            where: { id: order!.id },
            data: { status: statuses[i] },
          }),
        ),
      );
    await held(['suspicious', 'suspicious', 'awaiting_confirmation']);
    const { page, errors } = await openPage(browser, 360);
    await page.goto(`${server.url}/app/`);
    await submitLogin(page, 'demo@bosonline.id', 'demo12345');
    const notice = page.getByRole('status').filter({ hasText: 'Pesanan ditahan, perlu ditinjau' });
    await notice.getByRole('link', { name: '1 pesanan COD menunggu konfirmasi pembeli' }).waitFor();
    await settled(page);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-home-held-360.png`, fullPage: true });
    await notice.getByRole('link', { name: /^2 pesanan ditahan Order Shield/ }).click();
    await page.waitForURL(/\/app\/orders\?status=suspicious/);
    expect(errors).toEqual([]);
  });
});
