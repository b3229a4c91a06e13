import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../api/trpc.ts';

const notificationPage = 10;

/** The store's notifications (newest first) and the unread count for the header's badge. */
export function useNotifications() {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.store.notifications.infiniteQueryOptions(
      { limit: notificationPage },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const items = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  // The first page carries the store-wide count; later pages repeat it.
  const unread = query.data?.pages[0]?.unread ?? 0;
  return { query, items, unread };
}

/** Marks some or all notifications read, then asks for the list (and its badge count) again. */
export function useMarkNotificationsRead() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.store.markNotificationsRead.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.store.notifications.pathKey() }),
    }),
  );
}
