import { mkdirSync } from 'node:fs';
import { expectError, sellerClient, startTestServer, type TestServer } from '@bosonline/server/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/chromium.ts';
import { expectAccessible, logIn, settled } from '../src/dashboard.ts';
import { hasBrowser, openPage, screenshotDir } from './browser.ts';

// The platform staff's console at /app/admin: its own login and session, apart from the seller's.
// Staff find a seller, suspend them (the seller's sessions end) and see it in the audit log, then
// reactivate them; a seller signed in in the same tab is asked for the staff login. Needs the
// dashboard built. ADMIN_SHOTS puts the screenshots elsewhere (e.g. /tmp/admin-shots/).

let server: TestServer;
let browser: Browser;

const shots = process.env.ADMIN_SHOTS ?? screenshotDir;
mkdirSync(shots, { recursive: true });
const admin = { email: 'admin@bosonline.id', password: 'admin12345' };

beforeAll(async () => {
  if (!hasBrowser) return;
  [server, browser] = await Promise.all([startTestServer({ seed: true }), launchChromium()]);
  // Another seller, so the search has something to leave out.
  await sellerClient(server, { name: 'Rina Kurniasih' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function checkAndShoot(page: Page, name: string) {
  // A toast from an earlier step may still show (it closes itself after a few seconds): not what
  // this page's check is about, and under a modal's overlay axe reads it as low contrast. Closed
  // by its own button (dispatched: an open modal's overlay would take a real click).
  for (const close of await page.locator('.mantine-Notification-closeButton').all()) {
    await close.dispatchEvent('click').catch(() => undefined);
  }
  await page.waitForFunction(() => !document.querySelector('.mantine-Notification-root'));
  await settled(page);
  await expectAccessible(page);
  await page.screenshot({ path: `${shots}/admin-${name}.png`, fullPage: true });
}

async function adminLogIn(page: Page, path = '/app/admin') {
  await page.goto(`${server.url}${path}`);
  await page.getByRole('heading', { name: 'Masuk ke Konsol Admin' }).waitFor();
  await page.getByLabel('Email staf').fill(admin.email);
  await page.getByLabel('Kata sandi').fill(admin.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/** Opens an admin page from the menu (behind the burger on a phone). */
async function openSection(page: Page, name: string, width: number) {
  if (width < 768) await page.getByRole('button', { name: 'Buka menu' }).click();
  await page.getByRole('navigation', { name: 'Menu admin' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

describe.skipIf(!hasBrowser)('admin console', () => {
  it('a seller signed in to the dashboard is asked for the staff login at /app/admin; their token opens nothing there', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await logIn(page, server.url, 'demo@bosonline.id');
    await page.getByRole('navigation', { name: 'Menu utama' }).last().waitFor();
    await page.goto(`${server.url}/app/admin/sellers`);
    await page.getByRole('heading', { name: 'Masuk ke Konsol Admin' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/admin/login');
    // The seller's tokens stay where they were; none is filed under the staff's keys.
    const stored = await page.evaluate(() => ({
      seller: sessionStorage.getItem('bos.refreshToken'),
      admin: sessionStorage.getItem('bos.admin.refreshToken'),
    }));
    expect(stored.seller).toBeTruthy();
    expect(stored.admin).toBeNull();
    // A wrong password is said above the form; the seller's own password is not a staff one.
    await page.getByLabel('Email staf').fill('demo@bosonline.id');
    await page.getByLabel('Kata sandi').fill('demo12345');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('alert').getByText('Email atau kata sandi salah.').waitFor();
    // And through the API: a seller's access token is refused on every admin procedure.
    const seller = await server
      .client()
      .auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
    await expectError(server.client({ token: seller.accessToken }).admin.seller.list.query({}), 'FORBIDDEN');
    // Back in the dashboard the seller is still signed in.
    await page.goto(`${server.url}/app/`);
    await page.getByRole('navigation', { name: 'Menu utama' }).last().waitFor();
    expect(errors).toEqual([]);
  });

  it('staff find the demo seller, suspend them (their sessions end), see it in the audit log and reactivate', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await page.goto(`${server.url}/app/admin`);
    await page.getByRole('heading', { name: 'Masuk ke Konsol Admin' }).waitFor();
    await checkAndShoot(page, 'login-1280');
    await adminLogIn(page);
    // The console opens on its dashboard (admin-console-figures.test.ts); sellers are in the menu.
    await page.getByRole('heading', { name: 'Dasbor', level: 1 }).waitFor();
    await openSection(page, 'Penjual', 1280);
    await page.getByText('Platform Admin').waitFor();
    const table = page.getByRole('table');
    await table.getByRole('link', { name: 'Rina Kurniasih' }).waitFor();
    await checkAndShoot(page, 'sellers-1280');

    await page.getByLabel('Cari penjual').fill('demo seller');
    await table.getByRole('link', { name: 'Rina Kurniasih' }).waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('q')).toBe('demo seller');
    await table.getByRole('link', { name: 'Demo Seller' }).click();
    await page.getByRole('heading', { name: 'Demo Seller', level: 1 }).waitFor();
    // The seller signed in (the test before this one): at least one open session.
    await page.getByText(/^\d+ sesi aktif$/).waitFor();
    await page
      .getByRole('region', { name: 'Toko Demo bosOnline' })
      .getByText('Pesanan', { exact: true })
      .waitFor();
    await checkAndShoot(page, 'seller-1280');

    await page.getByRole('button', { name: 'Tangguhkan penjual' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tangguhkan Demo Seller?' });
    await dialog.getByText(/sesi penjual ini langsung berakhir.*form tokonya offline/).waitFor();
    await checkAndShoot(page, 'suspend-confirm-1280');
    await dialog.getByRole('button', { name: 'Tangguhkan penjual' }).click();
    await page.getByText('Demo Seller ditangguhkan.').waitFor();
    const status = page.getByRole('region', { name: 'Status akun' });
    await status.getByText('Ditangguhkan').waitFor();
    await page.getByText('Tidak ada sesi aktif').waitFor();
    await checkAndShoot(page, 'seller-suspended-1280');

    await openSection(page, 'Log audit', 1280);
    const entry = page.getByRole('listitem').filter({ hasText: 'admin.seller.updateStatus' }).first();
    await entry.getByText('admin@bosonline.id').waitFor();
    expect(await entry.textContent()).toMatch(/"status": "active".*"status": "suspended"/s);
    await page.getByLabel('Jenis tindakan').first().click();
    await page.getByRole('option', { name: 'Pengguna internal' }).click();
    await page.getByText('Tidak ada catatan untuk tindakan ini.').waitFor();
    expect(new URL(page.url()).searchParams.get('action')).toBe('admin.users.');
    await page.getByLabel('Jenis tindakan').first().click();
    await page.getByRole('option', { name: 'Penjual' }).click();
    await entry.waitFor();
    await checkAndShoot(page, 'audit-1280');

    await page.goBack();
    await page.goBack();
    await openSection(page, 'Penjual', 1280);
    await page.getByRole('table').getByRole('link', { name: 'Demo Seller' }).click();
    await page.getByRole('button', { name: 'Aktifkan kembali' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Aktifkan kembali' }).click();
    await page.getByText('Demo Seller aktif kembali.').waitFor();
    await page.getByRole('region', { name: 'Status akun' }).getByText('Aktif', { exact: true }).waitFor();
    const seller = await server.db.user.findUniqueOrThrow({ where: { email: 'demo@bosonline.id' } });
    expect(seller.status).toBe('active');

    // Marking: set and shown beside the status.
    await page.getByLabel('Tanda', { exact: true }).first().click();
    await page.getByRole('option', { name: 'Terverifikasi' }).click();
    await page.getByText('Tanda diubah: Terverifikasi.').waitFor();
    expect((await server.db.user.findUniqueOrThrow({ where: { id: seller.id } })).marking).toBe('verified');

    // Internal users: the list, and a new one through the modal with the contracts' checks.
    await openSection(page, 'Pengguna internal', 1280);
    await page.getByRole('table').getByText('admin@bosonline.id').waitFor();
    await checkAndShoot(page, 'users-1280');
    await page.getByRole('button', { name: 'Tambah pengguna' }).click();
    const create = page.getByRole('dialog', { name: 'Tambah pengguna internal' });
    await create.getByRole('button', { name: 'Tambah pengguna' }).click();
    await create.getByText('Tulis alamat email yang benar').waitFor();
    await create.getByLabel('Nama').fill('Sari Support');
    await create.getByLabel('Email').fill('sari.support@bosonline.id');
    await create.getByLabel('Kata sandi awal').fill('support-sari-1');
    await checkAndShoot(page, 'user-create-1280');
    await create.getByRole('button', { name: 'Tambah pengguna' }).click();
    await page.getByText('Sari Support ditambahkan.').waitFor();
    await page.getByRole('button', { name: 'Nonaktifkan: Sari Support' }).click();
    await page.getByText('Sari Support dinonaktifkan; sesinya berakhir.').waitFor();
    await page.getByRole('button', { name: 'Aktifkan: Sari Support' }).waitFor();

    // Logging out of the console ends the staff session only.
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('heading', { name: 'Masuk ke Konsol Admin' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('bos.admin.refreshToken'))).toBeNull();
    expect(errors).toEqual([]);
  });

  it('every admin page on a 360 px phone', async () => {
    const { page, errors } = await openPage(browser, 360);
    await page.goto(`${server.url}/app/admin/login`);
    await page.getByRole('heading', { name: 'Masuk ke Konsol Admin' }).waitFor();
    await checkAndShoot(page, 'login-360');
    await adminLogIn(page, '/app/admin/login');
    await page.getByRole('heading', { name: 'Dasbor', level: 1 }).waitFor();
    await openSection(page, 'Penjual', 360);
    await page.getByRole('table').getByRole('link', { name: 'Demo Seller' }).waitFor();
    await checkAndShoot(page, 'sellers-360');
    await page.getByRole('button', { name: 'Buka menu' }).click();
    await page
      .getByRole('navigation', { name: 'Menu admin' })
      .getByRole('link', { name: 'Log audit' })
      .waitFor();
    await checkAndShoot(page, 'menu-360');
    await page.getByRole('button', { name: 'Tutup menu' }).click();
    await page.getByRole('table').getByRole('link', { name: 'Demo Seller' }).click();
    await page.getByRole('heading', { name: 'Demo Seller', level: 1 }).waitFor();
    await checkAndShoot(page, 'seller-360');
    await page.getByRole('button', { name: 'Tangguhkan penjual' }).click();
    await page.getByRole('dialog').waitFor();
    await checkAndShoot(page, 'suspend-confirm-360');
    await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();
    await openSection(page, 'Pengguna internal', 360);
    await page.getByRole('table').getByText('admin@bosonline.id').waitFor();
    await checkAndShoot(page, 'users-360');
    await openSection(page, 'Log audit', 360);
    await page.getByRole('listitem').first().waitFor();
    await checkAndShoot(page, 'audit-360');
    expect(errors).toEqual([]);
  });
});
