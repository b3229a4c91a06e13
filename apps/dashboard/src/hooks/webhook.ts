import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';

export function useWebhooks() {
  const trpc = useTRPC();
  return useQuery(trpc.webhook.list.queryOptions());
}

/** A webhook's delivery log, newest first, a page at a time. */
export function useWebhookDeliveries(id: string) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.webhook.deliveries.infiniteQueryOptions(
      { id, limit: 20 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
}

export function useWebhookMutations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: trpc.webhook.list.pathKey() });
  const reloadLog = () => queryClient.invalidateQueries({ queryKey: trpc.webhook.deliveries.pathKey() });
  return {
    create: useMutation(trpc.webhook.create.mutationOptions({ onSuccess: reload })),
    update: useMutation(trpc.webhook.update.mutationOptions({ onSuccess: reload })),
    remove: useMutation(trpc.webhook.delete.mutationOptions({ onSuccess: reload })),
    rotate: useMutation(trpc.webhook.rotateSecret.mutationOptions()),
    ping: useMutation(trpc.webhook.ping.mutationOptions({ onSuccess: reloadLog })),
    redeliver: useMutation(trpc.webhook.redeliver.mutationOptions({ onSuccess: reloadLog })),
  };
}
