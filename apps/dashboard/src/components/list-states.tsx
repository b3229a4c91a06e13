import { Card, EmptyState, type EmptyStateProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { ListSkeleton } from './list-skeleton.tsx';
import { QueryError } from './query-error.tsx';

/** What a list's query says about itself (TanStack Query's result, plain or infinite). */
interface ListQuery {
  isPending: boolean;
  data: unknown;
  error: unknown;
  refetch: () => unknown;
}

/**
 * Every list's states before its rows, in one place: grey bars while the first page loads, why it
 * failed with a retry, what an empty list means (the page says whether filters are the reason),
 * and otherwise the rows.
 */
export function ListStates({
  query,
  count,
  skeleton,
  empty,
  children,
}: {
  query: ListQuery;
  /** How many rows the list holds (an empty list shows `empty`). */
  count: number;
  skeleton: { rows: number; height?: number };
  empty: Pick<EmptyStateProps, 'icon' | 'title' | 'description'>;
  children: ReactNode;
}) {
  if (query.isPending) return <ListSkeleton {...skeleton} />;
  if (!query.data) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (count === 0)
    return (
      <Card withBorder>
        <EmptyState {...empty} />
      </Card>
    );
  return children;
}
