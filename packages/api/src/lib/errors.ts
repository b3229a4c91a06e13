import type { FieldErrors } from '@bosonline/contracts';
import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { isProviderUnavailable } from '../ports/unavailable.ts';

// One place for the error model of DESIGN.md: services throw these, both doors render them.

class FieldErrorCause extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super('field errors');
  }
}

export function badRequest(message: string, fieldErrors?: FieldErrors): TRPCError {
  return new TRPCError({
    code: 'BAD_REQUEST',
    message,
    cause: fieldErrors && new FieldErrorCause(fieldErrors),
  });
}

/** A single invalid field, reported the same way as a schema failure. */
export function invalidField(field: string, message: string): TRPCError {
  return badRequest(`Invalid input: ${field}: ${message}`, { [field]: [message] });
}

export function notFound(what: string): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: `${what} not found` });
}

export function conflict(message: string, field?: string): TRPCError {
  return new TRPCError({
    code: 'CONFLICT',
    message,
    cause: field ? new FieldErrorCause({ [field]: [message] }) : undefined,
  });
}

export function unauthorized(message = 'Authentication required'): TRPCError {
  return new TRPCError({ code: 'UNAUTHORIZED', message });
}

export function forbidden(message = 'You do not have permission to do this'): TRPCError {
  return new TRPCError({ code: 'FORBIDDEN', message });
}

/** Carries a 429's wait to the error formatter, so clients get it as a number, not only in words. */
class RetryAfterCause extends Error {
  constructor(readonly seconds: number) {
    super('retry after');
  }
}

/** `hint` says what else the person can do meanwhile (e.g. reset the password). */
export function tooManyRequests(retryAfterSeconds: number, hint?: string): TRPCError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new TRPCError({
    code: 'TOO_MANY_REQUESTS',
    message: `Too many attempts. Try again in ${seconds} seconds.${hint ? ` ${hint}` : ''}`,
    cause: new RetryAfterCause(seconds),
  });
}

/** The whole seconds a 429 asks the caller to wait, or undefined for any other error. */
export function retryAfterOf(error: unknown): number | undefined {
  return error instanceof RetryAfterCause ? error.seconds : undefined;
}

export function serviceUnavailable(message: string): TRPCError {
  return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message });
}

export function fieldErrorsOf(error: unknown): FieldErrors | undefined {
  if (error instanceof ZodError) {
    const out: FieldErrors = {};
    for (const issue of error.issues) {
      const key = issue.path.length ? issue.path.join('.') : '_';
      out[key] = [...(out[key] ?? []), issue.message];
    }
    return out;
  }
  if (error instanceof FieldErrorCause) return error.fieldErrors;
  return undefined;
}

/**
 * The human summary of a schema failure: the first problem, named by its field. Each door names
 * fields its own way (`receiverPhone` on tRPC, `receiver_phone` on REST), hence `formatPath`.
 */
export function summarizeZodError(error: ZodError, formatPath: (path: string) => string = (p) => p): string {
  const first = error.issues[0];
  if (!first) return 'Invalid input';
  const where = first.path.length ? `${formatPath(first.path.join('.'))}: ` : '';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return `Invalid input: ${where}${first.message}${more}`;
}

const databaseCode = (error: unknown) => (error as { code?: unknown } | null)?.code;

/** The driver's verdict on a raw statement (Prisma wraps it as P2010). */
const driverErrorKind = (error: unknown) =>
  (error as { meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } } | null)?.meta
    ?.driverAdapterError?.cause?.kind;

/**
 * A unique index refused the write (Prisma P2002, or the same from a raw statement): the value is
 * taken, usually by a racing request.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = databaseCode(error);
  return code === 'P2002' || (code === 'P2010' && driverErrorKind(error) === 'UniqueConstraintViolation');
}

/**
 * Maps what services let propagate onto the error model: database errors that user input can cause
 * become 4xx, a provider outage a 503 with its message; anything else stays a 500.
 */
export function fromKnownError(error: unknown): TRPCError | undefined {
  if (isProviderUnavailable(error)) return serviceUnavailable(error.message);
  const code = databaseCode(error);
  if (isUniqueViolation(error)) return conflict('A record with the same unique value already exists');
  if (code === 'P2025') return notFound('Record');
  if (code === 'P2034') return conflict('The record was changed by another request; try again');
  return undefined;
}
