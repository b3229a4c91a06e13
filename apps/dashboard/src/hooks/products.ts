import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';
import type { InventorySearch, ProductSearch } from '../routes/products/search.ts';

const pageSize = 20;

/** The product list for these filters, a page at a time (keyset: each page resumes after the last). */
export function useProductList(search: ProductSearch) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.product.list.infiniteQueryOptions(
      { ...search, limit: pageSize },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
}

export function useCategories() {
  const trpc = useTRPC();
  return useQuery(trpc.product.categories.queryOptions(undefined, { staleTime: 5 * 60_000 }));
}

export function useWarehouses() {
  const trpc = useTRPC();
  return useQuery(trpc.warehouse.list.queryOptions());
}

/** The product with its categories and the store's warehouses, as the edit form needs them. */
export function useProductForEdit(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.product.forEdit.queryOptions({ id }));
}

/** Whatever changed a product makes every cached list and stock view stale. */
function useInvalidateCatalogue() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.product.inventory.pathKey() }),
    ]);
}

export function useSetProductStatus() {
  const trpc = useTRPC();
  const invalidate = useInvalidateCatalogue();
  return useMutation(trpc.product.setStatus.mutationOptions({ onSuccess: () => invalidate() }));
}

export function useCreateProduct() {
  const trpc = useTRPC();
  const invalidate = useInvalidateCatalogue();
  return useMutation(trpc.product.create.mutationOptions({ onSuccess: () => invalidate() }));
}

export function useUpdateProduct() {
  const trpc = useTRPC();
  return useMutation(trpc.product.update.mutationOptions());
}

export function useUpdateVariants() {
  const trpc = useTRPC();
  const invalidate = useInvalidateCatalogue();
  return useMutation(trpc.product.updateVariants.mutationOptions({ onSuccess: () => invalidate() }));
}

/** Sends one image as multipart form data (the SDK sends FormData on a request of its own). */
export function useUploadImage() {
  const trpc = useTRPC();
  return useMutation(trpc.product.uploadImage.mutationOptions());
}

/**
 * Whether a SKU is still free, asked once the typing has paused (the caller debounces) and only
 * for SKUs the contracts' rule accepts: a malformed one is the form's own error.
 */
export function useSkuCheck(kind: 'product' | 'variant', sku: string | null, excludeId?: string) {
  const trpc = useTRPC();
  const procedure = kind === 'product' ? trpc.product.checkSku : trpc.product.checkVariantSku;
  return useQuery(
    procedure.queryOptions({ sku: sku ?? '', excludeId }, { enabled: sku !== null, staleTime: 5_000 }),
  );
}

export function useInventoryList(search: InventorySearch) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.product.inventory.list.infiniteQueryOptions(
      { ...search, limit: pageSize },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
}

export function useUpdateInventory() {
  const trpc = useTRPC();
  const invalidate = useInvalidateCatalogue();
  return useMutation(trpc.product.inventory.update.mutationOptions({ onSuccess: () => invalidate() }));
}

/** One variant's stock ledger in one warehouse, newest first. */
export function useMovements(variantId: string, warehouseId: string) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.product.inventory.movements.infiniteQueryOptions(
      { variantId, warehouseId, limit: pageSize },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
}
