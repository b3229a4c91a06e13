import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Trpc, useTRPC } from '../api/trpc.ts';
import { orderListInput } from '../routes/orders/list-input.ts';
import type { OrderSearch } from '../routes/orders/search.ts';

/**
 * Orders arrive from buyers, outside the dashboard, so the list and its counts are asked again
 * every time they show (the dashboard's default keeps answers for 15 s, and a seller coming back
 * to Pesanan right after an order was placed did not see it). An answer of the last two seconds
 * is news still: the one the route's loader fetched while the page's code arrived is not asked
 * for a second time when the page mounts.
 */
const fromBuyers = { staleTime: 2_000 } as const;

/** The order list for these filters, a page at a time (keyset: each page resumes after the last). */
export function orderListOptions(trpc: Trpc, search: OrderSearch) {
  return trpc.order.list.infiniteQueryOptions(orderListInput(search), {
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    ...fromBuyers,
  });
}

export function useOrderList(search: OrderSearch) {
  return useInfiniteQuery(orderListOptions(useTRPC(), search));
}

/** How many orders wait in each status tab (one row fetched: only the counts are used). */
export function useStatusCounts() {
  const trpc = useTRPC();
  return useQuery(
    trpc.order.list.queryOptions({ limit: 1 }, { select: (list) => list.statusCounts, ...fromBuyers }),
  );
}

export function useOrderDetail(invoice: string) {
  const trpc = useTRPC();
  return useQuery(trpc.order.detail.queryOptions({ invoice }));
}

/** Moves an order by hand; the answer is the order as it now stands, so the page needs no refetch. */
export function useUpdateStatus() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.order.updateStatus.mutationOptions({
      onSuccess: (order) => {
        queryClient.setQueryData(trpc.order.detail.queryKey({ invoice: order.invoice }), order);
        void queryClient.invalidateQueries({ queryKey: trpc.order.list.pathKey() });
      },
    }),
  );
}
