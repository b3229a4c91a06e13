import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';

/** The devices signed in to the person's account, this one marked `current`. */
export function useActiveSessions() {
  const trpc = useTRPC();
  return useQuery(trpc.session.listActive.queryOptions());
}

export function useSessionMutations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: trpc.session.listActive.queryKey() });
  return {
    revoke: useMutation(trpc.session.revoke.mutationOptions({ onSuccess: reload })),
    revokeOthers: useMutation(trpc.session.revokeOthers.mutationOptions({ onSuccess: reload })),
    // A new password ends every other session too.
    changePassword: useMutation(trpc.profile.changePassword.mutationOptions({ onSuccess: reload })),
  };
}
