import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// Secrets a seller gives us to act for them (ad platforms' access tokens), sealed at rest with
// AES-256-GCM under the server's key (CONVERSIONS_KEY): a copy of the database alone reveals
// nothing, and a changed or swapped value fails its tag instead of decrypting to garbage.

const version = 'v1';

/** `v1.<iv>.<tag>.<ciphertext>`, base64url parts; a fresh 96-bit IV per value. */
export function seal(key: Uint8Array, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [version, iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

/** The plain value, or null when it was sealed under another key or altered. */
export function open(key: Uint8Array, sealed: string): string | null {
  const [v, iv, tag, data] = sealed.split('.');
  if (v !== version || !iv || !tag || data === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return null;
  }
}
