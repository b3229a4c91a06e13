import { can, type Permission } from '@bosonline/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Trpc, useTRPC } from '../api/trpc.ts';

/** The signed-in person, the store the session acts in and every store they work in. */
export const meOptions = (trpc: Trpc) => trpc.profile.me.queryOptions();

export function useMe() {
  return useQuery(meOptions(useTRPC()));
}

/** Whether the person's role in the current store allows this (contracts' one permission table). */
export function useCan(permission: Permission): boolean {
  const role = useMe().data?.store?.role;
  return role !== undefined && can(role, permission);
}

/** Stores that added this person and wait for their answer (Beranda's invitations card). */
export function useInvitations() {
  const trpc = useTRPC();
  return useQuery(trpc.profile.invitations.queryOptions(undefined, { staleTime: 0 }));
}

/** Accept or decline; afterwards the invitations and the store switcher's list are read again. */
export function useAnswerInvitation() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reload = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.profile.invitations.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.profile.me.queryKey() }),
    ]);
  return {
    accept: useMutation(trpc.profile.acceptInvitation.mutationOptions({ onSuccess: reload })),
    decline: useMutation(trpc.profile.declineInvitation.mutationOptions({ onSuccess: reload })),
  };
}
