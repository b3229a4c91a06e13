import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';

/** The store's API keys (owner only: `apiKey.manage`), newest first. */
export function useApiKeys() {
  const trpc = useTRPC();
  return useQuery(trpc.apiKey.list.queryOptions());
}

export function useApiKeyMutations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: trpc.apiKey.list.queryKey() });
  return {
    create: useMutation(trpc.apiKey.create.mutationOptions({ onSuccess: reload })),
    revoke: useMutation(trpc.apiKey.revoke.mutationOptions({ onSuccess: reload })),
  };
}
