import { callTRPCProcedure, getTRPCErrorFromUnknown, TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { ZodError } from 'zod';
import type { Context } from '../context.ts';
import {
  fieldErrorsOf,
  fromKnownError,
  renameFieldInSummary,
  summarizeZodError,
  toTRPCError,
} from '../lib/errors.ts';
import { findInputProblem, inputProblemError } from '../lib/input-guard.ts';
import { appRouter } from '../root.ts';
import { toCamelKeys, toSnakeKeys, toSnakePath } from './case.ts';
import type { RestRequest, RestRoute } from './route.ts';

export interface RestResponse {
  status: number;
  body: { message: string; data?: unknown; errors?: Record<string, string[]> };
}

function defaultInput(req: RestRequest): unknown {
  // Uploads reach the procedure as the FormData they arrived as.
  if (req.body instanceof FormData) return req.body;
  const body = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? req.body : {};
  const merged = { ...(body as object), ...req.query, ...req.params };
  return Object.keys(merged).length ? merged : undefined;
}

/** An upload's form with its declared fields the query gave and the form did not (names as sent). */
function withQueryFields(route: RestRoute, form: FormData, query: Record<string, string>): FormData {
  const missing = Object.keys(route.formFields ?? {}).filter((name) => !form.has(name) && name in query);
  if (!missing.length) return form;
  const merged = new FormData();
  form.forEach((value, name) => {
    merged.append(name, value);
  });
  for (const name of missing) merged.set(name, query[name] as string);
  return merged;
}

/** Runs a route's procedure exactly as the tRPC door would, and shapes the answer as the spec does. */
export async function callRest(route: RestRoute, ctx: Context, req: RestRequest): Promise<RestResponse> {
  const type = route.method === 'GET' ? 'query' : 'mutation';
  // Depth first: the key conversion below recurses. Text is checked with every input, in the procedure.
  const problem = findInputProblem(req.body, { checkText: false });
  if (problem)
    return restError(new TRPCError({ code: 'BAD_REQUEST', cause: inputProblemError(problem) }), ctx);
  try {
    const camel: RestRequest = {
      params: toCamelKeys(req.params) as Record<string, string>,
      query: toCamelKeys(req.query) as Record<string, string>,
      body:
        req.body instanceof FormData ? withQueryFields(route, req.body, req.query) : toCamelKeys(req.body),
    };
    const input = (route.input ?? defaultInput)(camel);
    const data = await callTRPCProcedure({
      router: appRouter,
      path: route.withToken && ctx.req.bearer ? route.withToken : route.procedure,
      getRawInput: async () => input,
      ctx,
      type,
      signal: undefined,
      batchIndex: 0,
    });
    const message = typeof route.message === 'function' ? route.message(data) : route.message;
    return {
      status: route.status ?? 200,
      body: route.omitData ? { message } : { message, data: toSnakeKeys(data) },
    };
  } catch (cause) {
    // A route's own input mapping runs outside the procedure, so its errors are mapped here too.
    const known = cause instanceof TRPCError ? undefined : fromKnownError(cause);
    return restError(known ? toTRPCError(known) : getTRPCErrorFromUnknown(cause), ctx);
  }
}

export function restError(error: TRPCError, ctx: Pick<Context, 'logger' | 'req'>): RestResponse {
  const status = getHTTPStatusCodeFromError(error);
  if (error.code === 'INTERNAL_SERVER_ERROR') {
    ctx.logger.error({ err: error.cause ?? error, requestId: ctx.req.requestId }, 'unhandled error');
    return { status, body: { message: 'Internal server error' } };
  }
  const zod = error.cause instanceof ZodError ? error.cause : undefined;
  const fields = fieldErrorsOf(error.cause);
  const errors = fields
    ? Object.fromEntries(Object.entries(fields).map(([path, messages]) => [toSnakePath(path), messages]))
    : undefined;
  const message = zod
    ? summarizeZodError(zod, toSnakePath)
    : renameFieldInSummary(error.message, fields, toSnakePath);
  return { status, body: errors ? { message, errors } : { message } };
}
