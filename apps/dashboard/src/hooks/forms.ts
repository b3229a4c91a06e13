import type { FormView } from '@bosonline/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';
import type { FormSearch } from '../routes/forms/search.ts';

const pageSize = 20;

/** The store's forms for these filters, a page at a time (keyset). */
export function useFormList(search: FormSearch) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.form.list.infiniteQueryOptions(
      { ...search, limit: pageSize },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
}

export function useFormDetail(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.form.detail.queryOptions({ id }));
}

/** After any write the list is stale; the detail of a saved form is the answer itself. */
function useFormWrites() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return {
    trpc,
    invalidateList: () => queryClient.invalidateQueries({ queryKey: trpc.form.list.pathKey() }),
    store: (form: FormView) => queryClient.setQueryData(trpc.form.detail.queryKey({ id: form.id }), form),
  };
}

export function useCreateForm() {
  const { trpc, invalidateList, store } = useFormWrites();
  return useMutation(
    trpc.form.create.mutationOptions({
      onSuccess: (form) => {
        store(form);
        void invalidateList();
      },
    }),
  );
}

export function useUpdateForm() {
  const { trpc, invalidateList, store } = useFormWrites();
  return useMutation(
    trpc.form.update.mutationOptions({
      onSuccess: (form) => {
        store(form);
        void invalidateList();
      },
    }),
  );
}

export function useSetFormStatus() {
  const { trpc, invalidateList } = useFormWrites();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.form.setStatus.mutationOptions({
      onSuccess: () => {
        void invalidateList();
        void queryClient.invalidateQueries({ queryKey: trpc.form.detail.pathKey() });
      },
    }),
  );
}

export function useDuplicateForm() {
  const { trpc, invalidateList } = useFormWrites();
  return useMutation(trpc.form.duplicate.mutationOptions({ onSuccess: () => invalidateList() }));
}

export function useDuplicateForms() {
  const { trpc, invalidateList } = useFormWrites();
  return useMutation(trpc.form.duplicateBatch.mutationOptions({ onSuccess: () => invalidateList() }));
}

/** Products to pick from in the builder, matching what the seller typed. */
export function useProductSearch(q: string) {
  const trpc = useTRPC();
  return useQuery(trpc.product.list.queryOptions({ q: q || undefined, limit: 20, sort: 'newest' }));
}

/** One product's variants (prices, names), loaded once it is picked. */
export function useProductVariants(productId: string | null) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.product.variants.queryOptions({ productId: productId ?? '' }),
    enabled: productId !== null,
  });
}

/** The store's CS members, who may be named as a form's order receivers. */
export function useCsMembers() {
  const trpc = useTRPC();
  return useQuery(
    trpc.staff.list.queryOptions(
      { limit: 50 },
      { select: (page) => page.items.filter((m) => m.role === 'cs' && m.status === 'active') },
    ),
  );
}

/** The couriers and services the shipping provider offers today: what the builder's pickers show. */
export function useCourierCatalog() {
  const trpc = useTRPC();
  return useQuery(trpc.form.courierCatalog.queryOptions(undefined, { staleTime: 10 * 60_000 }));
}
