import { isBosError } from '@bosonline/sdk';
import { createBosOptionsProxy } from '@bosonline/sdk/react';
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { session } from './session.ts';

/** `useTRPC()` gives `trpc.order.list.queryOptions(…)` and friends, over the session's client. */
export { BosProvider, useBosClient, useTRPC } from '@bosonline/sdk/react';

/** A 4xx will answer the same on a retry; only network trouble and 5xx are worth another go. */
function shouldRetry(failures: number, error: unknown): boolean {
  const status = isBosError(error) ? error.data?.httpStatus : undefined;
  if (status !== undefined && status < 500) return false;
  return failures < 2;
}

export function createQueryClient(onUnauthorized: () => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      // The SDK already tried a refresh: a 401 reaching here means the session is over.
      onError: (error) => {
        if (isBosError(error, 'UNAUTHORIZED')) onUnauthorized();
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 15_000 },
      mutations: { retry: false },
    },
  });
}

let sessionEnded = () => {};
/** What to do when the SDK could not refresh the session (main.tsx: back to the login page). */
export function onSessionEnded(handler: () => void) {
  sessionEnded = handler;
}

/** The app's one cache of answers, shared by the pages and the route loaders. */
export const queryClient = createQueryClient(() => sessionEnded());

/**
 * `useTRPC()`'s options outside React, over the session's current client: route loaders ask for
 * a page's data while the page's code is still on its way.
 */
export const trpcOutsideReact = () => createBosOptionsProxy({ client: session.get().client, queryClient });

/** The options proxy, as `useTRPC()` returns it. */
export type Trpc = ReturnType<typeof trpcOutsideReact>;
