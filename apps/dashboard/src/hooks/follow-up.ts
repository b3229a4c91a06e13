import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';

/** The store's follow-up texts, one per reminder (built-in ones until the store writes its own). */
export function useFollowUpTemplates() {
  const trpc = useTRPC();
  return useQuery(trpc.followUp.templates.queryOptions());
}

export function useSaveFollowUpTemplate() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.followUp.saveTemplate.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.followUp.templates.queryKey() }),
    }),
  );
}
