import type { sellerClient, TestServer } from '../harness.ts';

export type Seller = Awaited<ReturnType<typeof sellerClient>>;

/** Two stores: A owns records, B is the stranger who must never see or touch them. */
export interface TenancyFixture {
  server: TestServer;
  a: Seller;
  b: Seller;
  /** Ids of store A's records, filled by each domain's `seed`. */
  ids: Record<string, string>;
}

/**
 * How store B's call of one procedure, aimed at store A's records, must end:
 * `notFound` (A's record is indistinguishable from a missing one), `empty` (a list holding nothing
 * of A's), or a custom check (e.g. a create that lands in B's own store). Every successful answer
 * is also searched for A's ids (store, owner, seeded records): none may appear.
 */
export type Expectation =
  | 'notFound'
  | 'empty'
  | ((result: unknown, fx: TenancyFixture) => void | Promise<void>);

export interface TenancyCase {
  call: (b: Seller['client'], fx: TenancyFixture) => Promise<unknown>;
  expect: Expectation;
}

export interface DomainCases {
  /** Creates store A's records (through A's client) and records their ids in `fx.ids`. */
  seed?: (fx: TenancyFixture) => Promise<void>;
  /** One case per tenant-scoped procedure path of the domain, e.g. `bankAccount.detail`. */
  cases: Record<string, TenancyCase>;
}

/** Looks up an id a seed recorded, failing loudly when a case depends on a seed that did not run. */
export function idOf(fx: TenancyFixture, key: string): string {
  const id = fx.ids[key];
  if (!id) throw new Error(`no seeded id "${key}"`);
  return id;
}
