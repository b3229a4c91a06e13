import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
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

/** Invite, edit, (de)activate members and cancel invitations; the list reloads after each. */
export function useStaffMutations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: trpc.staff.list.pathKey() });
  return {
    create: useMutation(trpc.staff.create.mutationOptions({ onSuccess: reload })),
    update: useMutation(trpc.staff.update.mutationOptions({ onSuccess: reload })),
    setStatus: useMutation(trpc.staff.setStatus.mutationOptions({ onSuccess: reload })),
    remove: useMutation(trpc.staff.delete.mutationOptions({ onSuccess: reload })),
  };
}
