import { type AppDeps, receivePaymentCallback } from '@bosonline/api';
import type { Env, Hono } from 'hono';

/**
 * `POST /webhook/winpay`: Winpay's SNAP payment callbacks (and the sandbox's, signed by its own
 * key). The raw body is handed on untouched, because the signature covers its exact bytes.
 */
export function winpayWebhook<E extends Env>(app: Hono<E>, deps: AppDeps) {
  app.post('/webhook/winpay', async (c) => {
    const result = await receivePaymentCallback(deps, {
      method: c.req.method,
      path: c.req.path,
      body: await c.req.text(),
      header: (name) => c.req.header(name),
    });
    return c.json(result.body, result.status);
  });
}
