import { listProcedures, type ProcedureInfo, type RestRoute, restRouteTable } from '@bosonline/api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidArbitrary, validArbitrary } from './fuzz/arbitrary.ts';
import {
  Callers,
  callRest,
  callTrpc,
  inputSchemaOf,
  realmOf,
  restRequest,
  writeWatch,
} from './fuzz/doors.ts';
import { startTestServer, type TestServer } from './harness.ts';

// Property fuzz of every procedure, from its own zod input schema, through both doors: values of
// the schema's shape and deliberately wrong ones, as the caller the procedure is meant for. Never a
// 5xx; a 4xx writes nothing (no table's row count moves). Valid values may succeed and write.
// The procedures (and REST routes) are read from the router, so a new one is fuzzed unasked.
// A failure prints fast-check's seed and the (shrunk) input that broke it.

// Fixed in CI; FUZZ_SEED and FUZZ_RUNS let a session dig deeper (FUZZ_SHRINK=1 shrinks a failure).
const seed = Number(process.env.FUZZ_SEED ?? 17);
/** Small on purpose: the file runs twice in CI (PGlite and PostgreSQL) on busy machines. */
const perKind = Number(process.env.FUZZ_RUNS ?? 2);
const runs = { valid: perKind, invalid: perKind };

const procedures = listProcedures()
  .filter((p) => p.type !== 'subscription')
  .sort((a, b) => a.path.localeCompare(b.path));
const byPath = new Map(procedures.map((p) => [p.path, p]));
const routes = restRouteTable.map((route) => [`${route.method} ${route.path}`, route] as const);

let server: TestServer;
let callers: Callers;
let changes: Awaited<ReturnType<typeof writeWatch>>;
beforeAll(async () => {
  server = await startTestServer({ seed: true });
  callers = new Callers(server);
  changes = await writeWatch(server.db);
});
afterAll(() => server?.close());

/** Path parameters a REST call may carry when the input names them otherwise (order routes' `id` is the invoice). */
const someParam = fc.oneof(
  fc.uuid(),
  fc.stringMatching(/^INV\d{1,6}$/),
  fc.string({ minLength: 1, maxLength: 20 }),
);

/** Runs `call` on `numRuns` inputs: never a 5xx, and a 4xx leaves every table's row count as it was. */
async function fuzz<T>(
  procedure: ProcedureInfo,
  inputs: fc.Arbitrary<T>,
  numRuns: number,
  call: (token: string, input: T) => Promise<{ status: number; text: string }>,
) {
  const token = await callers.token(realmOf(procedure));
  await fc.assert(
    fc.asyncProperty(inputs, async (input) => {
      await changes(); // whatever came before this call (a login, an earlier success) is not its doing
      const answer = await call(token, input);
      const shown = `${answer.status} ${answer.text}`;
      expect(answer.status, shown).toBeLessThan(500);
      const written = await changes();
      if (answer.status >= 400) expect(written, shown).toEqual([]);
    }),
    { seed, numRuns, endOnFailure: !process.env.FUZZ_SHRINK },
  );
}

describe('fuzz: tRPC door (the SDK)', () => {
  it('covers every procedure', () => expect(procedures.length).toBeGreaterThan(150));

  it.each(procedures.map((p) => [p.path, p] as const))('%s', async (_path, procedure) => {
    const schema = inputSchemaOf(procedure.path);
    const trpc = async (token: string, input: unknown) => {
      const answer = await callTrpc(server, token, procedure, input);
      return { status: answer.status, text: answer.outcome };
    };
    await fuzz(procedure, validArbitrary(schema), runs.valid, trpc);
    await fuzz(procedure, invalidArbitrary(schema), runs.invalid, trpc);
  });
});

describe('fuzz: REST door', () => {
  it('covers every route', () => expect(routes.length).toBeGreaterThan(150));

  it.each(routes)('%s', async (_name, route: RestRoute) => {
    const procedure = byPath.get(route.procedure) as ProcedureInfo;
    const schema = inputSchemaOf(route.procedure);
    const rest = (token: string, [input, param]: [unknown, string]) =>
      callRest(server, token, restRequest(route, input, param));
    await fuzz(procedure, fc.tuple(validArbitrary(schema), someParam), runs.valid, rest);
    await fuzz(procedure, fc.tuple(invalidArbitrary(schema), someParam), runs.invalid, rest);
  });
});
