import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';

/**
 * A body that changes only with a new server (the built widget, the OpenAPI document): hashed
 * and gzipped once, so each request costs a header comparison or a buffer write, never a rebuild.
 */
export interface StaticAsset {
  body: Uint8Array<ArrayBuffer>;
  gzipped: Uint8Array<ArrayBuffer>;
  /** Strong: a hash of the uncompressed bytes. */
  etag: string;
}

export function staticAsset(body: Uint8Array | string): StaticAsset {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return {
    body: new Uint8Array(bytes),
    gzipped: new Uint8Array(gzipSync(bytes, { level: 9 })),
    etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`,
  };
}

/**
 * Answers a matching If-None-Match with 304 (hono/etag). A 304 refreshes the headers of the
 * copy a browser keeps, so it also carries the ones that let other sites load the asset.
 */
export const revalidate = etag({
  retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin', 'cross-origin-resource-policy'],
});

/** The asset, gzipped when the client accepts it; use behind `revalidate`. */
export function sendAsset(c: Context, asset: StaticAsset, headers: Record<string, string>): Response {
  const gzip = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
  return c.body(gzip ? asset.gzipped : asset.body, 200, {
    ...headers,
    etag: asset.etag,
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
}
