import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';

/** Districts matching what is typed, asked for once the typing pauses (the API counts calls per address). */
export function useDistrictSearch(text: string) {
  const trpc = useTRPC();
  const [q] = useDebouncedValue(text.trim(), 250);
  return useQuery({
    ...trpc.region.search.queryOptions({ q, level: 'district', limit: 10 }),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
