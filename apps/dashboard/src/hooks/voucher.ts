import type { VoucherState } from '@bosonline/contracts';
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';

/** The store's vouchers for the list's filters, a page at a time. */
export function useVouchers(filters: { q?: string; state?: VoucherState }) {
  const trpc = useTRPC();
  return useInfiniteQuery({
    ...trpc.voucher.list.infiniteQueryOptions(
      { limit: 20, ...filters },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
    placeholderData: keepPreviousData,
  });
}

export function useVoucherMutations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: trpc.voucher.list.pathKey() });
  return {
    create: useMutation(trpc.voucher.create.mutationOptions({ onSuccess: reload })),
    update: useMutation(trpc.voucher.update.mutationOptions({ onSuccess: reload })),
    setStatus: useMutation(trpc.voucher.setStatus.mutationOptions({ onSuccess: reload })),
    remove: useMutation(trpc.voucher.delete.mutationOptions({ onSuccess: reload })),
  };
}
