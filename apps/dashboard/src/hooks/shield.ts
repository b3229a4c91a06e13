import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';

/** The store's block list, a page at a time, for a kind and a search. */
export function useBlocks(filter: { kind?: 'phone' | 'ip' | 'device'; q?: string }) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.shield.blocks.infiniteQueryOptions(
      { ...filter, limit: 20 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
}

export function useBlockMutations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: trpc.shield.blocks.pathKey() });
  return {
    add: useMutation(trpc.shield.addBlock.mutationOptions({ onSuccess: reload })),
    remove: useMutation(trpc.shield.removeBlock.mutationOptions({ onSuccess: reload })),
    ban: useMutation(trpc.shield.banBuyer.mutationOptions({ onSuccess: reload })),
  };
}

/** "Bukan spam" and "Spam": the answer is the order as it now stands, so the page needs no refetch. */
export function useShieldDecisions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const landed = (order: { invoice: string }) => {
    queryClient.setQueryData(trpc.order.detail.queryKey({ invoice: order.invoice }), order as never);
    void queryClient.invalidateQueries({ queryKey: trpc.order.list.pathKey() });
  };
  return {
    release: useMutation(trpc.shield.release.mutationOptions({ onSuccess: landed })),
    spam: useMutation(trpc.shield.markSpam.mutationOptions({ onSuccess: landed })),
  };
}
