// `@bosonline/sdk/react`: tRPC's TanStack Query integration over the SDK's client, for React apps.
// Its own entry so the core stays free of React: React, TanStack Query and
// `@trpc/tanstack-react-query` are optional peer dependencies that only this entry imports.
//
// Everything of the core is imported by the package's own name, as types only: the published
// declarations then read the written-out client of `@bosonline/sdk` (never the server's router),
// and this entry's bundles carry no copy of the core.
import type { BosClient, BosErrorShape, BosProcedures } from '@bosonline/sdk';
import type { QueryClient } from '@tanstack/react-query';
import type { TRPCClient } from '@trpc/client';
import type {
  TRPCBuiltRouter,
  TRPCMutationProcedure,
  TRPCQueryProcedure,
  TRPCRouterRecord,
} from '@trpc/server';
import { createTRPCContext, createTRPCOptionsProxy, type TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { createElement, type ReactNode } from 'react';

/** What the server's tRPC instance is built with, as a client can see it. */
interface BosRootTypes {
  ctx: object;
  meta: object;
  errorShape: BosErrorShape;
  // superjson: outputs arrive as they were sent (a `Date` stays a `Date`).
  transformer: true;
}

type QueryOf<P> = P extends { query: (input: infer I, ...rest: never[]) => Promise<infer O> }
  ? TRPCQueryProcedure<{ input: I; output: O; meta: object }>
  : never;
type MutationOf<P> = P extends { mutate: (input: infer I, ...rest: never[]) => Promise<infer O> }
  ? TRPCMutationProcedure<{ input: I; output: O; meta: object }>
  : never;
/** The client's tree of procedures, back as the router record tRPC's tools are typed with. */
type RecordOf<T> = {
  [K in keyof T & string]: T[K] extends { query: unknown }
    ? QueryOf<T[K]>
    : T[K] extends { mutate: unknown }
      ? MutationOf<T[K]>
      : RecordOf<T[K]>;
};

/**
 * The API's router type, for tRPC's tools (`createTRPCContext<AppRouter>()`, `inferRouterOutputs`).
 * Made from the SDK's client type, so it carries the same inputs and outputs without the server:
 * `inferRouterInputs<AppRouter>` is `BosInputs`, `inferRouterOutputs<AppRouter>` is `BosOutputs`.
 */
export type AppRouter = TRPCBuiltRouter<
  BosRootTypes,
  RecordOf<BosProcedures> extends infer R extends TRPCRouterRecord ? R : never
>;

// At runtime a BosClient is the tRPC client over this router (plus a few members of its own).
const asTrpcClient = (client: BosClient) => client as unknown as TRPCClient<AppRouter>;

const context = createTRPCContext<AppRouter>();

export interface BosProviderProps {
  /** The client the app calls the API with (`createBosClient`). */
  client: BosClient;
  queryClient: QueryClient;
  children?: ReactNode;
}

/**
 * Makes `useTRPC()` and `useBosClient()` work below it. Put it inside your
 * `QueryClientProvider`, with the same `queryClient`.
 */
export function BosProvider({ client, queryClient, children }: BosProviderProps): ReactNode {
  return createElement(context.TRPCProvider, { trpcClient: asTrpcClient(client), queryClient, children });
}

/**
 * Query and mutation options for every procedure:
 * `useQuery(useTRPC().order.list.queryOptions({ status: 'unpaid' }))`,
 * `useMutation(useTRPC().product.create.mutationOptions())`, and their query keys for
 * invalidation (`trpc.order.list.queryKey()`).
 */
export const useTRPC: () => TRPCOptionsProxy<AppRouter> = context.useTRPC;

/** The client given to `BosProvider`, for calls outside TanStack Query (`bos.storeId = …`). */
export function useBosClient(): BosClient {
  return context.useTRPCClient() as unknown as BosClient;
}

/**
 * The same options as `useTRPC()`, outside React: route loaders, prefetching, tests.
 */
export function createBosOptionsProxy(options: {
  client: BosClient;
  queryClient: QueryClient;
}): TRPCOptionsProxy<AppRouter> {
  return createTRPCOptionsProxy<AppRouter>({
    client: asTrpcClient(options.client),
    queryClient: options.queryClient,
  });
}
