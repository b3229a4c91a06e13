/**
 * A provider (courier, payment, messaging, DNS…) cannot be reached, timed out or refused to work.
 * Every port's outage error extends this one, so services let it propagate and the API edge renders
 * it as a 503 with the provider's message in one place (trpc.ts), instead of a try/catch per call.
 */
export class ProviderUnavailableError extends Error {}

/** Whether an error (or what it wraps) is a provider outage. */
export function isProviderUnavailable(error: unknown): error is ProviderUnavailableError {
  return error instanceof ProviderUnavailableError;
}
