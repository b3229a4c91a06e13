import { type AppDeps, boscodSignatureHeader, receiveBoscodWebhook } from '@bosonline/api';
import type { Env, Hono } from 'hono';

/**
 * `POST /webhook/boscod`: BosCOD's shipment notifications, served in every mode (the sandbox's go
 * through the same handler). The signature covers the raw bytes, so the body is read as text and
 * verified before it is parsed.
 */
export function boscodWebhook<E extends Env>(app: Hono<E>, deps: AppDeps) {
  app.post('/webhook/boscod', async (c) => {
    const answer = await receiveBoscodWebhook(deps, await c.req.text(), c.req.header(boscodSignatureHeader));
    return c.json({ message: answer.message }, answer.status);
  });
}
