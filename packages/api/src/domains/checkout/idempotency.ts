import { type CreateOrderInput, idempotencyKeySchema } from '@bosonline/contracts';
import { conflict, invalidField } from '../../lib/errors.ts';
import { fingerprint } from '../../lib/fingerprint.ts';

// Stripe's rule for retries: a key names one request. The same key with the same request answers
// the first result; the same key with another request is a client bug (a page that copied a
// literal key would otherwise drop every order after its first), so it is refused, not replayed.

export interface Idempotency {
  key: string;
  /** Fingerprint of the request (parsed, so `0812…` and `62812…` are the same buyer). */
  hash: string;
}

/** The order's key (body field, else the Idempotency-Key header) and its request's fingerprint. */
export function idempotencyOf(
  input: CreateOrderInput,
  header: string | null | undefined,
): Idempotency | null {
  const { idempotencyKey, ...request } = input;
  let key = idempotencyKey;
  if (!key && header != null) {
    const parsed = idempotencyKeySchema.safeParse(header);
    if (!parsed.success) {
      throw invalidField('Idempotency-Key', 'The Idempotency-Key header must be 8 to 255 characters');
    }
    key = parsed.data;
  }
  return key ? { key, hash: fingerprint(request) } : null;
}

/** 409 when the key was first used for a different request. */
export function assertSameRequest(idempotency: Idempotency, storedHash: string | null): void {
  // Orders placed before fingerprints were kept have none; they replay as they always did.
  if (storedHash !== null && storedHash !== idempotency.hash) {
    throw conflict(
      'Idempotency-Key reused with a different request; send a new key for a new order',
      'idempotencyKey',
    );
  }
}
