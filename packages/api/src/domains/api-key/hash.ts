import { createHash, randomBytes } from 'node:crypto';
import { apiKeyPrefix } from '@bosonline/contracts';

/**
 * A key carries 256 random bits, so a plain SHA-256 is enough to keep it at rest (no salt or slow
 * hash needed: there is nothing to guess), and it lets a request find its key by an indexed lookup.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function newApiKey(): { key: string; prefix: string; hash: string } {
  const key = `${apiKeyPrefix}${randomBytes(32).toString('base64url')}`;
  return { key, prefix: key.slice(0, apiKeyPrefix.length + 4), hash: hashApiKey(key) };
}
