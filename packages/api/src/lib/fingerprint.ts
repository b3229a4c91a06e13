import { createHash } from 'node:crypto';

/** Plain objects with their keys sorted, so two equal requests serialise to the same text. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** SHA-256 (hex) of a JSON value, independent of the order its object keys were written in. */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value, sortedKeys)).digest('hex');
}
