import {
  type AdminPermission,
  adminRoleCan,
  apiKeyAllows,
  type Permission,
  transformer,
} from '@bosonline/contracts';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { Context } from './context.ts';
import { authenticate } from './domains/auth/authenticate.ts';
import { storeUnavailable } from './domains/form/published.ts';
import { auditorFor } from './lib/audit.ts';
import {
  fieldErrorsOf,
  forbidden,
  fromKnownError,
  retryAfterOf,
  summarizeZodError,
  toTRPCError,
  unauthorized,
} from './lib/errors.ts';
import { findInputProblem, inputProblemError } from './lib/input-guard.ts';
import { assertCan } from './lib/permission.ts';
import type { RateLimitName } from './lib/rate-limit.ts';

/** Procedure metadata. `tenantScoped` marks what the cross-tenant test must cover. */
export interface ProcedureMeta {
  tenantScoped?: boolean;
  /** The store permission a procedure requires (set by `sellerCan`); API key scopes grant these. */
  permission?: Permission;
  /** The platform-staff permission a procedure requires (set by `adminCan`). */
  adminPermission?: AdminPermission;
  /** Only platform staff may call it (set by `adminProcedure`), so tests find every such procedure. */
  platformStaff?: boolean;
  /** A signed-in seller-realm user is required (set by `authedProcedure`); REST routes' `auth` reads it. */
  signedIn?: boolean;
}

/**
 * The shared superjson transformer, guarded on the way in: a body nested past any real input is
 * refused before superjson recurses into it, and whatever superjson cannot read (a crafted `meta`)
 * is a plain 400 rather than its internal error.
 */
const serverTransformer = {
  input: {
    serialize: (value: unknown) => transformer.serialize(value),
    deserialize: (value: unknown) => {
      const problem = findInputProblem(value, { checkText: false });
      if (problem) throw new TRPCError({ code: 'BAD_REQUEST', cause: inputProblemError(problem) });
      try {
        return transformer.deserialize(value as Parameters<typeof transformer.deserialize>[0]);
      } catch {
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'Request input could not be read' });
      }
    },
  },
  output: transformer,
};

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: serverTransformer,
    // Never ship stack traces to clients, whatever NODE_ENV says.
    isDev: false,
    errorFormatter({ shape, error }) {
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      const zod = error.cause instanceof ZodError ? error.cause : undefined;
      return {
        message: internal ? 'Internal server error' : zod ? summarizeZodError(zod) : shape.message,
        code: shape.code,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          fieldErrors: internal ? undefined : fieldErrorsOf(error.cause),
          retryAfterSeconds: retryAfterOf(error.cause),
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Every procedure's edge, on both doors, in one middleware (each level of tRPC's middleware chain
 * copies the call's options and context: one level instead of two is ~3 % of a cheap read):
 *
 * - Every string of every input, before any schema or query sees it: NUL characters and lone
 *   surrogates are a 400 naming the field (the database would answer them with a 500).
 * - The one mapping of errors services let propagate (the REST door calls the same procedures):
 *   their `AppError`s keep their code, database errors that user input can provoke become 4xx,
 *   provider outages (`ProviderUnavailableError`) a 503, instead of 500.
 */
const edge = t.middleware(async ({ getRawInput, next }) => {
  const problem = findInputProblem(await getRawInput());
  if (problem) throw new TRPCError({ code: 'BAD_REQUEST', cause: inputProblemError(problem) });
  const result = await next();
  if (!result.ok && !(result.error.cause instanceof TRPCError)) {
    const mapped = fromKnownError(result.error.cause);
    if (mapped) throw toTRPCError(mapped);
  }
  return result;
});

export const publicProcedure = t.procedure.use(edge);

/** A public procedure counted per caller address under `rule` (429 once the budget is spent). */
export function rateLimitedProcedure(rule: RateLimitName) {
  return publicProcedure.use(async ({ ctx, next }) => {
    await ctx.rateLimits.consume(rule, ctx.req.ip ?? 'unknown');
    return next();
  });
}

/** Any logged-in seller-realm user (owner or staff), with or without a store. */
export const authedProcedure = publicProcedure
  .meta({ signedIn: true })
  .use(async ({ ctx, next, path, type, meta }) => {
    const auth = await authenticate(ctx);
    if (auth.realm !== 'seller') throw forbidden('This action is for sellers');
    // The one check of what an API key may reach, on both doors (REST calls procedures by path too).
    if (auth.apiKey && !apiKeyAllows(auth.apiKey.scopes, { path, type, permission: meta?.permission })) {
      throw forbidden(`This API key's scopes (${auth.apiKey.scopes.join(', ')}) do not allow ${path}`);
    }
    return next({
      ctx: {
        actor: auth.actor,
        tenant: auth.tenant,
        account: auth.account ?? null,
        storeUnavailable: auth.storeUnavailable ?? false,
      },
    });
  });

/** A seller acting inside their store: every query of such a procedure is scoped by `ctx.tenant`. */
export const sellerProcedure = authedProcedure.meta({ tenantScoped: true }).use(({ ctx, next }) => {
  if (!ctx.tenant) {
    // A suspended owner's store: the same words its buyers see on its forms.
    if (ctx.storeUnavailable) throw storeUnavailable();
    throw forbidden(
      ctx.req.storeId
        ? 'You are not an active member of that store'
        : 'Your account is not a member of an active store',
    );
  }
  return next({ ctx: { tenant: ctx.tenant } });
});

/** A seller whose store role grants `permission` (see contracts/permissions.ts). */
export function sellerCan(permission: Permission) {
  return sellerProcedure.meta({ permission }).use(({ ctx, next }) => {
    assertCan(ctx.tenant, permission);
    return next();
  });
}

/**
 * `sellerCan(permission)` for a domain's writes: after each one succeeds (its transaction has
 * committed), `forget` drops what buyers' pages cached of the store (domains/cache/forget.ts).
 * The one hook per domain, so a write added later cannot leave a stale form behind.
 */
export function sellerWrites(
  permission: Permission,
  forget: (ctx: Pick<Context, 'db' | 'logger' | 'ports'>, storeId: string) => Promise<void>,
) {
  return sellerCan(permission).use(async ({ ctx, next }) => {
    const result = await next();
    if (result.ok) await forget(ctx, ctx.tenant.storeId);
    return result;
  });
}

/** Platform staff: a separate realm with its own login; seller tokens are refused here. */
export const adminProcedure = publicProcedure.meta({ platformStaff: true }).use(async ({ ctx, next }) => {
  const auth = await authenticate(ctx);
  if (auth.realm !== 'admin') throw forbidden('This action is for platform staff');
  return next({ ctx: { admin: auth.admin, actor: auth.actor } });
});

/** Platform staff whose role grants `permission` (the admin table in contracts/permissions.ts). */
export function adminCan(permission: AdminPermission) {
  return adminProcedure.meta({ adminPermission: permission }).use(({ ctx, next }) => {
    if (!adminRoleCan(ctx.admin.role, permission)) {
      throw forbidden(`Your role (${ctx.admin.role}) is not allowed to do this`);
    }
    return next();
  });
}

/**
 * `adminCan(permission)` for writes, and the one place admin writes are audited: the procedure
 * gets `ctx.audit` and records what it changed inside its own transaction (lib/audit.ts); who,
 * which procedure, the request id and when are filled in here. A write that succeeds without
 * recording is a bug, logged loudly, so a new write cannot slip past the log unnoticed.
 */
export function adminWrites(permission: AdminPermission) {
  return adminCan(permission).use(async ({ ctx, next, path }) => {
    let recorded = 0;
    const audit = auditorFor(
      ctx.admin,
      { action: path, requestId: ctx.req.requestId, ip: ctx.req.ip },
      () => {
        recorded += 1;
      },
    );
    const result = await next({ ctx: { audit } });
    if (result.ok && recorded === 0) ctx.logger.error({ path }, 'admin write recorded no audit row');
    return result;
  });
}

export { unauthorized };
