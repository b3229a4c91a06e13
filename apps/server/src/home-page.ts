import { type AppDeps, hostedForm } from '@bosonline/api';
import type { Env, Hono } from 'hono';
import { html, raw } from 'hono/html';
import { demoStore } from './seed/demo-store.ts';

// `GET /`: what a newcomer who opened the server in a browser needs next, in Bahasa Indonesia
// with English below. Every link is one that answers on this server.

const style = `
  body { margin: 0; background: #f3f4f6; color: #111827; font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
  main { max-width: 720px; margin: 0 auto; padding: 32px 16px 48px; }
  h1 { margin: 0 0 4px; font-size: 28px; }
  .en { color: #6b7280; font-size: 14px; }
  ul { padding-left: 20px; }
  li { margin: 10px 0; }
  a { color: #15803d; font-weight: 600; }
  pre { background: #111827; color: #f9fafb; padding: 12px; border-radius: 8px; overflow-x: auto; font-size: 13px; }`;

/** Whether a dashboard is mounted at /app (it is served by this app once built). */
function hasDashboard<E extends Env>(app: Hono<E>): boolean {
  return app.routes.some((r) => r.path === '/app' || r.path.startsWith('/app/'));
}

export function homePage<E extends Env>(
  app: Hono<E>,
  deps: Pick<AppDeps, 'db' | 'ports' | 'logger'>,
  options: { version: string; publicUrl?: string },
) {
  app.get('/', async (c) => {
    const origin = options.publicUrl ?? new URL(c.req.url).origin;
    // Demo data exists only where it was seeded (the embedded database); elsewhere its links would 404.
    const demo = await hostedForm(deps, demoStore.form.slug);
    const link = (href: string, id: string, en: string) =>
      html`<li><a href="${href}">${href}</a> · ${id}<br><span class="en">${en}</span></li>`;
    return c.html(html`<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>bosOnline API</title><style>${raw(style)}</style></head>
<body><main>
<h1>bosOnline</h1>
<p>Server API bosOnline versi ${options.version} berjalan.<br>
<span class="en">The bosOnline API server, version ${options.version}, is running.</span></p>
<ul>
${hasDashboard(app) ? link('/app', 'Dasbor penjual dan admin', 'Seller and admin dashboard') : ''}
${demo ? link(`/f/${demoStore.form.slug}`, 'Halaman checkout demo', 'Demo checkout page') : ''}
${link('/openapi.json', 'Dokumen OpenAPI untuk jalur REST', 'OpenAPI document of the REST paths')}
${link('/healthz', 'Status server dan basis data', 'Server and database health')}
</ul>
<p>Coba API dari terminal:<br><span class="en">Try the API from a terminal:</span></p>
<pre>curl -s '${origin}/region?q=buduran'
${
  demo
    ? html`curl -s -X POST ${origin}/auth/login -H 'Content-Type: application/json' \\
  -d '{"login":"demo@bosonline.id","password":"demo12345"}'`
    : ''
}</pre>
<p>Selengkapnya di README (bagian “Try it”).<br><span class="en">More in the README (“Try it”).</span></p>
</main></body></html>`);
  });
}
