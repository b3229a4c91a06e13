import { can, type Permission } from '@bosonline/contracts';
import { useQuery } from '@tanstack/react-query';
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
