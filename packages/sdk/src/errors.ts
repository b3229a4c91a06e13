import type { AppRouter } from '@bosonline/api';
import { TRPCClientError } from '@trpc/client';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';

export type BosErrorCode = TRPC_ERROR_CODE_KEY;
export type BosError = TRPCClientError<AppRouter>;

/** Narrows an unknown error to an API error, optionally of one code: `isBosError(e, 'NOT_FOUND')`. */
export function isBosError(error: unknown, code?: BosErrorCode): error is BosError {
  if (!(error instanceof TRPCClientError)) return false;
  return code === undefined || (error as BosError).data?.code === code;
}

/** Per-field messages of a 400/409, keyed by field path (`receiver.phone`), or `{}`. */
export function fieldErrors(error: unknown): Record<string, string[]> {
  return isBosError(error) ? (error.data?.fieldErrors ?? {}) : {};
}
