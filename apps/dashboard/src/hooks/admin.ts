import type { AdminPermission } from '@bosonline/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';
import type { AuditSearch, InternalUserSearch, SellerSearch } from '../routes/admin/search.ts';

// The admin console's data. These run under the admin pages' own BosProvider (routes/admin/
// layout.tsx), so `useTRPC()` here calls as the signed-in staff member, never as a seller.

const pageSize = 20;
const nextPage = { getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor ?? undefined };

export function useAdminMe() {
  const trpc = useTRPC();
  return useQuery(trpc.admin.auth.me.queryOptions());
}

/**
 * Whether the signed-in staff member's role grants `permission`, as their profile lists it (the
 * server's one table). Nothing is granted until the profile has answered, so a button the server
 * would refuse never flashes.
 */
export function useAdminCan(): (permission: AdminPermission) => boolean {
  const me = useAdminMe();
  return (permission) => me.data?.permissions.includes(permission) ?? false;
}

export function useSellerList(search: SellerSearch) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.admin.seller.list.infiniteQueryOptions({ ...search, limit: pageSize }, nextPage),
  );
}

export function useSellerDetail(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.admin.seller.detail.queryOptions({ id }));
}

/** Status and marking: the answer is the new detail; the list and the audit log are stale. */
export function useUpdateSeller() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.admin.seller.updateStatus.mutationOptions({
      onSuccess: (detail) => {
        queryClient.setQueryData(trpc.admin.seller.detail.queryKey({ id: detail.id }), detail);
        void queryClient.invalidateQueries({ queryKey: trpc.admin.seller.list.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.admin.audit.list.pathKey() });
      },
    }),
  );
}

export function useInternalUserList(search: InternalUserSearch) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.admin.users.list.infiniteQueryOptions({ ...search, limit: pageSize }, nextPage),
  );
}

/** Create, edit and (de)activate; the list and the audit log reload after each. */
export function useInternalUserMutations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reload = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.admin.users.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.admin.audit.list.pathKey() }),
    ]);
  return {
    create: useMutation(trpc.admin.users.create.mutationOptions({ onSuccess: reload })),
    update: useMutation(trpc.admin.users.update.mutationOptions({ onSuccess: reload })),
    setActive: useMutation(trpc.admin.users.setActive.mutationOptions({ onSuccess: reload })),
  };
}

export function useAuditLog(search: AuditSearch) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.admin.audit.list.infiniteQueryOptions({ ...search, limit: pageSize }, nextPage),
  );
}
