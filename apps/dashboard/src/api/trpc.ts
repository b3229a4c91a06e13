import { isBosError } from '@bosonline/sdk';
import { QueryCache, QueryClient } from '@tanstack/react-query';

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
