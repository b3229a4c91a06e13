import { Button } from '@mantine/core';
import { useT } from '../i18n/i18n.tsx';
import { QueryError } from './query-error.tsx';

/** The parts of a TanStack infinite query a keyset-paged list needs at its foot. */
export interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  fetchNextPage: () => unknown;
}

/** The foot of every keyset-paged list: "load more", and the error of a page that failed, with retry. */
export function LoadMore({ list, size }: { list: PagedQuery; size?: 'xs' | 'sm' }) {
  const t = useT();
  return (
    <>
      {list.hasNextPage && (
        <Button
          variant="default"
          size={size}
          onClick={() => list.fetchNextPage()}
          loading={list.isFetchingNextPage}
          style={{ alignSelf: 'center' }}
        >
          {t.common.loadMore}
        </Button>
      )}
      {list.isFetchNextPageError && <QueryError error={list.error} onRetry={() => list.fetchNextPage()} />}
    </>
  );
}
