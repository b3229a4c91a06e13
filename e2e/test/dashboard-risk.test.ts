import { formatRupiah } from '@bosonline/contracts';
import { startTestServer, type TestServer } from '@bosonline/server/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/chromium.ts';
import { expectAccessible, isDangerButton, logIn, settled } from '../src/dashboard.ts';
import { hasBrowser, openPage, screenshotDir } from './browser.ts';

// COD risk in the seller dashboard: the order list's badge and filter, the order page's panel
// with the score and its reasons, and the form builder's risk policy. Needs the dashboard built.

const demoFormId = 'd9cc7807-36c2-4eb1-b910-ece18a1bbb6e';

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

type SellerClient = ReturnType<TestServer['client']>;
type RiskPolicy = Parameters<SellerClient['form']['update']['mutate']>[0]['riskPolicy'];

/** The demo seller, and an active copy of the demo form that holds risky COD orders by `riskPolicy`. */
async function formWithPolicy(riskPolicy: RiskPolicy) {
  const session = await server
    .client()
    .auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
  const seller = server.client({ token: session.accessToken });
  const form = await seller.form.duplicate.mutate({ id: demoFormId });
  await seller.form.update.mutate({ id: form.id, status: 'active', riskPolicy });
  return { seller, form };
}

/**
 * A first-time COD buyer with a bare address: scored, with reasons. (The Order Shield holds such
 * an address on a form with a risk policy: give it a full one there.)
 */
async function riskyOrder(phone: string, formId = demoFormId, address = 'Jl. A'): Promise<string> {
  const res = await server.rest('POST', `/order/${formId}`, {
    body: {
      receiver: {
        receiver_name: 'Pembeli Baru',
        receiver_phone: phone,
        receiver_addr_id: 15022,
        receiver_address: address,
      },
      items: {
        service_code: '00',
        courier_code: 'idx',
        payment_method: { type: 'cod', bank: null },
        order_items: [{ item_sku: 'BAT-AA-001-01', item_qty: 1 }],
      },
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const session = await server
    .client()
    .auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
  const seller = server.client({ token: session.accessToken });
  const page = await seller.order.list.query({ q: phone, limit: 1 });
  return page.items[0]?.invoice as string;
}

describe.skipIf(!hasBrowser)('seller dashboard: COD risk', () => {
  it('shows the score and its reasons on the order page, and the level in the list', async () => {
    const invoice = await riskyOrder('081399990001');
    const session = await server
      .client()
      .auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
    const seller = server.client({ token: session.accessToken });
    const detail = await seller.order.detail.query({ invoice });
    expect(detail.risk).not.toBeNull();

    for (const width of [1280, 360]) {
      const { page, errors } = await openPage(browser, width);
      await logIn(page, server.url, 'demo@bosonline.id', `/app/orders?q=${invoice}`);
      await page.getByRole('link', { name: invoice, exact: true }).waitFor();
      // The badge: level and score out of 100.
      const score = Math.round((detail.risk?.score ?? 0) * 100);
      await page
        .getByText(new RegExp(`· ${score}$`))
        .first()
        .waitFor();
      await expectAccessible(page);
      await page.screenshot({ path: `${screenshotDir}dashboard-risk-list-${width}.png`, fullPage: true });

      await page.getByRole('link', { name: invoice, exact: true }).click();
      const panel = page.getByRole('region', { name: 'Risiko COD' });
      await panel.getByText(`Skor ${score}/100`).waitFor();
      for (const reason of detail.risk?.reasons ?? []) await panel.getByText(reason.id).waitFor();
      await panel.getByText('Pembeli baru di toko ini').waitFor();
      await expectAccessible(page);
      await page.screenshot({ path: `${screenshotDir}dashboard-risk-order-${width}.png`, fullPage: true });
      expect(errors).toEqual([]);
    }
  });

  it('filters the list by risk level and keeps the hold policy with the form', async () => {
    const { page, errors } = await openPage(browser, 1280);
    await logIn(page, server.url, 'demo@bosonline.id', '/app/orders');
    await page.getByLabel('Risiko', { exact: true }).and(page.locator('input')).click();
    await page.getByRole('option', { name: 'Risiko sedang' }).click();
    await page.waitForURL(/[?&]risk=medium/);

    await page.goto(`${server.url}/app/forms/${demoFormId}`);
    const section = page.getByRole('region', { name: 'Kebijakan risiko COD' });
    await section.getByLabel('Tindakan di atas ambang').and(page.locator('input')).click();
    await page.getByRole('option', { name: 'Tahan & minta konfirmasi WhatsApp' }).click();
    await section.getByLabel('Batas konfirmasi (jam)').fill('8');
    // The widget preview beside the builder has loaded (its spinner is not what is checked here).
    await page.locator('.mantine-Loader-root[aria-label="Pratinjau"]').waitFor({ state: 'detached' });
    await expectAccessible(page);
    await section.screenshot({ path: `${screenshotDir}dashboard-risk-policy-1280.png` });
    await page
      .getByRole('button', { name: /^Simpan/ })
      .first()
      .click();
    const session = await server
      .client()
      .auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
    const seller = server.client({ token: session.accessToken });
    await expect
      .poll(async () => (await seller.form.detail.query({ id: demoFormId })).riskPolicy)
      .toEqual({ threshold: 0.6, action: 'hold_confirm', confirmHours: 8, downPaymentPercent: 30 });
    expect(errors).toEqual([]);

    const phone = await openPage(browser, 360);
    await logIn(phone.page, server.url, 'demo@bosonline.id', `/app/forms/${demoFormId}`);
    await phone.page.getByRole('region', { name: 'Kebijakan risiko COD' }).waitFor();
    await phone.page
      .getByRole('region', { name: 'Kebijakan risiko COD' })
      .screenshot({ path: `${screenshotDir}dashboard-risk-policy-360.png` });
  });

  it('the seller confirms a held order’s down payment with the receipt dropped in: booked, the courier collects the rest', async () => {
    // A copy of the demo form whose policy asks every risky COD order for a 30% down payment.
    const { seller, form } = await formWithPolicy({
      threshold: 0.05,
      action: 'down_payment',
      confirmHours: 12,
      downPaymentPercent: 30,
    });
    const address = 'Jl. Raya Buduran No. 12, RT 3 RW 1';
    const invoices = [
      await riskyOrder('081399990011', form.id, address),
      await riskyOrder('081399990012', form.id, address),
    ];
    const held = await seller.order.detail.query({ invoice: invoices[0] ?? '' });
    expect(held.status).toBe('awaiting_confirmation');
    const amount = held.downPayment?.amount ?? 0;
    expect(amount).toBe(Math.ceil((held.total * 30) / 100));

    for (const [width, invoice] of [
      [360, invoices[1]],
      [1280, invoices[0]],
    ] as const) {
      const { page, errors } = await openPage(browser, width);
      await logIn(page, server.url, 'demo@bosonline.id', `/app/orders/${invoice}`);
      // A small real image for the receipt: a piece of the page itself.
      const receipt = await page.screenshot({ clip: { x: 0, y: 0, width: 120, height: 80 } });
      await page.getByRole('button', { name: 'Konfirmasi uang muka' }).click();
      const dialog = page.getByRole('dialog', { name: `Konfirmasi uang muka ${invoice}` });
      await dialog.getByText(formatRupiah(amount), { exact: true }).waitFor();
      await dialog.getByText('Ditagih kurir setelah uang muka').waitFor();
      await dialog.getByText(formatRupiah(held.total - amount), { exact: true }).waitFor();
      await dialog.getByLabel('Masuk ke rekening').and(page.locator('input')).click();
      await dialog.getByRole('option', { name: /^BANK CENTRAL ASIA/ }).click();
      if (width === 360) {
        // Dragged from the phone's gallery onto the drop area.
        const transfer = await page.evaluateHandle(
          (bytes) => {
            const data = new DataTransfer();
            data.items.add(new File([new Uint8Array(bytes)], 'bukti-dp.png', { type: 'image/png' }));
            return data;
          },
          [...receipt],
        );
        await dialog.getByLabel('Bukti transfer (gambar)').dispatchEvent('drop', { dataTransfer: transfer });
      } else {
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          dialog.getByLabel('Bukti transfer (gambar)').click(),
        ]);
        await chooser.setFiles({ name: 'bukti-dp.png', mimeType: 'image/png', buffer: receipt });
      }
      await dialog.getByRole('img', { name: 'Pratinjau bukti transfer bukti-dp.png' }).waitFor();
      await settled(page);
      await expectAccessible(page);
      await page.screenshot({ path: `${screenshotDir}dashboard-down-payment-dialog-${width}.png` });
      await dialog.getByRole('button', { name: 'Konfirmasi uang muka' }).click();
      await page.getByText('Uang muka dikonfirmasi; pesanan dikirim.').waitFor();
      await page.getByRole('link', { name: 'Lihat bukti transfer' }).waitFor();

      const confirmed = await seller.order.detail.query({ invoice: invoice ?? '' });
      expect(confirmed.status).toBe('ready_to_ship');
      expect(confirmed.downPayment).toMatchObject({ amount, paid: true });
      expect(confirmed.codAmount).toBe(held.total - amount);
      expect(confirmed.payment.proofUrl).not.toBeNull();
      // The page shows it received, with the reduced COD amount, and nothing left to confirm.
      await page.getByText(`${formatRupiah(amount)} · Sudah diterima`, { exact: false }).waitFor();
      await page.getByText(formatRupiah(held.total - amount), { exact: true }).waitFor();
      expect(await page.getByRole('button', { name: 'Konfirmasi uang muka' }).count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('a held order waiting for WhatsApp says so on its page, and the seller confirms it for the buyer', async () => {
    const { seller, form } = await formWithPolicy({
      threshold: 0.05,
      action: 'hold_confirm',
      confirmHours: 12,
    });
    const invoice = await riskyOrder('081399990021', form.id, 'Jl. Raya Buduran No. 12, RT 3 RW 1');
    expect((await seller.order.detail.query({ invoice })).status).toBe('awaiting_confirmation');
    const booked = server.shipping.booked.length;

    const { page, errors } = await openPage(browser, 360);
    await logIn(page, server.url, 'demo@bosonline.id', `/app/orders/${invoice}`);
    await page.getByText(/^Pesanan ini menunggu konfirmasi pembeli lewat WhatsApp/).waitFor();
    expect(await page.getByText('Pesanan ini sudah dibayar atau sudah dipesankan kurir').count()).toBe(0);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Konfirmasi atas nama pembeli' }).click();
    // Confirming moves the order on and loses nothing: the primary button, not the red of a cancel.
    const confirm = page.getByRole('dialog').getByRole('button', { name: 'Konfirmasi atas nama pembeli' });
    await settled(page);
    expect(await isDangerButton(confirm)).toBe(false);
    await page.screenshot({ path: `${screenshotDir}dashboard-risk-confirm-for-buyer-360.png` });
    await confirm.click();
    await page.getByText('Pesanan dikonfirmasi dan dipesankan kurir.').waitFor();
    await page.getByText('Dikonfirmasi penjual atas nama pembeli').waitFor();
    const confirmed = await seller.order.detail.query({ invoice });
    expect(confirmed.status).toBe('ready_to_ship');
    expect(server.shipping.booked.length).toBe(booked + 1);
    expect(await page.getByRole('button', { name: 'Konfirmasi atas nama pembeli' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a held order from a number without WhatsApp asks the seller to call the buyer, then confirm it', async () => {
    const { seller, form } = await formWithPolicy({
      threshold: 0.05,
      action: 'hold_confirm',
      confirmHours: 12,
    });
    // The risk policy alone meets the number: the shield's WhatsApp rule is off on this form.
    await seller.form.update.mutate({ id: form.id, shield: { holdInvalidWhatsapp: false } });
    // The sandbox's number without WhatsApp.
    const invoice = await riskyOrder('081399990000', form.id, 'Jl. Raya Buduran No. 12, RT 3 RW 1');
    const held = await seller.order.detail.query({ invoice });
    expect([held.status, held.confirmByPhone, held.confirmDueAt]).toEqual([
      'awaiting_confirmation',
      true,
      null,
    ]);
    const booked = server.shipping.booked.length;

    const { page, errors } = await openPage(browser, 360);
    await logIn(page, server.url, 'demo@bosonline.id', `/app/orders/${invoice}`);
    const panel = page.getByRole('region', { name: 'Risiko COD' });
    await panel
      .getByText(/^Nomor pembeli tidak terdaftar di WhatsApp.*Telepon pembeli untuk mengonfirmasi/)
      .waitFor();
    await page.getByText(/^Pesanan ini menunggu konfirmasi pembeli lewat telepon/).waitFor();
    expect(await page.getByText(/menunggu konfirmasi pembeli lewat WhatsApp/).count()).toBe(0);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-risk-phone-hold-360.png`, fullPage: true });
    await page.getByRole('button', { name: 'Konfirmasi atas nama pembeli' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Konfirmasi atas nama pembeli' }).click();
    await page.getByText('Pesanan dikonfirmasi dan dipesankan kurir.').waitFor();
    expect((await seller.order.detail.query({ invoice })).status).toBe('ready_to_ship');
    expect(server.shipping.booked.length).toBe(booked + 1);
    expect(await panel.getByText(/Telepon pembeli/).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a down payment hold says what it waits for and what each role can do; the dialog picks the only account; a cancel asks how the money goes back', async () => {
    const { seller, form } = await formWithPolicy({
      threshold: 0.05,
      action: 'down_payment',
      confirmHours: 12,
      downPaymentPercent: 30,
    });
    const invoice = await riskyOrder('081399990031', form.id, 'Jl. Raya Buduran No. 12, RT 3 RW 1');
    const held = await seller.order.detail.query({ invoice });
    expect(held.status).toBe('awaiting_confirmation');
    const amount = held.downPayment?.amount ?? 0;
    const waiting = 'Pesanan ini menunggu transfer uang muka dari pembeli, jadi belum bisa diubah.';

    // The owner: the hold's own words, and what the owner can do about it.
    const { page, errors } = await openPage(browser, 360);
    await logIn(page, server.url, 'demo@bosonline.id', `/app/orders/${invoice}`);
    await page.getByText(`${waiting} Konfirmasi uang muka yang masuk atau batalkan pesanan dulu.`).waitFor();
    expect(await page.getByText(/lewat WhatsApp/).count()).toBe(0);
    // The store has one account: the transfer can only have landed there, so it is picked.
    await page.getByRole('button', { name: 'Konfirmasi uang muka' }).click();
    let dialog = page.getByRole('dialog', { name: `Konfirmasi uang muka ${invoice}` });
    await expect
      .poll(() => dialog.getByLabel('Masuk ke rekening').and(page.locator('input')).inputValue())
      .toMatch(/^BANK CENTRAL ASIA 345193134434/);
    await dialog.getByRole('button', { name: 'Batal' }).click();

    // With a second account nothing is guessed, and confirming without one says so in Indonesian.
    const second = await seller.bankAccount.create.mutate({
      bankCode: 'MANDIRI',
      accountNumber: '1370099887766',
      accountHolder: 'Demo Seller',
    });
    await page.reload();
    await page.getByRole('button', { name: 'Konfirmasi uang muka' }).click();
    dialog = page.getByRole('dialog', { name: `Konfirmasi uang muka ${invoice}` });
    await dialog.getByRole('button', { name: 'Konfirmasi uang muka' }).click();
    await dialog.getByText('Pilih rekening toko tempat transfer masuk').waitFor();
    expect(await dialog.getByText('Must be a valid id').count()).toBe(0);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-down-payment-no-account-360.png` });
    await seller.bankAccount.delete.mutate({ id: second.id });
    await page.context().close();

    // Its CS member may neither confirm nor cancel: told who can, not to do it.
    const csLogin = { 'Rina (CS)': 'cs@bosonline.id', 'Dimas (CS)': 'cs2@bosonline.id' }[held.cs?.name ?? ''];
    expect(csLogin).toBeDefined();
    const cs = await openPage(browser, 360);
    await logIn(cs.page, server.url, csLogin as string, `/app/orders/${invoice}`);
    await cs.page
      .getByText(`${waiting} Pemilik atau admin toko yang dapat mengonfirmasi uang muka atau membatalkannya.`)
      .waitFor();
    expect(await cs.page.getByText(/batalkan (pesanan )?dulu/).count()).toBe(0);
    expect(cs.errors).toEqual([]);
    await cs.page.context().close();

    // Received, the down payment is owed back if the order is canceled: the dialog asks how.
    const [account] = await seller.bankAccount.list.query();
    await seller.order.confirmDownPayment.mutate({ invoice, bankAccountId: account?.id ?? '' });
    const owner = await openPage(browser, 1280);
    await logIn(owner.page, server.url, 'demo@bosonline.id', `/app/orders/${invoice}`);
    await owner.page.getByRole('button', { name: 'Jadikan “Dibatalkan”' }).click();
    const cancel = owner.page.getByRole('dialog');
    await cancel
      .getByText(`Uang muka ${formatRupiah(amount)} sudah diterima dari pembeli.`, { exact: false })
      .waitFor();
    await cancel.getByRole('button', { name: 'Ya, ubah status' }).click();
    await cancel.getByText('Tulis cara uang muka dikembalikan untuk membatalkan pesanan ini').waitFor();
    expect((await seller.order.detail.query({ invoice })).status).toBe('ready_to_ship');
    await settled(owner.page);
    await expectAccessible(owner.page);
    await owner.page.screenshot({ path: `${screenshotDir}dashboard-cancel-refund-1280.png` });
    await cancel.getByLabel(/^Cara pengembalian uang muka/).fill('Ditransfer balik ke BCA pembeli');
    await cancel.getByRole('button', { name: 'Ya, ubah status' }).click();
    await owner.page.getByText('Status pesanan sekarang “Dibatalkan”.').waitFor();
    await owner.page
      .getByRole('region', { name: 'Riwayat pesanan' })
      .getByText(`Uang muka ${formatRupiah(amount)} dikembalikan: Ditransfer balik ke BCA pembeli`)
      .waitFor();
    expect((await seller.order.detail.query({ invoice })).status).toBe('canceled');
    expect(errors).toEqual([]);
    expect(owner.errors).toEqual([]);
    await owner.page.context().close();
  });
  it('cancelling in bulk takes the refund note a received down payment needs, and keeps it on that order only', async () => {
    const { seller, form } = await formWithPolicy({
      threshold: 0.05,
      action: 'down_payment',
      confirmHours: 12,
      downPaymentPercent: 30,
    });
    const address = 'Jl. Raya Buduran No. 12, RT 3 RW 1';
    const withDownPayment = await riskyOrder('081399990041', form.id, address);
    const [account] = await seller.bankAccount.list.query();
    await seller.order.confirmDownPayment.mutate({
      invoice: withDownPayment,
      bankAccountId: account?.id ?? '',
    });
    const amount = (await seller.order.detail.query({ invoice: withDownPayment })).downPayment?.amount ?? 0;
    expect(amount).toBeGreaterThan(0);
    // An order of the demo form (no risk policy): nothing was paid ahead, nothing is owed back.
    const plain = await riskyOrder('081399990042', demoFormId, address);

    const { page, errors } = await openPage(browser, 360);
    await logIn(page, server.url, 'demo@bosonline.id', '/app/orders');
    for (const invoice of [withDownPayment, plain]) {
      await page.getByRole('checkbox', { name: `Pilih ${invoice}` }).check();
    }
    await page.getByText('2 pesanan dipilih').waitFor();
    await page.getByRole('button', { name: 'Ubah status' }).click();
    const dialog = page.getByRole('dialog');
    // No refund note until the target is a cancel.
    expect(await dialog.getByLabel(/^Cara pengembalian uang muka/).count()).toBe(0);
    await dialog.getByLabel('Status baru').and(page.locator('input')).click();
    await dialog.getByRole('option', { name: 'Dibatalkan' }).click();
    await dialog
      .getByText('Wajib untuk pesanan yang uang mukanya sudah diterima', { exact: false })
      .waitFor();
    await dialog.getByLabel(/^Cara pengembalian uang muka/).fill('Ditransfer balik ke BCA pembeli');
    await settled(page);
    await expectAccessible(page);
    await page.screenshot({ path: `${screenshotDir}dashboard-orders-bulk-refund-360.png`, fullPage: true });
    await dialog.getByRole('button', { name: 'Terapkan' }).click();
    const results = dialog.getByRole('region', { name: 'Hasil per pesanan' });
    await results.getByText(`${withDownPayment}: Berhasil`).waitFor();
    await results.getByText(`${plain}: Berhasil`).waitFor();

    // The note is kept where money was owed back, as the single cancel keeps it; not on the other.
    const refunded = await seller.order.detail.query({ invoice: withDownPayment });
    expect(refunded.status).toBe('canceled');
    expect(refunded.timeline.find((e) => e.type === 'canceled')?.data).toMatchObject({
      downPaymentRefund: amount,
      refundNote: 'Ditransfer balik ke BCA pembeli',
    });
    const other = await seller.order.detail.query({ invoice: plain });
    expect(other.status).toBe('canceled');
    expect(other.timeline.find((e) => e.type === 'canceled')?.data).not.toHaveProperty('refundNote');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
