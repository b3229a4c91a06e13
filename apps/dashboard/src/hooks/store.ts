import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';

export function useStore() {
  const trpc = useTRPC();
  return useQuery(trpc.store.get.queryOptions());
}

export function useStoreDomains() {
  const trpc = useTRPC();
  return useQuery(trpc.store.domains.queryOptions());
}

/** Store changes reload the store and its addresses, and `me` (the switcher shows the name). */
export function useStoreMutations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reload = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.store.get.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.store.domains.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.profile.me.queryKey() }),
    ]);
  return {
    update: useMutation(trpc.store.update.mutationOptions({ onSuccess: reload })),
    setSubdomain: useMutation(trpc.store.setSubdomain.mutationOptions({ onSuccess: reload })),
    addDomain: useMutation(trpc.store.addDomain.mutationOptions({ onSuccess: reload })),
    verifyDomain: useMutation(trpc.store.verifyDomain.mutationOptions({ onSuccess: reload })),
    setDefaultDomain: useMutation(trpc.store.setDefaultDomain.mutationOptions({ onSuccess: reload })),
    removeDomain: useMutation(trpc.store.removeDomain.mutationOptions({ onSuccess: reload })),
  };
}
