import type { AnyTRPCProcedure, inferProcedureOutput } from '@trpc/server';
import type { AppRouter } from '../root.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** Every procedure's dotted path (`admin.auth.login`), so a route cannot name a missing one. */
type PathsOf<TRecord, TPrefix extends string = ''> = {
  [K in keyof TRecord & string]: TRecord[K] extends AnyTRPCProcedure
    ? `${TPrefix}${K}`
    : PathsOf<TRecord[K], `${TPrefix}${K}.`>;
}[keyof TRecord & string];
export type ProcedurePath = PathsOf<AppRouter['_def']['record']>;

/** The procedure at a dotted path. */
type ProcedureAt<TRecord, TPath extends string> = TPath extends `${infer Head}.${infer Rest}`
  ? Head extends keyof TRecord
    ? ProcedureAt<TRecord[Head], Rest>
    : never
  : TPath extends keyof TRecord
    ? TRecord[TPath]
    : never;
/** What the procedure at `P` answers (before the door renames its keys). */
export type OutputAt<P extends ProcedurePath> =
  ProcedureAt<AppRouter['_def']['record'], P> extends infer Proc extends AnyTRPCProcedure
    ? inferProcedureOutput<Proc>
    : never;

/** Who may call a route: read from the procedure's builder (rest-routes.ts), never written by hand. */
export type RestAuth = 'public' | 'seller' | 'admin';

/** What the REST door hands a route to build the procedure's input from (keys in camelCase). */
export interface RestRequest {
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}

/**
 * One spec endpoint served by one procedure. The door converts snake_case ⇄ camelCase keys,
 * wraps the result as `{ message, data }` and renders errors like the tRPC door does.
 */
export interface RestRoute {
  method: HttpMethod;
  /** The spec's path, with `{param}` placeholders. */
  path: string;
  procedure: ProcedurePath;
  /**
   * Answers instead of `procedure` when the request carries a bearer token (a signed-in seller on a
   * public route: `POST /order/{id}` from the Order List's "Atur Pengiriman"). The token is then
   * checked like any signed-in call: a bad or expired one is a 401, never the public answer.
   */
  withToken?: ProcedurePath;
  summary: string;
  tag: string;
  auth: RestAuth;
  /** The `message` of a successful answer. */
  message: string | ((data: unknown) => string);
  /** Build the procedure input; by default body, query and path params merged (params win). */
  input?: (req: RestRequest) => unknown;
  /** Leave `data` out of the answer (the procedure's output is just a message). */
  omitData?: boolean;
  status?: 200 | 201;
  /** Takes multipart/form-data (a file upload) instead of JSON, with a larger body limit. */
  upload?: boolean;
  /**
   * An upload's fields besides `file` (snake_case), for the document; each may come in the query
   * string instead (`?preview=true`), as clients put options there. The form's own value wins.
   */
  formFields?: Record<string, FormField>;
}

/** One field of an upload's form, as the OpenAPI document describes it. */
export interface FormField {
  type: 'string' | 'integer' | 'boolean';
  description: string;
  /** The upload is refused without it (listed in the form's `required`). */
  required?: boolean;
  /** e.g. `uuid`, so generated clients and validators know the field's shape. */
  format?: string;
}

/** A route as a domain writes it: `auth` comes from the procedure, `message` sees its output. */
export type RestRouteSpec<P extends ProcedurePath> = Omit<RestRoute, 'auth' | 'procedure' | 'message'> & {
  procedure: P;
  message: string | ((data: OutputAt<P>) => string);
};

/** A domain's routes, each `message` typed by its own procedure's output. */
export function restRoutes<const P extends readonly ProcedurePath[]>(
  routes: {
    [I in keyof P]: RestRouteSpec<P[I]>;
  },
): Omit<RestRoute, 'auth'>[] {
  // The door calls each `message` with its own procedure's output, so widening it to unknown is safe.
  return routes as unknown as Omit<RestRoute, 'auth'>[];
}
