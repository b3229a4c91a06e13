import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';

/** The devices signed in to the person's account, this one marked `current`, a page at a time. */
export function useActiveSessions() {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.session.listActive.infiniteQueryOptions(
      { limit: 20 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
}

export function useSessionMutations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: trpc.session.listActive.pathKey() });
  return {
    revoke: useMutation(trpc.session.revoke.mutationOptions({ onSuccess: reload })),
    revokeOthers: useMutation(trpc.session.revokeOthers.mutationOptions({ onSuccess: reload })),
    // A new password ends every other session too.
    changePassword: useMutation(trpc.profile.changePassword.mutationOptions({ onSuccess: reload })),
  };
}
