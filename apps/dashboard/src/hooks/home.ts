import { useInfiniteQuery, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';
import { addDays, wibToday } from '../components/home/wib-days.ts';

/** Beranda's three windows, each ending today (WIB): the recap's `from`/`to` for each. */
export const recapRanges = [
  { key: 'today', days: 1 },
  { key: 'week', days: 7 },
  { key: 'month', days: 30 },
] as const;
export type RecapRangeKey = (typeof recapRanges)[number]['key'];

/** order.recap for today, the last 7 and the last 30 days (the chart reads the 30-day one's days). */
export function useRecaps() {
  const trpc = useTRPC();
  const today = wibToday();
  const queries = useQueries({
    queries: recapRanges.map((range) =>
      trpc.order.recap.queryOptions(
        { dateField: 'created', from: addDays(today, 1 - range.days), to: today },
        // Buyers order from outside the dashboard: never show a copy kept from before.
        { staleTime: 0 },
      ),
    ),
  });
  return { today, queries };
}

/**
 * The checklist. Its steps are done on other pages (warehouses, bank accounts, products), so
 * Beranda asks again each time it shows rather than trusting a copy from a minute ago.
 */
export function useOnboarding() {
  const trpc = useTRPC();
  return useQuery(trpc.store.onboarding.queryOptions(undefined, { staleTime: 0 }));
}

/** Hides the checklist; the answer is the checklist as it now stands. */
export function useDismissOnboarding() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.store.dismissOnboarding.mutationOptions({
      onSuccess: (onboarding) => queryClient.setQueryData(trpc.store.onboarding.queryKey(), onboarding),
    }),
  );
}

const postPage = 3;

/** Announcements or tips from the platform, newest first, a few at a time. */
export function usePosts(kind: 'announcements' | 'tips') {
  const trpc = useTRPC();
  const procedure = kind === 'announcements' ? trpc.store.announcements : trpc.store.tips;
  return useInfiniteQuery(
    procedure.infiniteQueryOptions(
      { limit: postPage },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
}
