import type { FieldErrors } from '@bosonline/contracts';
import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { isProviderUnavailable } from '../ports/unavailable.ts';

// One place for the error model of DESIGN.md: services throw these, both doors render them.

/**
 * What a service says went wrong, in the error model's words and without any transport: jobs,
 * webhooks and the CLI call services too, and they must not depend on tRPC. Each door maps it at
 * its edge (`toTRPCError` below; the REST door goes through the same procedures).
 */
export type AppErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE';

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: { fieldErrors?: FieldErrors; retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }
}

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}

/** The detail tRPC's error formatter hands on to clients, carried as the TRPCError's cause. */
class AppErrorDetails extends Error {
  constructor(readonly details: AppError['details']) {
    super('details');
  }
}

/** The tRPC edge: the same code and message; field errors and the 429's wait ride as the cause. */
export function toTRPCError(error: AppError): TRPCError {
  return new TRPCError({
    code: error.code,
    message: error.message,
    cause: new AppErrorDetails(error.details),
  });
}

export function badRequest(message: string, fieldErrors?: FieldErrors): AppError {
  return new AppError('BAD_REQUEST', message, { fieldErrors });
}

/** How every field error's summary starts, schema failures and services' own checks alike. */
const invalidInput = 'Invalid input: ';

/** A single invalid field, reported the same way as a schema failure. */
export function invalidField(field: string, message: string): AppError {
  return badRequest(`${invalidInput}${field}: ${message}`, { [field]: [message] });
}

/**
 * A field error's summary (`Invalid input: <field>: …`, as `invalidField` and the services' own
 * field checks write it) with its field named as the door spells it, like `summarizeZodError`:
 * the REST door's message then says `items.order_items.0.item_sku`, as its `errors` key does.
 */
export function renameFieldInSummary(
  message: string,
  fields: FieldErrors | undefined,
  formatPath: (path: string) => string,
): string {
  if (!fields || !message.startsWith(invalidInput)) return message;
  const rest = message.slice(invalidInput.length);
  const field = Object.keys(fields).find((path) => rest.startsWith(`${path}: `));
  return field ? `${invalidInput}${formatPath(field)}${rest.slice(field.length)}` : message;
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what} not found`);
}

export function conflict(message: string, field?: string): AppError {
  return new AppError('CONFLICT', message, { fieldErrors: field ? { [field]: [message] } : undefined });
}

export function unauthorized(message = 'Authentication required'): AppError {
  return new AppError('UNAUTHORIZED', message);
}

export function forbidden(message = 'You do not have permission to do this'): AppError {
  return new AppError('FORBIDDEN', message);
}

/** `hint` says what else the person can do meanwhile (e.g. reset the password). */
export function tooManyRequests(retryAfterSeconds: number, hint?: string): AppError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new AppError(
    'TOO_MANY_REQUESTS',
    `Too many attempts. Try again in ${seconds} seconds.${hint ? ` ${hint}` : ''}`,
    { retryAfterSeconds: seconds },
  );
}

/** The whole seconds a 429 asks the caller to wait, or undefined for any other error. */
export function retryAfterOf(error: unknown): number | undefined {
  return error instanceof AppErrorDetails || error instanceof AppError
    ? error.details.retryAfterSeconds
    : undefined;
}

export function serviceUnavailable(message: string): AppError {
  return new AppError('SERVICE_UNAVAILABLE', message);
}

export function fieldErrorsOf(error: unknown): FieldErrors | undefined {
  if (error instanceof ZodError) {
    const out: FieldErrors = {};
    for (const issue of error.issues) {
      const key = issue.path.length ? issue.path.join('.') : '_';
      // One check can fail twice the same way (an https URL's protocol and host): say it once.
      if (!out[key]?.includes(issue.message)) out[key] = [...(out[key] ?? []), issue.message];
    }
    return out;
  }
  if (error instanceof AppErrorDetails || error instanceof AppError) return error.details.fieldErrors;
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
  const distinct = new Set(error.issues.map((issue) => `${issue.path.join('.')}\n${issue.message}`)).size;
  const more = distinct > 1 ? ` (and ${distinct - 1} more)` : '';
  return `${invalidInput}${where}${first.message}${more}`;
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
 * A number too large for its column (SQLSTATE 22003, "integer out of range"): from a Prisma query
 * (P2020), a raw statement (P2010 with the driver's `ValueOutOfRange`; both adapters, pg and PGlite,
 * name it so), or the bare driver error. Input schemas and the checkout refuse such numbers first;
 * this is the net for any the rules did not foresee.
 */
export function isValueOutOfRange(error: unknown): boolean {
  const code = databaseCode(error);
  if (code === 'P2020' || code === '22003') return true;
  return code === 'P2010' && driverErrorKind(error) === 'ValueOutOfRange';
}

/**
 * Maps what services let propagate onto the error model: their own `AppError`s as they are,
 * database errors that user input can cause as 4xx, a provider outage as a 503 with its message;
 * anything else stays a 500.
 */
export function fromKnownError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (isProviderUnavailable(error)) return serviceUnavailable(error.message);
  const code = databaseCode(error);
  if (isUniqueViolation(error)) return conflict('A record with the same unique value already exists');
  if (isValueOutOfRange(error)) return badRequest('A number is too large to store');
  if (code === 'P2025') return notFound('Record');
  if (code === 'P2034') return conflict('The record was changed by another request; try again');
  return undefined;
}
