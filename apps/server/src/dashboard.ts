import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Env, Hono } from 'hono';
import { preloadFor, type RoutePreload, readRoutePreloads, withPreloads } from './dashboard-preloads.ts';

// The seller dashboard (apps/dashboard, a single-page app) at /app: its hashed assets cached for
// good, and index.html for every other /app path, so a shared link like /app/orders?status=paid
// opens the page the router knows. Built by `pnpm build`; until then /app says so with a 404.

export const dashboardPath = '/app';

const dist = join(
  dirname(createRequire(import.meta.url).resolve('@bosonline/dashboard/package.json')),
  'dist',
);
const indexFile = join(dist, 'index.html');
const preloadsFile = join(dist, 'route-preloads.json');

interface Built {
  html: string;
  preloads: RoutePreload[];
}

/**
 * index.html and the pages' preload table, read once: they change only with a new build, and
 * then the server restarts.
 */
function indexPage(): () => Promise<Built | null> {
  let loaded: Promise<Built | null> | undefined;
  return async () => {
    loaded ??= Promise.all([
      readFile(indexFile, 'utf8'),
      readFile(preloadsFile, 'utf8').catch(() => '[]'),
    ]).then(
      ([html, preloads]) => ({ html, preloads: readRoutePreloads(preloads) }),
      () => null,
    );
    const page = await loaded;
    // Not built yet: ask again next time, so building while the server runs is enough.
    if (page === null) loaded = undefined;
    return page;
  };
}

const notBuilt = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Dasbor belum dibangun</title></head>
<body><h1>Dasbor belum dibangun</h1>
<p>Jalankan <code>pnpm build</code>, lalu buka halaman ini lagi.<br>
The dashboard is not built: run <code>pnpm build</code>, then reload.</p></body></html>`;

export function dashboardPages<E extends Env>(app: Hono<E>) {
  const page = indexPage();
  // The bundle is text: its assets go out as the build compressed them (brotli where the browser
  // takes it, about a fifth smaller than gzip); index.html is gzipped on the way (compress-reads.ts).
  app.get(
    `${dashboardPath}/assets/*`,
    serveStatic({
      root: dist,
      rewriteRequestPath: (path) => path.slice(dashboardPath.length),
      // The build writes each asset brotli- and gzip-compressed at the highest level (.br, .gz).
      precompressed: true,
      // File names carry a hash of their content: a new build means new names.
      onFound: (_path, c) => {
        c.header('cache-control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.get(`${dashboardPath}/assets/*`, (c) => c.json({ message: 'No such dashboard asset' }, 404));
  app.get(dashboardPath, spa);
  app.get(`${dashboardPath}/*`, spa);

  async function spa(c: Context<E>) {
    const built = await page();
    if (built === null) return c.html(notBuilt, 404, { 'cache-control': 'no-store' });
    // The page this URL opens comes with its own files announced (fetched alongside the entry).
    const preload = preloadFor(built.preloads, c.req.path.slice(dashboardPath.length));
    const html = withPreloads(built.html, dashboardPath, preload);
    // Always revalidated, so a new build's asset names reach browsers at once.
    return c.html(html, 200, { 'cache-control': 'no-cache' });
  }
}
