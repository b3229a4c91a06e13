import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';

export function useBankAccounts() {
  const trpc = useTRPC();
  return useQuery(trpc.bankAccount.list.queryOptions({}));
}

/** The banks an account can be at: reference data that hardly changes. */
export function useBanks() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.bankAccount.banks.queryOptions(), staleTime: 60 * 60_000 });
}

export function useBankAccountMutations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: trpc.bankAccount.list.pathKey() });
  return {
    create: useMutation(trpc.bankAccount.create.mutationOptions({ onSuccess: reload })),
    setStatus: useMutation(trpc.bankAccount.setStatus.mutationOptions({ onSuccess: reload })),
    remove: useMutation(trpc.bankAccount.delete.mutationOptions({ onSuccess: reload })),
  };
}
