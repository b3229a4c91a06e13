import { useInfiniteQuery } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';

/** The store's team, a page at a time. */
export function useStaffList() {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.staff.list.infiniteQueryOptions(
      { limit: 50 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
}
