import type { FieldErrors } from '@bosonline/contracts';
import { TRPCClientError } from '@trpc/client';
import type { TRPC_ERROR_CODE_KEY, TRPC_ERROR_CODE_NUMBER } from '@trpc/server';

export type BosErrorCode = TRPC_ERROR_CODE_KEY;

/**
 * What the server sends for every failed call (its `errorFormatter`). Declared here rather than read
 * off the router so the published types stand alone; `server-types.check.ts` keeps the two equal.
 */
export interface BosErrorShape {
  message: string;
  code: TRPC_ERROR_CODE_NUMBER;
  data: {
    code: BosErrorCode;
    httpStatus: number;
    path: string | undefined;
    /** Per-field messages of a 400/409, keyed by the field's dotted path. */
    fieldErrors: FieldErrors | undefined;
  };
}

export type BosError = TRPCClientError<{ transformer: true; errorShape: BosErrorShape }>;

/** Narrows an unknown error to an API error, optionally of one code: `isBosError(e, 'NOT_FOUND')`. */
export function isBosError(error: unknown, code?: BosErrorCode): error is BosError {
  if (!(error instanceof TRPCClientError)) return false;
  return code === undefined || (error as BosError).data?.code === code;
}

/** Per-field messages of a 400/409, keyed by field path (`receiver.phone`), or `{}`. */
export function fieldErrors(error: unknown): Record<string, string[]> {
  return isBosError(error) ? (error.data?.fieldErrors ?? {}) : {};
}
