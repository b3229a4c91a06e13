import {
  type AppDeps,
  accountLine,
  cancelHeldOrder,
  confirmHeldOrder,
  heldDownPayment,
  isAppError,
} from '@bosonline/api';
import { formatDeadline } from '@bosonline/contracts';
import type { Env, Hono } from 'hono';
import { html } from 'hono/html';

// The pages a held COD order's WhatsApp links open (domains/risk/hold.ts). Opening a link changes
// nothing (chat apps open links to draw their previews); the buyer presses the button, a plain
// form POST that works without JavaScript, and the answer page says what happened. A down
// payment's link (`?action=pay`) shows what to transfer and where, a WhatsApp button to send the
// receipt to the store, and the cancel button; the seller confirms the payment from the dashboard.

const style = `
  body { margin: 0; background: #f3f4f6; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #111827; }
  main { max-width: 420px; margin: 48px auto; padding: 24px; background: #fff; border-radius: 12px; }
  h1 { font-size: 1.25rem; margin: 0 0 12px; }
  button { width: 100%; padding: 12px; font-size: 1rem; border: 0; border-radius: 8px; color: #fff; cursor: pointer; }
  .confirm { background: #15803d; } .cancel { background: #b91c1c; }
  .accounts { padding: 12px; background: #f9fafb; border-radius: 8px; list-style: none; }
  a.button { display: block; text-align: center; padding: 12px; margin: 12px 0; border-radius: 8px; background: #15803d; color: #fff; text-decoration: none; }`;

const page = (title: string, body: ReturnType<typeof html>) => html`<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>${title}</title>
    <style>${style}</style>
  </head>
  <body>
    <main>${body}</main>
  </body>
</html>`;

const texts = {
  confirm: {
    title: 'Konfirmasi pesanan COD',
    ask: 'Tekan tombol di bawah untuk mengonfirmasi pesanan Anda. Setelah itu pesanan dikirim.',
    button: 'Ya, kirim pesanan saya',
    done: 'Terima kasih! Pesanan Anda dikonfirmasi dan akan segera dikirim.',
  },
  cancel: {
    title: 'Batalkan pesanan COD',
    ask: 'Tekan tombol di bawah untuk membatalkan pesanan Anda.',
    button: 'Batalkan pesanan',
    done: 'Pesanan Anda sudah dibatalkan.',
  },
} as const;

const rupiah = (amount: number) => `Rp${amount.toLocaleString('id-ID')}`;

/** The down payment's page: amount, accounts, deadline, the receipt by WhatsApp, and cancel. */
async function downPaymentPage(deps: AppDeps, token: string) {
  const dp = await heldDownPayment(deps, token);
  const title = `Uang muka ${dp.invoice}`;
  if (dp.status !== 'awaiting_confirmation') {
    const done =
      dp.status === 'canceled' ? texts.cancel.done : 'Uang muka sudah diterima; pesanan Anda dikirim.';
    return page(title, html`<h1>${dp.invoice}</h1><p>${done}</p>`);
  }
  const receipt = `https://wa.me/${dp.contactPhone}?text=${encodeURIComponent(
    `Bukti transfer uang muka ${dp.invoice} (${rupiah(dp.downPayment)})`,
  )}`;
  const until = dp.dueAt && formatDeadline(dp.dueAt);
  return page(
    title,
    html`<h1>${title}</h1>
      <p>Pesanan COD di ${dp.storeName} (${rupiah(dp.total)}) dikirim setelah uang muka
        <strong>${rupiah(dp.downPayment)}</strong> diterima. Sisanya ${rupiah(dp.total - dp.downPayment)}
        dibayar ke kurir.</p>
      <p>Transfer ke salah satu rekening:</p>
      <ul class="accounts">
        ${dp.bankAccounts.map((a) => html`<li>${accountLine(a)}</li>`)}
      </ul>
      ${until ? html`<p>Bayar sebelum ${until}; setelah itu pesanan dibatalkan otomatis.</p>` : ''}
      <a class="button" href="${receipt}">Kirim bukti transfer lewat WhatsApp</a>
      <form method="post" action="/order/held/${token}/cancel">
        <button type="submit" class="cancel">${texts.cancel.button}</button>
      </form>`,
  );
}

export function heldOrderPages<E extends Env>(app: Hono<E>, deps: AppDeps) {
  app.get('/order/held/:token', async (c) => {
    const noStore = { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' };
    if (c.req.query('action') === 'pay') {
      try {
        return c.html(await downPaymentPage(deps, c.req.param('token')), 200, noStore);
      } catch (error) {
        if (!isAppError(error)) throw error;
        const title = 'Uang muka pesanan COD';
        return c.html(
          page(title, html`<h1>${title}</h1><p>Tautan ini tidak valid atau sudah kedaluwarsa.</p>`),
          400,
          noStore,
        );
      }
    }
    const action = c.req.query('action') === 'cancel' ? 'cancel' : 'confirm';
    const text = texts[action];
    return c.html(
      page(
        text.title,
        html`<h1>${text.title}</h1>
          <p>${text.ask}</p>
          <form method="post" action="/order/held/${c.req.param('token')}/${action}">
            <button type="submit" class="${action}">${text.button}</button>
          </form>`,
      ),
      200,
      { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
    );
  });

  app.post('/order/held/:token/:action{confirm|cancel}', async (c) => {
    const action = c.req.param('action') === 'cancel' ? 'cancel' : 'confirm';
    const token = c.req.param('token');
    try {
      const answer =
        action === 'confirm' ? await confirmHeldOrder(deps, token) : await cancelHeldOrder(deps, token);
      const done = answer.status === 'canceled' ? texts.cancel.done : texts.confirm.done;
      return c.html(page(texts[action].title, html`<h1>${answer.invoice}</h1><p>${done}</p>`), 200, {
        'cache-control': 'no-store',
      });
    } catch (error) {
      // The services' own refusals (a bad or spent link, an order that moved on); anything else is a bug.
      if (!isAppError(error)) throw error;
      const status = error.code === 'CONFLICT' ? 409 : 400;
      const message =
        status === 409
          ? 'Pesanan ini tidak bisa diubah lagi. Hubungi penjual jika ada pertanyaan.'
          : 'Tautan ini tidak valid atau sudah kedaluwarsa.';
      return c.html(
        page(texts[action].title, html`<h1>${texts[action].title}</h1><p>${message}</p>`),
        status,
      );
    }
  });
}
