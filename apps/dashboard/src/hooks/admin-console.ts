import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';
import type { AdminOrderSearch, AdminProductSearch, DashboardSearch } from '../routes/admin/search.ts';

// The console's figures, products, orders and seller notes (the admin pages' own chunks import
// this; hooks/admin.ts holds what the console's frame needs). Under the admin BosProvider, so
// every call carries the staff member's token.

const pageSize = 20;
const nextPage = { getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor ?? undefined };

export function useDashboard(search: DashboardSearch) {
  const trpc = useTRPC();
  const range = { from: search.from, to: search.to };
  return {
    summary: useQuery(trpc.admin.dashboard.summary.queryOptions(range)),
    revenue: useQuery(
      trpc.admin.dashboard.revenue.queryOptions({
        ...range,
        period: search.period,
        paymentMethod: search.paymentMethod,
      }),
    ),
    popular: useQuery(trpc.admin.dashboard.popularProducts.queryOptions({ ...range, limit: 5 })),
    topSellers: useQuery(trpc.admin.dashboard.topSellers.queryOptions({ ...range, limit: 5 })),
  };
}

export function useAdminProducts(search: AdminProductSearch) {
  const trpc = useTRPC();
  const { product: _open, ...filter } = search;
  return useInfiniteQuery(
    trpc.admin.product.list.infiniteQueryOptions({ ...filter, limit: pageSize }, nextPage),
  );
}

export function useAdminProduct(id: string) {
  const trpc = useTRPC();
  return {
    detail: useQuery(trpc.admin.product.detail.queryOptions({ id })),
    forms: useQuery(trpc.admin.product.forms.queryOptions({ productId: id })),
  };
}

/** Status and marking changes: the list, the open product and the audit log are stale after each. */
export function useAdminProductMutations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reload = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.admin.product.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.admin.audit.list.pathKey() }),
    ]);
  return {
    setStatus: useMutation(trpc.admin.product.setStatus.mutationOptions({ onSuccess: reload })),
    setMarking: useMutation(trpc.admin.product.updateMarking.mutationOptions({ onSuccess: reload })),
  };
}

export function useAdminOrders(search: AdminOrderSearch) {
  const trpc = useTRPC();
  const { order: _open, ...filter } = search;
  return useInfiniteQuery(
    trpc.admin.order.list.infiniteQueryOptions({ ...filter, limit: pageSize }, nextPage),
  );
}

export function useAdminOrder(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.admin.order.detail.queryOptions({ id }));
}

/** "Cetak Invoice": a short-lived link to the PDF of one order's invoice. */
export function useInvoiceLink() {
  const trpc = useTRPC();
  return useMutation(trpc.admin.order.printLink.mutationOptions());
}

/** The sellers (and their stores) the order filter offers: the seller list's first 100, newest first. */
export function useSellerChoices() {
  const trpc = useTRPC();
  return useQuery(trpc.admin.seller.list.queryOptions({ limit: 100 }));
}

export function useSellerNotes(sellerId: string) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.admin.seller.notes.infiniteQueryOptions({ id: sellerId, limit: pageSize }, nextPage),
  );
}

export function useAddSellerNote() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.admin.seller.createNote.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.admin.seller.notes.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.admin.audit.list.pathKey() }),
        ]),
    }),
  );
}

/** "Download Order": a link to the CSV of the list's current filters. */
export function useOrderExport() {
  const trpc = useTRPC();
  return useMutation(trpc.admin.order.exportLink.mutationOptions());
}

/** "Download list product": a link to the CSV of the list's current filters (a fresh one each time). */
export function useProductExport() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (search: AdminProductSearch) => {
    const { product: _open, ...filter } = search;
    return queryClient.fetchQuery({
      ...trpc.admin.product.exportLink.queryOptions({ ...filter, format: 'csv' }),
      staleTime: 0,
    });
  };
}
