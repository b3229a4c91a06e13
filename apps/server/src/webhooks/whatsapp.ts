import { timingSafeEqual } from 'node:crypto';
import { type AppDeps, receiveStatusWebhook } from '@bosonline/api';
import type { Env, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * WhatsApp Cloud API webhook. GET: Meta's subscription handshake (echo `hub.challenge` when the
 * verify token matches). POST: delivery statuses, signed with the app secret in
 * `X-Hub-Signature-256` over the raw body — read as text before anything parses it.
 */
export function whatsappWebhook<E extends Env>(app: Hono<E>, deps: AppDeps): void {
  app.get('/webhook/whatsapp', (c) => {
    const mode = c.req.query('hub.mode');
    const token = c.req.query('hub.verify_token') ?? '';
    const challenge = c.req.query('hub.challenge') ?? '';
    if (mode !== 'subscribe' || !sameText(token, deps.ports.messaging.webhook.verifyToken)) {
      return c.json({ message: 'Verification token does not match' }, 403);
    }
    return c.text(challenge, 200);
  });
  app.post('/webhook/whatsapp', async (c) => {
    const raw = await c.req.text();
    const answer = await receiveStatusWebhook(deps, raw, c.req.header('x-hub-signature-256'));
    return c.json(answer.body, answer.status as ContentfulStatusCode);
  });
}
