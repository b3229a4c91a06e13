import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { type AppDeps, frameOrigins, type HostedForm, hostedForm, isStoreUnavailable } from '@bosonline/api';
import type { Env, Hono } from 'hono';
import { html, raw } from 'hono/html';
import { revalidate, type StaticAsset, sendAsset, staticAsset } from './static-asset.ts';

// The checkout sellers embed (`/widget/bos-checkout.js`) and the page hosting it for sellers
// without a site (`/f/{slug}`).

export const widgetPath = '/widget/bos-checkout.js';

/** The built widget, read once: it changes only with a new build, that is a new server. */
function widgetAsset(): () => Promise<StaticAsset | null> {
  let loaded: Promise<StaticAsset | null> | undefined;
  return () => {
    // Resolved on first use: an unbuilt widget (no dist/ yet) answers 503, as the start-up notice
    // says, instead of stopping the server (resolve throws when the exported file is missing).
    loaded ??= Promise.resolve()
      .then(() => createRequire(import.meta.url).resolve('@bosonline/checkout-widget/bos-checkout.js'))
      .then((file) => readFile(file))
      .then(staticAsset, () => null);
    return loaded;
  };
}

/**
 * The widget's first call, exactly as the SDK sends it (a one-call GET batch). Preloading it lets
 * the browser fetch the form while the script downloads, instead of after: one round trip less
 * before a buyer can start (a browser test checks the page then asks for the form only once).
 */
function formQueryPath(formId: string): string {
  const input = { 0: { json: { formId } } };
  return `/trpc/checkout.loadForm?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
}

const pageStyle = `
  body { margin: 0; background: #f3f4f6; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
  main { max-width: 960px; margin: 0 auto; padding: 12px 12px 48px; }
  .missing { text-align: center; color: #374151; padding: 64px 16px; }`;

export function checkoutPages<E extends Env>(app: Hono<E>, deps: Pick<AppDeps, 'db' | 'logger' | 'ports'>) {
  const asset = widgetAsset();

  app.get(widgetPath, revalidate, async (c) => {
    const widget = await asset();
    if (!widget) {
      deps.logger.error('the checkout widget is not built (pnpm build)');
      return c.text('// The checkout widget is not available on this server.', 503);
    }
    return sendAsset(c, widget, {
      'content-type': 'text/javascript; charset=utf-8',
      // Not a hashed file name: sellers' pages keep this URL, so caches revalidate after 5 minutes.
      'cache-control': 'public, max-age=300, stale-while-revalidate=86400',
      'access-control-allow-origin': '*',
      // Sellers' pages load it with a plain <script src>, also under a cross-origin isolation policy.
      'cross-origin-resource-policy': 'cross-origin',
    });
  });

  app.get('/f/:slug', async (c) => {
    // A suspended seller's forms are offline: buyers get a page saying so, not the form.
    let form: HostedForm | null | 'unavailable';
    try {
      form = await hostedForm(deps, c.req.param('slug'));
    } catch (error) {
      if (!isStoreUnavailable(error)) throw error;
      form = 'unavailable';
    }
    const lang = c.req.query('lang') === 'en' ? 'en' : 'id';
    if (!form || form === 'unavailable') {
      const text =
        form === 'unavailable'
          ? lang === 'en'
            ? 'This store is not available right now.'
            : 'Toko ini sedang tidak tersedia.'
          : lang === 'en'
            ? 'This order form does not exist or is closed.'
            : 'Formulir pesanan ini tidak ada atau sudah ditutup.';
      return c.html(
        html`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>404</title><style>${raw(pageStyle)}</style></head>
<body><main><p class="missing">${text}</p></main></body></html>`,
        404,
      );
    }
    c.set('frameAncestors', await frameOrigins(deps, form.storeId));
    const title = `${form.name} · ${form.storeName}`;
    return c.html(html`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title>
<meta name="description" content="${form.headline || form.name}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${form.headline || form.name}">
${form.logoUrl ? html`<meta property="og:image" content="${form.logoUrl}">` : ''}
<meta name="theme-color" content="${form.primaryColor}">
<script src="${widgetPath}" defer></script>
<link rel="preload" href="${formQueryPath(form.id)}" as="fetch" crossorigin="anonymous">
<style>${raw(pageStyle)}</style></head>
<body><main><bos-checkout form="${form.id}" lang="${lang}"></bos-checkout></main></body></html>`);
  });
}
