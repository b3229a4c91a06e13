import type { BosInputs } from '@bosonline/sdk';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';

// What "Atur Pengiriman" (routes/orders/new.tsx) reads and writes: the store's active forms, the
// chosen form as its buyers see it, the rates and price summary from the chosen warehouse, and the
// order placed for the buyer.

/** The store's active forms to place an order on (the first 100: a store has a handful). */
export function useActiveForms() {
  const trpc = useTRPC();
  return useQuery(trpc.form.list.queryOptions({ status: 'active', limit: 100 }));
}

/** The form as the checkout shows it: its products, payment methods and couriers. */
export function useCheckoutForm(formId: string | null) {
  const trpc = useTRPC();
  return useQuery(trpc.checkout.loadForm.queryOptions(formId ? { formId } : skipToken));
}

/**
 * The services that deliver this cart to this address, priced from the chosen warehouse; null
 * input asks nothing.
 */
export function useRates(input: BosInputs['order']['manualRates'] | null) {
  const trpc = useTRPC();
  const [debounced] = useDebouncedValue(input, 300);
  return useQuery(
    trpc.order.manualRates.queryOptions(debounced ?? skipToken, { placeholderData: keepPreviousData }),
  );
}

/** What the order would charge from the chosen warehouse, computed as the order will be; null asks nothing. */
export function useQuote(input: BosInputs['order']['quoteManual'] | null) {
  const trpc = useTRPC();
  const [debounced] = useDebouncedValue(input, 300);
  return useQuery(
    trpc.order.quoteManual.queryOptions(debounced ?? skipToken, {
      placeholderData: keepPreviousData,
      retry: false,
    }),
  );
}

/** Places the order; the list and its counts are stale after it. */
export function useCreateManualOrder() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.order.createManual.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.order.list.pathKey() }),
    }),
  );
}
