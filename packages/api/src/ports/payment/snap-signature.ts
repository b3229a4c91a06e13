import { createHash, type KeyObject, sign, verify } from 'node:crypto';

// SNAP BI asymmetric signatures (Winpay signs its callbacks this way, and we sign our requests):
// stringToSign = METHOD ":" path ":" lowercase(hex(sha256(minified body))) ":" X-Timestamp,
// signed SHA256withRSA and sent base64 in X-Signature. node:crypto does the cryptography.

export interface SignedParts {
  method: string;
  path: string;
  body: string;
  timestamp: string;
}

/** JSON without insignificant whitespace; a body that is not JSON is hashed as it came. */
export function minify(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body));
  } catch {
    return body;
  }
}

export function stringToSign({ method, path, body, timestamp }: SignedParts): string {
  const digest = createHash('sha256').update(minify(body)).digest('hex');
  return `${method.toUpperCase()}:${path}:${digest}:${timestamp}`;
}

export function signSnap(privateKey: KeyObject, parts: SignedParts): string {
  return sign('sha256', Buffer.from(stringToSign(parts)), privateKey).toString('base64');
}

export function verifySnap(publicKey: KeyObject, parts: SignedParts, signature: string): boolean {
  if (!/^[A-Za-z0-9+/=_-]{16,2048}$/.test(signature)) return false;
  try {
    return verify('sha256', Buffer.from(stringToSign(parts)), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** SNAP's X-TIMESTAMP: local Jakarta time with its offset, `2026-12-02T17:30:00+07:00`. */
export function snapTimestamp(at: Date): string {
  const jakarta = new Date(at.getTime() + 7 * 3_600_000);
  return `${jakarta.toISOString().slice(0, 19)}+07:00`;
}
