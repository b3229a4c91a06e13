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
export type BosClient = TRPCClient<AppRouter>;

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
export type BosInputs = TreeOf<BosClient, 'input'>;
/** The output of every procedure: `BosOutputs['order']['detail']`. */
export type BosOutputs = TreeOf<BosClient, 'output'>;
