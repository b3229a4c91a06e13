import { newSeller, startTestServer, type TestServer } from '@bosonline/server/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/chromium.ts';
import { expectAccessible, logIn, settled } from '../src/dashboard.ts';
import { hasBrowser, openPage, screenshotDir } from './browser.ts';

// Pengaturan in the dashboard: a seller who has just registered sets up a warehouse, a bank
// account, the store's profile and a custom domain, then looks after their own sessions and
// password; a CS member sees only her own pages. Needs the dashboard built.

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

const seller = {
  name: 'Sinta Wulandari',
  email: 'sinta.settings@example.com',
  phone: '081377788899',
  password: 'rahasia-sinta-1',
  storeName: 'Toko Sinta',
};

/** Opens a settings page from the sub-navigation and waits for its heading. */
async function openSettingsPage(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Halaman pengaturan' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

/** A PNG of the given size, drawn by the page's own canvas (no image library needed here). */
async function pngFromCanvas(page: Page, width: number, height: number): Promise<Buffer> {
  const dataUrl = await page.evaluate(
    ([w, h]) => {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#15803d';
      g.fillRect(0, 0, w, h);
      g.fillStyle = '#fff';
      g.font = 'bold 48px sans-serif';
      g.fillText('Sinta', 40, 80);
      return canvas.toDataURL('image/png');
    },
    [width, height] as const,
  );
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

async function checkAndShoot(page: Page, name: string) {
  await settled(page);
  await expectAccessible(page);
  await page.screenshot({ path: `${screenshotDir}settings-${name}.png`, fullPage: true });
}

describe.skipIf(!hasBrowser)('dashboard settings', () => {
  it('a new seller sets up warehouse, bank account, profile and domain, ends another session and changes the password', async () => {
    // Registering signs in too: with a second login, two other devices the page will log out.
    const laptop = await server.client().auth.register.mutate(seller);
    const phone = await server.client().auth.login.mutate({ login: seller.email, password: seller.password });
    const api = server.client({ token: phone.accessToken });

    const { page, errors } = await openPage(browser, 1280);
    await logIn(page, server.url, seller.email, '/app/settings', seller.password);
    // An owner lands on the first page of the section; every page is listed.
    await page.getByRole('heading', { name: 'Profil toko', level: 1 }).waitFor();
    const pages = page.getByRole('navigation', { name: 'Halaman pengaturan' });
    expect(await pages.getByRole('link').allTextContents()).toEqual([
      'Profil toko',
      'Subdomain & domain',
      'Gudang',
      'Rekening bank',
      'Voucher',
      'Templat follow-up',
      'Daftar blokir',
      'Tim & akses',
      'Webhook',
      'Profil & kata sandi',
      'Sesi aktif',
      'Kunci API',
    ]);

    // Warehouse: the district is found by typing, and only picked by a click.
    await openSettingsPage(page, 'Gudang');
    await page.getByText('Belum ada gudang').waitFor();
    await checkAndShoot(page, 'warehouses-empty-1280');
    await page.getByRole('button', { name: 'Tambah gudang' }).click();
    const dialog = page.getByRole('dialog');
    // An empty form is refused in the browser with the contracts' words, in Indonesian.
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.getByText('Nama gudang wajib diisi').waitFor();
    await dialog.getByText('Pilih kecamatan dari daftar').waitFor();
    await dialog.getByLabel('Nama gudang').fill('Gudang Sidoarjo');
    await dialog.getByLabel('Nama kontak').fill('Sinta');
    await dialog.getByLabel('No. HP kontak').fill('081377788899');
    const district = dialog.getByLabel('Kecamatan');
    // "sidoarjo" names the regency, not a district: the picker offers guesses and picks none.
    await district.fill('sidoarjo');
    await dialog.getByText('Pilih salah satu: tidak ada yang persis sama').waitFor();
    await district.fill('buduran');
    await page.getByRole('option', { name: /^Buduran, / }).click();
    await dialog.getByLabel('Alamat lengkap').fill('Jl. Raya Buduran No. 12');
    await checkAndShoot(page, 'warehouse-form-1280');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('“Gudang Sidoarjo” ditambahkan.').waitFor();
    const warehouse = page.getByRole('region', { name: 'Gudang Sidoarjo' });
    await warehouse.getByText('Utama').waitFor();
    const [saved] = await api.warehouse.list.query();
    expect(saved).toMatchObject({ name: 'Gudang Sidoarjo', contactPhone: '6281377788899', isDefault: true });
    expect(saved!.region.name.toLowerCase()).toBe('buduran');
    await warehouse.getByText(saved!.region.label, { exact: false }).waitFor();
    await checkAndShoot(page, 'warehouses-1280');

    // Bank account.
    await openSettingsPage(page, 'Rekening bank');
    await page.getByText('Belum ada rekening').waitFor();
    await page.getByRole('button', { name: 'Tambah rekening' }).click();
    await dialog.getByLabel(/^Bank/).and(page.locator('input')).click();
    await page.getByRole('option', { name: 'BANK CENTRAL ASIA' }).click();
    await dialog.getByLabel('Nomor rekening').fill('12ab');
    await dialog.getByLabel('Atas nama').fill('Sinta Wulandari');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.getByText('Nomor rekening hanya berisi angka').waitFor();
    await dialog.getByLabel('Nomor rekening').fill('1234567890');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Rekening ditambahkan.').waitFor();
    // Every notice's close button is named, in the page's language.
    await page.getByRole('button', { name: 'Tutup pemberitahuan' }).first().waitFor();
    await page.getByRole('cell', { name: 'BANK CENTRAL ASIA 1234567890', exact: true }).waitFor();
    expect(await api.bankAccount.list.query({})).toMatchObject([
      { bank: { code: 'BCA' }, accountNumber: '1234567890', accountHolder: 'Sinta Wulandari', active: true },
    ]);
    await checkAndShoot(page, 'bank-accounts-1280');

    // Store profile, with a social link.
    await openSettingsPage(page, 'Profil toko');
    await page.getByLabel('Nama toko').fill('Toko Sinta Sidoarjo');
    await page.getByLabel('Deskripsi').fill('Kerupuk dan camilan khas Sidoarjo.');
    await page.getByRole('button', { name: 'Tambah tautan' }).click();
    await page.getByLabel('URL 1').fill('http://instagram.com/tokosinta');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Harus URL yang diawali https://').waitFor();
    await page.getByLabel('URL 1').fill('https://instagram.com/tokosinta');
    // The logo: dropped (here: chosen) as a file, its preview shown, kept only once saved.
    await page.locator('input[type=file]').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: await pngFromCanvas(page, 240, 120),
    });
    await page.getByRole('img', { name: 'Logo toko' }).waitFor();
    await page.getByRole('button', { name: 'Hapus logo' }).waitFor();
    expect((await api.store.get.query()).logoUrl).toBeNull();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Perubahan disimpan.').waitFor();
    const profile = await api.store.get.query();
    expect(profile).toMatchObject({
      name: 'Toko Sinta Sidoarjo',
      description: 'Kerupuk dan camilan khas Sidoarjo.',
      socialMedia: [{ name: 'instagram', url: 'https://instagram.com/tokosinta' }],
    });
    expect(profile.logoUrl).toMatch(/^\/files\/stores\/.+\/logo\/.+\.webp$/);
    expect((await fetch(`${server.url}${profile.logoUrl}`)).status).toBe(200);
    await checkAndShoot(page, 'store-1280');

    // A custom domain: the TXT record to publish is shown, and verifying says it is not there yet.
    await openSettingsPage(page, 'Subdomain & domain');
    await page.getByLabel('Nama domain').fill('https://toko.sinta-uji.com/');
    await page.getByRole('button', { name: 'Tambah domain' }).click();
    const domain = page.getByRole('region', { name: 'toko.sinta-uji.com' });
    await domain.getByText('Menunggu verifikasi').waitFor();
    const {
      domains: [added],
    } = await api.store.domains.query();
    await domain.getByText(added!.txtRecord.name, { exact: true }).waitFor();
    await domain.getByText(added!.txtRecord.value, { exact: true }).waitFor();
    await checkAndShoot(page, 'domains-1280');

    // A voucher: the contracts' cross-field rule is said in the browser, then it is created.
    await openSettingsPage(page, 'Voucher');
    await page.getByText('Belum ada voucher').waitFor();
    await page.getByRole('button', { name: 'Buat voucher' }).click();
    await dialog.getByRole('textbox', { name: /^Kode/ }).fill('HEMAT10');
    await dialog.getByLabel('Nama', { exact: false }).fill('Hemat sepuluh persen');
    await dialog.getByLabel('Besar potongan').fill('150');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.getByText('Persen harus antara 1 dan 100').waitFor();
    await dialog.getByLabel('Besar potongan').fill('10');
    await dialog.getByLabel('Potongan maksimal (Rp)').fill('20000');
    await checkAndShoot(page, 'voucher-form-1280');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Voucher HEMAT10 dibuat.').waitFor();
    await page.getByRole('cell', { name: /^HEMAT10/ }).waitFor();
    expect((await api.voucher.list.query({})).items).toMatchObject([
      {
        code: 'HEMAT10',
        valueType: 'percentage',
        value: 10,
        maxDiscount: 20_000,
        status: 'active',
      },
    ]);
    // The filters are in the URL: "ended" shows none of them.
    await page.getByLabel('Masa berlaku').selectOption('ended');
    await page.waitForURL(/[?&]state=ended/);
    await page.getByText('Tidak ada voucher yang cocok dengan filter ini.').waitFor();
    await page.getByLabel('Masa berlaku').selectOption('');
    await page.getByRole('cell', { name: /^HEMAT10/ }).waitFor();
    // The search is the lists' shared box: it follows the URL once typing pauses.
    await page.getByLabel('Cari voucher').fill('ongkir');
    await page.waitForURL(/[?&]q=ongkir/);
    await page.getByText('Tidak ada voucher yang cocok dengan filter ini.').waitFor();
    await page.getByLabel('Cari voucher').fill('');
    await page.getByRole('cell', { name: /^HEMAT10/ }).waitFor();
    await checkAndShoot(page, 'vouchers-1280');
    // Edited in the same dialog: what it holds now is filled in, the change is saved.
    await page.getByRole('button', { name: 'Ubah HEMAT10' }).click();
    expect(await dialog.getByLabel('Besar potongan').inputValue()).toBe('10');
    expect(await dialog.getByLabel('Potongan maksimal (Rp)').inputValue()).toBe('20000');
    await dialog.getByLabel('Besar potongan').fill('15');
    // Made a private code: no longer offered to buyers at checkout, marked in the list.
    await dialog.getByLabel('Tampilkan di checkout').uncheck();
    await checkAndShoot(page, 'voucher-edit-1280');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Perubahan disimpan.').first().waitFor();
    await page.getByText('Kode rahasia').waitFor();
    expect((await api.voucher.list.query({})).items).toMatchObject([
      { code: 'HEMAT10', value: 15, maxDiscount: 20_000, listed: false },
    ]);

    // Follow-up texts: the first reminder gets the store's own words.
    await openSettingsPage(page, 'Templat follow-up');
    const first = page.getByRole('region', { name: 'Transfer & payment gateway Pengingat ke-1' });
    await first.getByText('Bawaan').waitFor();
    await first
      .getByLabel('Isi pengingat ke-1')
      .fill('Halo {buyer_name}, pesanan {invoice} menunggu pembayaran ya.');
    await first.getByRole('button', { name: 'Simpan' }).click();
    await page
      .getByRole('region', { name: 'Transfer & payment gateway Pengingat ke-1' })
      .getByText('Milik toko')
      .waitFor();
    expect((await api.followUp.templates.query())[0]).toMatchObject({
      attempt: 1,
      message: 'Halo {buyer_name}, pesanan {invoice} menunggu pembayaran ya.',
      isDefault: false,
    });
    await checkAndShoot(page, 'templates-1280');

    // Team: a CS member is invited, given a larger share of orders, then deactivated.
    await openSettingsPage(page, 'Tim & akses');
    await page.getByRole('button', { name: 'Undang anggota' }).click();
    await dialog.getByLabel('Nama').fill('Rudi Santoso');
    await dialog.getByLabel('Email').fill('rudi.settings@example.com');
    await dialog.getByLabel('No. HP (WhatsApp)').fill('081355566677');
    await dialog.getByLabel('Kata sandi awal').fill('rahasia-rudi-1');
    await dialog.getByRole('button', { name: 'Undang anggota' }).click();
    await page.getByRole('cell', { name: /^Rudi Santoso/ }).waitFor();
    await checkAndShoot(page, 'team-1280');
    await page.getByRole('button', { name: 'Ubah Rudi Santoso' }).click();
    await dialog.getByLabel(/^Bobot/).fill('5');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('bobot 5').waitFor();
    await page.getByRole('button', { name: 'Ubah Rudi Santoso' }).click();
    await dialog.getByRole('button', { name: 'Nonaktifkan' }).click();
    await page.getByText('Status anggota diubah.').waitFor();
    const rudi = (await api.staff.list.query({})).items.find((m) => m.name === 'Rudi Santoso');
    expect(rudi).toMatchObject({ role: 'cs', weight: 5, status: 'inactive' });

    // Someone who already has an account is only invited: the store cannot switch them on, only
    // take the invitation back.
    const existing = newSeller({ name: 'Dewi Punya Akun' });
    await server.client().auth.register.mutate(existing);
    await page.getByRole('button', { name: 'Undang anggota' }).click();
    await dialog.getByLabel('Nama').fill(existing.name);
    await dialog.getByLabel('Email').fill(existing.email);
    await dialog.getByLabel('No. HP (WhatsApp)').fill(existing.phone);
    await dialog.getByRole('button', { name: 'Undang anggota' }).click();
    const dewi = page.getByRole('row', { name: /Dewi Punya Akun/ });
    await dewi.getByText('Diundang').waitFor();
    await page.getByRole('button', { name: 'Ubah Dewi Punya Akun' }).click();
    await dialog.getByText('Menunggu orang ini menerima undangan.', { exact: false }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Aktifkan' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Batalkan undangan' }).click();
    await page.getByText('Undangan dibatalkan.').waitFor();
    await dewi.waitFor({ state: 'detached' });

    // Sessions: this browser and two others; one is logged out alone, then all the rest.
    await openSettingsPage(page, 'Sesi aktif');
    await page.getByText('Perangkat ini').waitFor();
    const revokeOne = page.getByRole('button', { name: /^Keluarkan (?!semua)/ });
    await expect.poll(() => revokeOne.count()).toBe(2);
    await checkAndShoot(page, 'sessions-1280');
    await revokeOne.first().click();
    await page.getByText('Sesi dikeluarkan.').waitFor();
    await expect.poll(() => revokeOne.count()).toBe(1);
    await page.getByRole('button', { name: 'Keluarkan semua perangkat lain' }).click();
    await page.getByText('1 sesi lain dikeluarkan.').waitFor();
    await page.getByText('Hanya perangkat ini yang sedang masuk.').waitFor();
    for (const { refreshToken } of [laptop, phone]) {
      await expect(server.client().auth.refresh.mutate({ refreshToken })).rejects.toThrow();
    }

    // Password: a wrong current one lands under its field; the right one changes it.
    await openSettingsPage(page, 'Profil & kata sandi');
    await page.getByLabel('Kata sandi sekarang').fill('bukan-ini-123');
    await page.getByLabel('Kata sandi baru').fill('sandi-baru-sinta-2');
    await page.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await page.getByText('Kata sandi sekarang salah').waitFor();
    await page.getByLabel('Kata sandi sekarang').fill(seller.password);
    await page.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await page.getByText('Kata sandi diganti.').waitFor();
    await checkAndShoot(page, 'account-1280');
    await expect(
      server.client().auth.login.mutate({ login: seller.email, password: seller.password }),
    ).rejects.toThrow();
    await server.client().auth.login.mutate({ login: seller.email, password: 'sandi-baru-sinta-2' });
    expect(errors).toEqual([]);
    // Five settings pages set up in one test: 27 s on a quiet machine, past 60 s beside the rest
    // of the suite on a busy 2-core one.
  }, 180_000);

  it('every settings page reads on a phone', async () => {
    const { page, errors } = await openPage(browser, 360);
    await logIn(page, server.url, 'demo@bosonline.id', '/app/settings/store');
    await page.getByRole('heading', { name: 'Profil toko', level: 1 }).waitFor();
    await page.getByLabel('Nama toko').waitFor();
    await checkAndShoot(page, 'store-360');
    for (const [name, file, ready] of [
      ['Subdomain & domain', 'domains-360', 'Domain sendiri'],
      ['Gudang', 'warehouses-360', 'Tambah gudang'],
      ['Rekening bank', 'bank-accounts-360', 'Tambah rekening'],
      ['Voucher', 'vouchers-360', 'Buat voucher'],
      ['Tim & akses', 'team-360', 'Undang anggota'],
      ['Templat follow-up', 'templates-360', 'Pengingat ke-1'],
      ['Webhook', 'webhooks-360', 'Tambah webhook'],
      ['Profil & kata sandi', 'account-360', 'Kata sandi baru'],
      ['Sesi aktif', 'sessions-360', 'Perangkat ini'],
    ] as const) {
      await openSettingsPage(page, name);
      await page.getByText(ready).first().waitFor();
      await checkAndShoot(page, file);
    }
    // A shipping voucher on a phone: its dialog, and the list's row saying "Potongan ongkir".
    await openSettingsPage(page, 'Voucher');
    await page.getByRole('button', { name: 'Buat voucher' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /^Kode/ }).fill('ONGKIRHEMAT');
    await dialog.getByLabel('Nama', { exact: false }).fill('Gratis ongkir sebagian');
    await dialog.getByText('Potongan ongkir').click();
    await dialog.getByLabel('Bentuk potongan').selectOption('fixed');
    await dialog.getByLabel('Besar potongan').fill('10000');
    await checkAndShoot(page, 'voucher-form-360');
    // Both kinds read whole inside the dialog (side by side they ran past its edge).
    const inside = await dialog.boundingBox();
    for (const kind of ['Potongan harga', 'Potongan ongkir']) {
      const box = await dialog.getByText(kind, { exact: true }).boundingBox();
      expect(box && inside && box.x + box.width <= inside.x + inside.width).toBe(true);
    }
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Voucher ONGKIRHEMAT dibuat.').waitFor();
    await page.getByRole('cell', { name: /^ONGKIRHEMAT/ }).waitFor();
    await checkAndShoot(page, 'vouchers-list-360');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
  });

  it('a CS member sees only her own profile, password and sessions', async () => {
    const { page, errors, requests } = await openPage(browser, 360);
    await logIn(page, server.url, 'cs@bosonline.id', '/app/settings');
    // She lands on her own profile: the store's pages are not listed.
    await page.getByRole('heading', { name: 'Profil & kata sandi', level: 1 }).waitFor();
    const pages = page.getByRole('navigation', { name: 'Halaman pengaturan' });
    expect(await pages.getByRole('link').allTextContents()).toEqual(['Profil & kata sandi', 'Sesi aktif']);
    await checkAndShoot(page, 'cs-account-360');
    // A shared link to an owner's page says it is not hers, and shows nothing of it.
    await page.goto(`${server.url}/app/settings/warehouses`);
    await page.getByText('Peran Anda di toko ini tidak membuka halaman ini.').waitFor();
    expect(await page.getByRole('button', { name: 'Tambah gudang' }).count()).toBe(0);
    // API keys are the owner's (apiKey.manage), like webhooks: the same answer, and nothing asked
    // of the server that it would refuse.
    for (const path of ['api-keys', 'webhooks']) {
      await page.goto(`${server.url}/app/settings/${path}`);
      await page.getByText('Peran Anda di toko ini tidak membuka halaman ini.').waitFor();
    }
    expect(await page.getByRole('button', { name: 'Buat kunci' }).count()).toBe(0);
    expect(requests.filter((url) => /apiKey\.|webhook\./.test(url))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
