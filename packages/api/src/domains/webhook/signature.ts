import { createHmac, randomBytes } from 'node:crypto';

// INTEGRATIONS.md: `X-Bos-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`. The
// timestamp is inside the signed text, so a receiver that refuses old timestamps refuses replays.
// The receiver's side is the README's `verifyBosSignature`, which the webhook tests run as written.

export const signatureHeaderName = 'X-Bos-Signature';

/** A new signing secret: 32 random bytes, prefixed so a seller can tell it from other keys. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export function signatureOf(secret: string, unixSeconds: number, body: string): string {
  const v1 = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${v1}`;
}
