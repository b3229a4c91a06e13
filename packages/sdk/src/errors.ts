import { TRPCClientError } from '@trpc/client';

/**
 * What went wrong, in words: tRPC's error codes. Written out rather than imported so the published
 * types stand alone; `server-types.check.ts` keeps the list equal to tRPC's.
 */
export type BosErrorCode =
  | 'PARSE_ERROR'
  | 'BAD_REQUEST'
  | 'INTERNAL_SERVER_ERROR'
  | 'NOT_IMPLEMENTED'
  | 'BAD_GATEWAY'
  | 'SERVICE_UNAVAILABLE'
  | 'GATEWAY_TIMEOUT'
  | 'UNAUTHORIZED'
  | 'PAYMENT_REQUIRED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'METHOD_NOT_SUPPORTED'
  | 'TIMEOUT'
  | 'CONFLICT'
  | 'PRECONDITION_FAILED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'UNPROCESSABLE_CONTENT'
  | 'PRECONDITION_REQUIRED'
  | 'TOO_MANY_REQUESTS'
  | 'CLIENT_CLOSED_REQUEST';

/**
 * What the server sends for every failed call (its `errorFormatter`). Declared here rather than read
 * off the router so the published types stand alone; `server-types.check.ts` keeps the two equal.
 */
export interface BosErrorShape {
  message: string;
  /** The JSON-RPC error number (e.g. -32004); `data.code` says the same in words. */
  code: number;
  data: {
    code: BosErrorCode;
    httpStatus: number;
    path: string | undefined;
    /** Per-field messages of a 400/409, keyed by the field's dotted path. */
    fieldErrors: Record<string, string[]> | undefined;
    /** On a 429: whole seconds to wait before trying again. */
    retryAfterSeconds: number | undefined;
  };
}

/**
 * A failed call: at runtime a `TRPCClientError` of `@trpc/client`, here typed with the API's
 * error shape (`server-types.check.ts` keeps the two compatible).
 */
export interface BosError extends Error {
  /** The error as the server shaped it; absent when the server was never reached. */
  readonly shape: BosErrorShape | null | undefined;
  /** `shape.data`: the code, the HTTP status and the field errors. */
  readonly data: BosErrorShape['data'] | null | undefined;
  /** The HTTP response, when there was one. */
  readonly meta: Record<string, unknown> | undefined;
  /** The error this one wraps, such as a network error. */
  readonly cause: Error | undefined;
  /** On a 429 (`TOO_MANY_REQUESTS`): whole seconds to wait before trying again; otherwise undefined. */
  readonly retryAfterSeconds?: number;
}

/** Narrows an unknown error to an API error, optionally of one code: `isBosError(e, 'NOT_FOUND')`. */
export function isBosError(error: unknown, code?: BosErrorCode): error is BosError {
  if (!(error instanceof TRPCClientError)) return false;
  return code === undefined || (error as BosError).data?.code === code;
}

/** Per-field messages of a 400/409, keyed by field path (`receiver.phone`), or `{}`. */
export function fieldErrors(error: unknown): Record<string, string[]> {
  return isBosError(error) ? (error.data?.fieldErrors ?? {}) : {};
}
