import { Readable } from 'node:stream';
import {
  type AppDeps,
  appRouter,
  bearerFrom,
  callRest,
  createContext,
  openDownload,
  type RequestMeta,
  type RestRoute,
  restRouteTable,
  storeIdFrom,
} from '@bosonline/api';
import { maxBatchCalls } from '@bosonline/contracts';
import { getConnInfo } from '@hono/node-server/conninfo';
import { trpcServer } from '@hono/trpc-server';
import { Hono, type Context as HonoContext } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { checkoutPages } from './checkout-pages.ts';
import { compressReads } from './compress-reads.ts';
import { allowCrossOrigin } from './cors.ts';
import { dashboardPages } from './dashboard.ts';
import { heldOrderPages } from './held-order-pages.ts';
import { homePage } from './home-page.ts';
import { openApiDocument } from './openapi-document.ts';
import { securityHeaders } from './security-headers.ts';
import { boscodWebhook } from './webhooks/boscod.ts';
import { whatsappWebhook } from './webhooks/whatsapp.ts';
import { winpayWebhook } from './webhooks/winpay.ts';

export interface AppOptions {
  deps: AppDeps;
  /** Answers when the database can run a query. */
  ping: () => Promise<void>;
  version: string;
  trustProxy: boolean;
  publicUrl?: string;
}

type Env = { Variables: { requestId: string } };

const maxBodyBytes = 1024 * 1024;
// Uploads get room above the 5 MB image limit, so an oversized image is told why (400), not cut off.
const maxUploadBytes = 8 * 1024 * 1024;

function clientIp(c: HonoContext, trustProxy: boolean): string | null {
  if (trustProxy) {
    // The last entry: the one our load balancer appended (the address it was called from). Those
    // before it are whatever the caller sent, so a client could pick its own rate-limit key.
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

/** The Hono app: both doors (tRPC at /trpc and the spec's REST paths) over the same procedures. */
export function createApp(options: AppOptions): Hono<Env> {
  const { deps } = options;
  const app = new Hono<Env>();

  const requestMeta = (c: HonoContext<Env>): RequestMeta => ({
    requestId: c.get('requestId'),
    ip: clientIp(c, options.trustProxy),
    userAgent: c.req.header('user-agent')?.slice(0, 500) ?? null,
    referer: c.req.header('referer')?.slice(0, 1000) ?? null,
    bearer: bearerFrom(c.req.header('authorization')),
    storeId: storeIdFrom(c.req.header('x-store-id')),
    // Validated by the procedure that uses it (8–255 characters), so a bad key is a 400, not ignored.
    idempotencyKey: c.req.header('idempotency-key') ?? null,
  });

  app.use(requestId());
  app.use(async (c, next) => {
    // hono/request-id sets its header before the handler, so only answers Hono builds itself
    // (c.json) carry it; tRPC's and the static files' own Response objects get it here.
    await next();
    if (!c.res.headers.has('x-request-id')) c.res.headers.set('x-request-id', c.get('requestId'));
  });
  app.use(securityHeaders);
  app.use(compressReads);
  // Before the body limit, so a browser on another site can read a 413 too.
  allowCrossOrigin(
    app,
    restRouteTable.map((r) => r.path),
  );
  app.use(async (c, next) => {
    // Quiet (LOG_LEVEL above info): not even the timing and the line's fields are made.
    if (!deps.logger.isLevelEnabled('info')) return next();
    const started = performance.now();
    await next();
    deps.logger.info(
      {
        requestId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  });
  const uploadPaths = new Set(
    restRouteTable.filter((r) => r.upload).flatMap((r) => [r.path, `/trpc/${r.procedure}`]),
  );
  const maxBytes = (upload: boolean) => (upload ? maxUploadBytes : maxBodyBytes);
  // The rest of the oversized body is never read, so the connection cannot be reused.
  const tooLarge = (c: HonoContext<Env>, upload: boolean) =>
    c.json({ message: `Request body is larger than ${maxBytes(upload) / 1024 / 1024} MB` }, 413, {
      connection: 'close',
    });
  const limit = (upload: boolean) =>
    bodyLimit({ maxSize: maxBytes(upload), onError: (c) => tooLarge(c, upload) });
  const normalLimit = limit(false);
  const uploadLimit = limit(true);
  app.use(async (c, next) => {
    // Hono's bodyLimit starts by reading `c.req.raw.body`, which turns @hono/node-server's light
    // request into a full undici Request (headers copied, an AbortSignal, a body stream) on every
    // call: ~6 % of a read's CPU. A GET or HEAD has no body we read, and a Content-Length (which
    // Node's parser holds the body to) is checked as bodyLimit would; only a chunked body is
    // counted as it streams in.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const upload = uploadPaths.has(c.req.path);
    const length = c.req.header('content-length');
    if (length !== undefined && !c.req.header('transfer-encoding')) {
      return Number(length) > maxBytes(upload) ? tooLarge(c, upload) : next();
    }
    return upload ? uploadLimit(c, next) : normalLimit(c, next);
  });

  app.get('/healthz', async (c) => {
    try {
      await options.ping();
      return c.json({ status: 'ok', database: 'ok', version: options.version });
    } catch (error) {
      deps.logger.error({ err: error, requestId: c.get('requestId') }, 'health check failed');
      return c.json({ status: 'unavailable', database: 'unreachable', version: options.version }, 503);
    }
  });

  app.use(
    '/trpc/*',
    trpcServer({
      // Must equal the mount path, or procedure names get cut (a known @hono/trpc-server trap).
      endpoint: '/trpc',
      router: appRouter,
      // A batch is one HTTP request that fans out into many procedure calls: cap the fan-out.
      maxBatchSize: maxBatchCalls,
      createContext: (_opts, c) =>
        createContext(deps, requestMeta(c as HonoContext<Env>)) as unknown as Record<string, unknown>,
      onError: ({ error, path, ctx }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          deps.logger.error(
            {
              err: error.cause ?? error,
              path,
              requestId: (ctx as { req?: RequestMeta } | undefined)?.req?.requestId,
            },
            'unhandled error',
          );
        }
      },
    }),
  );

  for (const route of restRouteTable) {
    app.on(route.method, route.path.replace(/\{(\w+)\}/g, ':$1'), (c) => restHandler(route, c));
  }

  async function restHandler(route: RestRoute, c: HonoContext<Env>) {
    let body: unknown = {};
    if (route.upload) {
      if (!/^multipart\/form-data\b/i.test(c.req.header('content-type') ?? '')) {
        return c.json({ message: 'Content-Type must be multipart/form-data with a "file" field' }, 415);
      }
      try {
        body = await c.req.formData();
      } catch {
        return c.json({ message: 'Request body is not valid multipart/form-data' }, 400);
      }
    } else if (route.method !== 'GET') {
      const text = await c.req.text();
      if (text.trim()) {
        if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
          return c.json({ message: 'Content-Type must be application/json' }, 415);
        }
        try {
          body = JSON.parse(text);
        } catch {
          return c.json({ message: 'Request body is not valid JSON' }, 400);
        }
        if (!body || typeof body !== 'object' || Array.isArray(body)) {
          return c.json({ message: 'Request body must be a JSON object' }, 400);
        }
      }
    }
    const result = await callRest(route, createContext(deps, requestMeta(c)), {
      params: c.req.param() as Record<string, string>,
      query: c.req.query(),
      body,
    });
    return c.json(result.body, result.status as ContentfulStatusCode);
  }

  // Signed, short-lived export links (product.exportLink): streamed, never buffered whole.
  app.get('/downloads/:token', async (c) => {
    const file = await openDownload(deps, c.req.param('token'));
    if (!file) return c.json({ message: 'This download link is invalid or has expired' }, 404);
    return new Response(Readable.toWeb(file.body) as ReadableStream, {
      headers: {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.filename}"`,
        'cache-control': 'no-store',
      },
    });
  });

  // Uploaded files (embedded storage). Keys are unguessable UUIDs; images are public by nature.
  app.get('/files/*', async (c) => {
    const key = c.req.path.slice('/files/'.length);
    const object =
      /^[a-z0-9][a-z0-9/_.-]*$/i.test(key) && !key.includes('..') ? await deps.ports.storage.get(key) : null;
    if (!object) return c.json({ message: 'File not found' }, 404);
    return new Response(Readable.toWeb(object.body) as ReadableStream, {
      headers: {
        'content-type': object.contentType,
        'content-length': String(object.size),
        'cache-control': 'public, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
        // Sellers' pages and the widget show these images from other origins.
        'cross-origin-resource-policy': 'cross-origin',
      },
    });
  });

  winpayWebhook(app, deps);
  boscodWebhook(app, deps);
  whatsappWebhook(app, deps);
  checkoutPages(app, deps);
  heldOrderPages(app, deps);
  dashboardPages(app);

  openApiDocument(app, options);
  homePage(app, deps, options);

  app.notFound((c) => c.json({ message: `No route for ${c.req.method} ${c.req.path}` }, 404));
  app.onError((error, c) => {
    deps.logger.error({ err: error, requestId: c.get('requestId') }, 'unhandled error');
    return c.json({ message: 'Internal server error', request_id: c.get('requestId') }, 500);
  });
  return app;
}
