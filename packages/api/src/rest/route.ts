import type { AnyTRPCProcedure } from '@trpc/server';
import type { AppRouter } from '../root.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** Every procedure's dotted path (`admin.auth.login`), so a route cannot name a missing one. */
type PathsOf<TRecord, TPrefix extends string = ''> = {
  [K in keyof TRecord & string]: TRecord[K] extends AnyTRPCProcedure
    ? `${TPrefix}${K}`
    : PathsOf<TRecord[K], `${TPrefix}${K}.`>;
}[keyof TRecord & string];
export type ProcedurePath = PathsOf<AppRouter['_def']['record']>;

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
  summary: string;
  tag: string;
  auth: 'public' | 'seller' | 'admin';
  /** The `message` of a successful answer. */
  message: string | ((data: unknown) => string);
  /** Build the procedure input; by default body, query and path params merged (params win). */
  input?: (req: RestRequest) => unknown;
  /** Leave `data` out of the answer (the procedure's output is just a message). */
  omitData?: boolean;
  status?: 200 | 201;
  /** Takes multipart/form-data (a file upload) instead of JSON, with a larger body limit. */
  upload?: boolean;
}

export function restRoutes(routes: RestRoute[]): RestRoute[] {
  return routes;
}
