import type { BosInputs, BosOutputs } from '@bosonline/sdk';
import { useDebouncedValue } from '@mantine/hooks';
import {
  keepPreviousData,
  skipToken,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useBosClient, useTRPC } from '../api/trpc.ts';
import type { AbandonedSearch } from '../routes/abandoned/search.ts';

// What a seller does to orders beyond reading them: print, download, confirm payment, book the
// courier, edit before payment, follow up, and the abandoned checkouts. Changes whose answer is
// the order as it now stands put it straight into the detail's cache.

type Order = BosOutputs['order']['detail'];

function useOrderChanged() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (order: Order) => {
    queryClient.setQueryData(trpc.order.detail.queryKey({ invoice: order.invoice }), order);
    void queryClient.invalidateQueries({ queryKey: trpc.order.list.pathKey() });
    // Prices and messages worked out from the order as it was.
    queryClient.removeQueries({ queryKey: trpc.order.previewEdit.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.followUp.preview.pathKey() });
  };
}

/** Invoices or labels as one PDF; the answer is a 5-minute link. */
export function usePrintLink() {
  const trpc = useTRPC();
  return useMutation(trpc.order.printLink.mutationOptions());
}

/** CSV or XLSX of the filtered list; the answer is a 5-minute link. */
export function useOrderExport() {
  const trpc = useTRPC();
  return useMutation(trpc.order.exportLink.mutationOptions());
}

export function useConfirmPayment() {
  const trpc = useTRPC();
  const changed = useOrderChanged();
  return useMutation(trpc.order.confirmPayment.mutationOptions({ onSuccess: changed }));
}

export function useConfirmDownPayment() {
  const trpc = useTRPC();
  const changed = useOrderChanged();
  return useMutation(trpc.order.confirmDownPayment.mutationOptions({ onSuccess: changed }));
}

/** A risky COD order's hold confirmed by the seller for the buyer (order.confirmHeld). */
export function useConfirmHeld() {
  const trpc = useTRPC();
  const changed = useOrderChanged();
  return useMutation(trpc.order.confirmHeld.mutationOptions({ onSuccess: changed }));
}

export function useBookShipment() {
  const trpc = useTRPC();
  const changed = useOrderChanged();
  return useMutation(trpc.order.bookShipment.mutationOptions({ onSuccess: changed }));
}

export function useUpdateCourier() {
  const trpc = useTRPC();
  const changed = useOrderChanged();
  return useMutation(trpc.order.updateCourier.mutationOptions({ onSuccess: changed }));
}

export function useUpdatePaymentMethod() {
  const trpc = useTRPC();
  const changed = useOrderChanged();
  return useMutation(trpc.order.updatePaymentMethod.mutationOptions({ onSuccess: changed }));
}

export function useUpdateOtherFees() {
  const trpc = useTRPC();
  const changed = useOrderChanged();
  return useMutation(trpc.order.updateOtherFees.mutationOptions({ onSuccess: changed }));
}

/**
 * The customer edit answers only a message (spec), so the re-priced order is fetched right after
 * it: the answer is the order as it now stands, like the other edits'.
 */
export function useUpdateCustomer() {
  const trpc = useTRPC();
  const client = useBosClient();
  const changed = useOrderChanged();
  return useMutation({
    mutationKey: trpc.order.updateCustomer.mutationKey(),
    mutationFn: async (input: BosInputs['order']['updateCustomer']) => {
      await client.order.updateCustomer.mutate(input);
      return client.order.detail.query({ invoice: input.invoice });
    },
    onSuccess: changed,
  });
}

type EditPreviewInput = BosInputs['order']['previewEdit'];

/**
 * The amounts an edit would store, as the server prices them (order.previewEdit), once the seller
 * pauses typing: `input` is null while the form is not valid yet. `settling` is true while the
 * shown answer is not yet for what is on screen.
 */
export function useEditPreview(input: EditPreviewInput | null) {
  const trpc = useTRPC();
  // Compared as text: the form hands a new object on every render.
  const key = input ? JSON.stringify(input) : null;
  const [debounced] = useDebouncedValue(key, 400);
  const query = useQuery({
    ...trpc.order.previewEdit.queryOptions(
      debounced ? (JSON.parse(debounced) as EditPreviewInput) : skipToken,
    ),
    placeholderData: keepPreviousData,
    // A refused edit (a service that does not deliver there) is an answer, not a hiccup.
    retry: false,
  });
  return { query, settling: key !== debounced || query.isPlaceholderData || query.isFetching };
}

/** The next follow-up as it would be sent: the store's template with the order's values. */
export function useFollowUpPreview(invoice: string, attempt: number, enabled: boolean) {
  const trpc = useTRPC();
  return useQuery(
    trpc.followUp.preview.queryOptions(enabled ? { invoice, followUpAttempts: attempt } : skipToken),
  );
}

/** The receipt of a transfer, through the one image upload the API has. */
export function useUploadReceipt() {
  const trpc = useTRPC();
  return useMutation(trpc.product.uploadImage.mutationOptions());
}

export function useBankAccounts() {
  const trpc = useTRPC();
  return useQuery(trpc.bankAccount.list.queryOptions({ active: true }));
}

export function useFollowUpAttempts(invoice: string) {
  const trpc = useTRPC();
  return useQuery(trpc.followUp.attempts.queryOptions({ invoice }));
}

export function useFollowUpTemplates() {
  const trpc = useTRPC();
  return useQuery(trpc.followUp.templates.queryOptions());
}

export function useSendFollowUp() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.followUp.send.mutationOptions({
      onSuccess: (_answer, input) => {
        void queryClient.invalidateQueries({
          queryKey: trpc.followUp.attempts.queryKey({ invoice: input.invoice }),
        });
        void queryClient.invalidateQueries({ queryKey: trpc.followUp.preview.pathKey() });
        void queryClient.invalidateQueries({
          queryKey: trpc.order.detail.queryKey({ invoice: input.invoice }),
        });
      },
    }),
  );
}

export function useAbandonedList(search: AbandonedSearch) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.abandoned.list.infiniteQueryOptions(
      { ...search, limit: 20 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
}

export function useAbandonedFollowUp() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.abandoned.followUp.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.abandoned.list.pathKey() }),
    }),
  );
}
