import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';

// The console's Cache page (admin.cache.*): only its own lazy chunk imports this. Every drop
// changes what every cache query shows (statistics, listing, an open key, a user's keys) and adds
// an audit row, so each one reloads all of them.

/** Keys per listing page; the server's SCAN may answer a few more or fewer. */
const pageSize = 50;

export function useCacheStats() {
  const trpc = useTRPC();
  return useQuery(trpc.admin.cache.stats.queryOptions());
}

/**
 * The key listing, page by page with the cache's SCAN cursor. SCAN may hand the same key out on
 * two pages; `keys` lists each once, in the order first seen.
 */
export function useCacheKeys(match: string | undefined) {
  const trpc = useTRPC();
  const list = useInfiniteQuery(
    trpc.admin.cache.keys.infiniteQueryOptions(
      { match, limit: pageSize },
      { getNextPageParam: (page) => page.cursor ?? undefined },
    ),
  );
  const keys = [...new Set(list.data?.pages.flatMap((p) => p.keys) ?? [])];
  return { list, keys };
}

export function useCacheEntry(key: string) {
  const trpc = useTRPC();
  return useQuery(trpc.admin.cache.get.queryOptions({ key }, { retry: false, gcTime: 0 }));
}

/** "Specific Cache User": the keys of a seller's stores (or of one store); off until an id is given. */
export function useCacheOwner(id: string | null) {
  const trpc = useTRPC();
  return useQuery(
    trpc.admin.cache.user.queryOptions({ id: id ?? '' }, { enabled: id !== null, retry: false }),
  );
}

/** Asks again for everything the page shows of the cache: buyers' reads fill it meanwhile. */
export function useCacheRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.admin.cache.pathKey() });
}

export function useCacheDrops() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // An open key is not asked for again (it would answer 404 while its drawer closes); it is
  // forgotten once the drawer has closed (useCacheEntry).
  const reload = () =>
    Promise.all(
      [trpc.admin.cache.stats, trpc.admin.cache.keys, trpc.admin.cache.user, trpc.admin.audit.list].map((p) =>
        queryClient.invalidateQueries({ queryKey: p.pathKey() }),
      ),
    );
  return {
    deleteKey: useMutation(trpc.admin.cache.delete.mutationOptions({ onSuccess: reload })),
    deletePattern: useMutation(trpc.admin.cache.deletePattern.mutationOptions({ onSuccess: reload })),
    flush: useMutation(trpc.admin.cache.flush.mutationOptions({ onSuccess: reload })),
    forgetUser: useMutation(trpc.admin.cache.forgetUser.mutationOptions({ onSuccess: reload })),
  };
}
