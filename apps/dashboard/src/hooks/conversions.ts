import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';

/** A form's conversion settings (tokens only as set / not set). */
export function useConversionSettings(formId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.conversion.settings.queryOptions({ id: formId }));
}

export function useUpdateConversionSettings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.conversion.updateSettings.mutationOptions({
      onSuccess: (data) =>
        queryClient.setQueryData(trpc.conversion.settings.queryKey({ id: data.formId }), data),
    }),
  );
}

/** A form's conversion delivery log, newest first, a page at a time. */
export function useConversionDeliveries(formId: string) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.conversion.deliveries.infiniteQueryOptions(
      { id: formId, limit: 20 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
}
