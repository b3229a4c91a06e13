import { type AppDeps, cancelHeldOrder, confirmHeldOrder, isAppError } from '@bosonline/api';
import type { Env, Hono } from 'hono';
import { html } from 'hono/html';

// The pages a held COD order's WhatsApp links open (domains/risk/hold.ts). Opening a link changes
// nothing (chat apps open links to draw their previews); the buyer presses the button, a plain
// form POST that works without JavaScript, and the answer page says what happened.

const style = `
  body { margin: 0; background: #f3f4f6; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #111827; }
  main { max-width: 420px; margin: 48px auto; padding: 24px; background: #fff; border-radius: 12px; }
  h1 { font-size: 1.25rem; margin: 0 0 12px; }
  button { width: 100%; padding: 12px; font-size: 1rem; border: 0; border-radius: 8px; color: #fff; cursor: pointer; }
  .confirm { background: #15803d; } .cancel { background: #b91c1c; }`;

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

export function heldOrderPages<E extends Env>(app: Hono<E>, deps: AppDeps) {
  app.get('/order/held/:token', (c) => {
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
