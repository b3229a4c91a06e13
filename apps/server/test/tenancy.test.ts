import { listProcedures } from '@bosonline/api';
import { isBosError } from '@bosonline/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sellerClient, startTestServer } from './harness.ts';
import type { TenancyCase, TenancyFixture } from './tenancy/case.ts';
import { domainCases } from './tenancy/index.ts';

// Every procedure built on sellerProcedure is tenant-scoped (meta.tenantScoped). For each one,
// store B calls it with store A's ids and must get 404 or an empty list, never A's data. The
// procedure list comes from the router itself, so a new procedure without a case fails here.

const scoped = listProcedures()
  .filter((procedure) => procedure.meta.tenantScoped)
  .map((procedure) => procedure.path)
  .sort();

const cases = new Map<string, TenancyCase>();
for (const domain of domainCases) {
  for (const [path, c] of Object.entries(domain.cases)) cases.set(path, c);
}

function isList(value: unknown): boolean {
  return Array.isArray(value) || (!!value && typeof value === 'object' && 'items' in value);
}

/** Any of store A's ids (its store id and every seeded record) appearing anywhere in an answer. */
function leakedIds(result: unknown, fx: TenancyFixture): string[] {
  const text = JSON.stringify(result ?? null);
  return [fx.a.storeId, fx.a.userId, ...Object.values(fx.ids)].filter((id) => text.includes(id));
}

let fx: TenancyFixture;
beforeAll(async () => {
  const server = await startTestServer();
  fx = { server, a: await sellerClient(server), b: await sellerClient(server), ids: {} };
  for (const domain of domainCases) await domain.seed?.(fx);
});
afterAll(() => fx?.server.close());

describe('tenant isolation', () => {
  it('has a case for every tenant-scoped procedure, and none for a procedure that is not', () => {
    expect(scoped.length).toBeGreaterThan(0);
    expect(scoped.filter((path) => !cases.has(path))).toEqual([]);
    expect([...cases.keys()].filter((path) => !scoped.includes(path))).toEqual([]);
  });

  it.each(scoped.filter((path) => cases.has(path)))('%s never reaches another store', async (path) => {
    const c = cases.get(path) as TenancyCase;
    const outcome = await c.call(fx.b.client, fx).then(
      (result) => ({ ok: true as const, result }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    if (c.expect === 'notFound') {
      expect(outcome.ok ? outcome.result : undefined).toBeUndefined();
      if (!outcome.ok) expect(isBosError(outcome.error, 'NOT_FOUND'), String(outcome.error)).toBe(true);
      return;
    }
    if (!outcome.ok) throw outcome.error;
    // Whatever B gets back, none of A's ids may be in it (B's own records may be).
    expect(leakedIds(outcome.result, fx)).toEqual([]);
    if (c.expect === 'empty') expect(isList(outcome.result), 'expected a list').toBe(true);
    else await c.expect(outcome.result, fx);
  });
});
