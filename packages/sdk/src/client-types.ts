import type { AppRouter } from '@bosonline/api';
import type { TRPCClient } from '@trpc/client';

/** Options of one call, e.g. `bos.order.list.query(input, { signal })`. */
export interface BosCallOptions {
  /** Context for the client's links (not sent to the server). */
  context?: Record<string, unknown>;
  /** Aborts the call. */
  signal?: AbortSignal;
}

/**
 * Every procedure of the API, with its input and output types. Here it is read off the server's
 * router; the published package replaces it with the same types written out in full
 * (`scripts/emit-client-types.mjs`), so a consumer's compiler does not infer the router again.
 */
export type BosProcedures = TRPCClient<AppRouter>;

/** What the client does besides calling procedures: the session it calls them in. */
export interface BosClientControls {
  /**
   * The store calls act in (sent as `X-Store-Id`), for people who work in several stores.
   * Assign to switch stores from the next call on; `undefined`: the user's own store.
   */
  storeId: string | undefined;
  /**
   * Rotates the tokens now (the client also does it by itself on a 401). Calls made meanwhile share
   * the one refresh. Rejects with the server's error (`UNAUTHORIZED` once the session is revoked),
   * or with a plain `Error` when the client holds no refresh token.
   */
  refresh(): Promise<void>;
}

/** The client `createBosClient` returns: `bos.<area>.<name>.query(input)` or `.mutate(input)`. */
export type BosClient = BosProcedures & BosClientControls;

type Procedure = { query: (input: never) => unknown } | { mutate: (input: never) => unknown };
type InputOf<P> = P extends { query: (input: infer I, ...rest: never[]) => unknown }
  ? I
  : P extends { mutate: (input: infer I, ...rest: never[]) => unknown }
    ? I
    : never;
type OutputOf<P> = P extends { query: (...args: never[]) => Promise<infer O> }
  ? O
  : P extends { mutate: (...args: never[]) => Promise<infer O> }
    ? O
    : never;
type TreeOf<T, Leaf extends 'input' | 'output'> = {
  [K in keyof T as K extends string ? K : never]: T[K] extends Procedure
    ? Leaf extends 'input'
      ? InputOf<T[K]>
      : OutputOf<T[K]>
    : TreeOf<T[K], Leaf>;
};

/** The input of every procedure: `BosInputs['product']['create']`. */
export type BosInputs = TreeOf<BosProcedures, 'input'>;
/** The output of every procedure: `BosOutputs['order']['detail']`. */
export type BosOutputs = TreeOf<BosProcedures, 'output'>;
