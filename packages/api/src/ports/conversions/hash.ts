import { createHash } from 'node:crypto';

/** SHA-256 as lower-case hex, what both platforms expect of hashed customer data; null stays null. */
export function sha256(value: string | null): string | null {
  return value ? createHash('sha256').update(value, 'utf8').digest('hex') : null;
}
