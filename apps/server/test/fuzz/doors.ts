import { appRouter, type ProcedureInfo, type RestRoute } from '@bosonline/api';
import { createBosClient } from '@bosonline/sdk';
import { demoAccounts } from '../../src/seed/demo.ts';
import { adminLogin, demoAdmin } from '../admin-harness.ts';
import { sellerClient, type TestServer } from '../harness.ts';

// How the fuzz test reaches a procedure: as the SDK calls it (tRPC over HTTP) and through the
// spec's REST paths, each time as the caller the procedure is meant for, and what it sees of the
// database (row counts of every table) to tell that a refused call wrote nothing.

/** A procedure's input schema, as the router holds it (absent for a procedure without input). */
export function inputSchemaOf(path: string): unknown {
  const flat = appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[] } }>;
  return flat[path]?._def.inputs[0];
}

/** Admin-realm procedures go to platform staff; the rest to a store owner (public ones ignore it). */
export type Realm = 'seller' | 'admin';
export const realmOf = (procedure: ProcedureInfo): Realm =>
  procedure.path.startsWith('admin.') ? 'admin' : 'seller';

/**
 * Logged-in callers that stay logged in: a fuzzed call may end its own session (auth.logout,
 * session.revoke with a lucky id…) or change the seller's email (profile.update), so each
 * procedure starts by checking the token still answers, and logs in again with the account's
 * current email when it does not (or as a new seller, should the account be gone).
 */
export class Callers {
  private tokens: Partial<Record<Realm, string>> = {};
  private seller: { login: string; password: string; userId?: string } = {
    login: demoAccounts.seller.email,
    password: demoAccounts.seller.password,
  };
  constructor(private readonly server: TestServer) {}

  async token(realm: Realm): Promise<string> {
    const token = this.tokens[realm];
    if (token && (await this.answers(realm, token))) return token;
    const fresh =
      realm === 'admin'
        ? (await adminLogin(this.server, demoAdmin.email, demoAdmin.password)).token
        : await this.sellerLogin();
    this.tokens[realm] = fresh;
    return fresh;
  }

  private async sellerLogin(): Promise<string> {
    const { userId } = this.seller;
    const user = userId ? await this.server.db.user.findUnique({ where: { id: userId } }) : undefined;
    if (user) this.seller.login = user.email;
    try {
      const tokens = await this.server.client().auth.login.mutate(this.seller);
      if (!userId)
        this.seller.userId = (await this.server.client({ token: tokens.accessToken }).profile.me.query()).id;
      return tokens.accessToken;
    } catch {
      const created = await sellerClient(this.server);
      this.seller = {
        login: created.seller.email,
        password: created.seller.password,
        userId: created.userId,
      };
      return created.token;
    }
  }

  private async answers(realm: Realm, token: string): Promise<boolean> {
    const path = realm === 'admin' ? 'admin.auth.me' : 'profile.me';
    const res = await fetch(`${this.server.url}/trpc/${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    await res.body?.cancel();
    return res.ok;
  }
}

/** The HTTP status of one tRPC call made through the SDK (a batch of one, so its status is the call's). */
export async function callTrpc(server: TestServer, token: string, procedure: ProcedureInfo, input: unknown) {
  let status = 0;
  const client = createBosClient({
    url: server.url,
    token,
    fetch: async (url, init) => {
      const res = await fetch(url, init);
      status = res.status;
      return res;
    },
  });
  let node: unknown = client;
  for (const segment of procedure.path.split('.')) node = (node as Record<string, unknown>)[segment];
  const call = (node as Record<string, (input: unknown) => Promise<unknown>>)[
    procedure.type === 'query' ? 'query' : 'mutate'
  ] as (input: unknown) => Promise<unknown>;
  const outcome = await call(input).then(
    () => 'ok',
    (error: unknown) => String(error),
  );
  if (!status) throw new Error(`no HTTP answer from ${procedure.path}: ${outcome}`);
  return { status, outcome };
}

const camelIdentifier = /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/;
const toSnake = (key: string) =>
  camelIdentifier.test(key) ? key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : key;
const toCamel = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function snakeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [toSnake(key), snakeKeys(item)]));
  return value;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * The procedure input as a curl user would send it to `route`: path parameters taken from the
 * input's field of that name (else `fallbackParam`), the rest as the query of a GET or the JSON body.
 */
export function restRequest(route: RestRoute, input: unknown, fallbackParam: string) {
  const rest = isPlainObject(input) ? { ...input } : undefined;
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const key = toCamel(name);
    const value = rest?.[key];
    if (rest) delete rest[key];
    const text = value === undefined || value === null || typeof value === 'object' ? '' : String(value);
    return encodeURIComponent(text || fallbackParam);
  });
  if (route.method === 'GET') {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(rest ?? {})) {
      if (value === undefined) continue;
      query.set(toSnake(key), typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
    const search = query.toString();
    return { method: route.method, path: search ? `${path}?${search}` : path, body: undefined };
  }
  const body = input === undefined ? undefined : JSON.stringify(snakeKeys(rest ?? input));
  return { method: route.method, path, body };
}

/** The status of one REST call (its body may not even be JSON: an unmatched path is Hono's 404). */
export async function callRest(
  server: TestServer,
  token: string,
  request: ReturnType<typeof restRequest>,
): Promise<{ status: number; text: string }> {
  const res = await fetch(`${server.url}${request.path}`, {
    method: request.method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: request.body,
  });
  return { status: res.status, text: (await res.text()).slice(0, 300) };
}

/** Row counts of every table of the schema, in one statement. */
async function rowCounter(db: TestServer['db']) {
  const tables = (
    await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY 1`,
    )
  ).map((row) => row.name);
  if (!tables.length) throw new Error('no tables found to count');
  const sql = `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}")::int AS "${t}"`).join(', ')}`;
  return async (): Promise<Record<string, number>> =>
    ((await db.$queryRawUnsafe<Record<string, number>[]>(sql))[0] ?? {}) as Record<string, number>;
}

/**
 * What was written since the last look, as the tables whose row count moved. Counting every
 * table (91 000 regions among them) costs ~15 ms on PGlite, so it is done only when something
 * was written at all: every write transaction takes a transaction id, so while the next id to
 * hand out (the snapshot's xmax) stands still, no row can have come or gone.
 */
export async function writeWatch(db: TestServer['db']) {
  const countRows = await rowCounter(db);
  const nextXid = async () =>
    (
      await db.$queryRawUnsafe<{ xid: string }[]>(
        'SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xid',
      )
    )[0]?.xid;
  let seen = { xid: await nextXid(), counts: await countRows() };
  return async function changedSinceLastLook(): Promise<string[]> {
    const xid = await nextXid();
    if (xid === seen.xid) return [];
    const counts = await countRows();
    const changed = Object.keys({ ...seen.counts, ...counts })
      .filter((t) => seen.counts[t] !== counts[t])
      .map((t) => `${t}: ${seen.counts[t]} → ${counts[t]}`);
    seen = { xid, counts };
    return changed;
  };
}
