import { buildOpenApi, restRouteTable } from '@bosonline/api';
import type { Env, Hono } from 'hono';
import { revalidate, type StaticAsset, sendAsset, staticAsset } from './static-asset.ts';

/**
 * `/openapi.json`: built at the first request (~100 ms of CPU, 430 KB) and kept, since it changes
 * only with a new server. Clients revalidate with If-None-Match and get a 304 instead.
 */
export function openApiDocument<E extends Env>(app: Hono<E>, info: { version: string; publicUrl?: string }) {
  let built: StaticAsset | undefined;
  app.get('/openapi.json', revalidate, (c) => {
    built ??= staticAsset(
      JSON.stringify(buildOpenApi(restRouteTable, { version: info.version, serverUrl: info.publicUrl })),
    );
    return sendAsset(c, built, {
      'content-type': 'application/json',
      // Always ask again: a 304 is cheap, and a new server version must be seen at once.
      'cache-control': 'no-cache',
    });
  });
}
