import type { Env, Hono, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

// The checkout widget runs on sellers' own sites, and integrators call the API from theirs, so
// both doors answer any origin. Safe because nothing rides on cookies: every authenticated call
// carries its bearer token explicitly.

// The request id is what a support question quotes (also for a retried Idempotency-Key call).
const exposeHeaders = ['x-request-id'];

const apiCors = cors({
  origin: '*',
  allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
  allowHeaders: ['content-type', 'authorization', 'x-store-id', 'idempotency-key', 'trpc-accept'],
  exposeHeaders,
  maxAge: 86_400,
});

/**
 * An actual (not preflight) request's two CORS headers, set on the answer once the handler made
 * it. hono/cors sets them on `c.res` before the handler runs, which makes Hono build a placeholder
 * answer and then copy the handler's answer into a full undici Response to merge them: ~5 % of a
 * read's CPU on either door. Set afterwards, @hono/node-server keeps its light answer.
 */
const answerCors: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('access-control-allow-origin', '*');
  c.res.headers.set('access-control-expose-headers', exposeHeaders.join(','));
};

/** CORS on /trpc, on every REST path (`/order/{id}` style) and on the document describing them. */
export function allowCrossOrigin<E extends Env>(app: Hono<E>, restPaths: string[]) {
  const patterns = new Set([
    '/trpc/*',
    '/openapi.json',
    ...restPaths.map((p) => p.replace(/\{(\w+)\}/g, ':$1')),
  ]);
  for (const pattern of patterns) {
    app.use(pattern, (c, next) => (c.req.method === 'OPTIONS' ? apiCors(c, next) : answerCors(c, next)));
  }
}
