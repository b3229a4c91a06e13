import type { Env, Hono } from 'hono';
import { cors } from 'hono/cors';

// The checkout widget runs on sellers' own sites, and integrators call the API from theirs, so
// both doors answer any origin. Safe because nothing rides on cookies: every authenticated call
// carries its bearer token explicitly.
const apiCors = cors({
  origin: '*',
  allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
  allowHeaders: ['content-type', 'authorization', 'x-store-id', 'idempotency-key', 'trpc-accept'],
  // The request id is what a support question quotes (also for a retried Idempotency-Key call).
  exposeHeaders: ['x-request-id'],
  maxAge: 86_400,
});

/** CORS on /trpc, on every REST path (`/order/{id}` style) and on the document describing them. */
export function allowCrossOrigin<E extends Env>(app: Hono<E>, restPaths: string[]) {
  const patterns = new Set([
    '/trpc/*',
    '/openapi.json',
    ...restPaths.map((p) => p.replace(/\{(\w+)\}/g, ':$1')),
  ]);
  for (const pattern of patterns) app.use(pattern, apiCors);
}
