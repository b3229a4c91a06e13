import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';

export function useWarehouses() {
  const trpc = useTRPC();
  return useQuery(trpc.warehouse.list.queryOptions());
}

/** Every change to a warehouse reloads the list (a new default demotes the old one). */
function useReload() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.warehouse.list.queryKey() });
}

export function useWarehouseMutations() {
  const trpc = useTRPC();
  const reload = useReload();
  return {
    create: useMutation(trpc.warehouse.create.mutationOptions({ onSuccess: reload })),
    update: useMutation(trpc.warehouse.update.mutationOptions({ onSuccess: reload })),
    setDefault: useMutation(trpc.warehouse.setDefault.mutationOptions({ onSuccess: reload })),
    remove: useMutation(trpc.warehouse.delete.mutationOptions({ onSuccess: reload })),
  };
}
