import {
  Button,
  Card,
  Code,
  EmptyState,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import {
  IconDatabase,
  IconFilter,
  IconFilterOff,
  IconRefresh,
  IconTrash,
  IconTrashX,
} from '@tabler/icons-react';
import { createLazyRoute, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { CacheKeyDrawer } from '../../components/admin/cache-key-drawer.tsx';
import { CacheOwner } from '../../components/admin/cache-owner.tsx';
import { CacheStats } from '../../components/admin/cache-stats.tsx';
import { ConfirmDrop } from '../../components/admin/confirm-drop.tsx';
import { RequirePermission } from '../../components/admin/permission-notice.tsx';
import { ListSkeleton } from '../../components/list-skeleton.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useCacheDrops, useCacheKeys, useCacheRefresh, useCacheStats } from '../../hooks/admin-cache.ts';
import { adminSection } from '../../i18n/admin.ts';
import { useConsoleT } from '../../i18n/admin-console.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { CacheSearch } from './search.ts';

export const adminCachePageLazy = createLazyRoute('/admin/staff/cache')({ component: CachePage });
const cacheRoute = getRouteApi('/admin/staff/cache');

function CachePage() {
  const c = useConsoleT();
  return (
    <RequirePermission permission="cache.manage" title={c.cache.title}>
      <Cache />
    </RequirePermission>
  );
}

/** What is about to be dropped, waiting for a yes. */
type Pending = { kind: 'pattern'; pattern: string } | { kind: 'flush' };

/** The contracts' rule for a key pattern: under the cache's own `bos:` prefix, at most 300 characters. */
const validPattern = (text: string) => /^bos:.{1,296}$/.test(text);

function Cache() {
  const t = useT(adminSection);
  const c = useConsoleT().cache;
  const search = cacheRoute.useSearch();
  const navigate = useNavigate({ from: '/admin/cache' });
  const setSearch = (patch: Partial<CacheSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const { list, keys } = useCacheKeys(search.match);
  const stats = useCacheStats();
  const drops = useCacheDrops();
  const refresh = useCacheRefresh();
  const [pending, setPending] = useState<Pending | null>(null);
  const [pattern, setPattern] = useState(search.match ?? '');
  const [patternError, setPatternError] = useState<string | null>(null);

  const applyPattern = () => {
    const text = pattern.trim();
    if (text && !validPattern(text)) return setPatternError(c.patternHint);
    setPatternError(null);
    setSearch({ match: text || undefined });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Title order={1} size="h2">
            {c.title}
          </Title>
          <Text c="dimmed">{c.intro}</Text>
        </div>
        <Group gap="sm" wrap="wrap">
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={() => refresh()}
            loading={stats.isRefetching}
          >
            {c.refresh}
          </Button>
          <Button
            color="red"
            variant="light"
            leftSection={<IconTrashX size={16} aria-hidden />}
            onClick={() => {
              // The count the confirm names is asked for afresh: buyers' reads add keys meanwhile.
              void stats.refetch();
              setPending({ kind: 'flush' });
            }}
            disabled={stats.data?.keys === 0}
          >
            {c.flush}
          </Button>
        </Group>
      </Group>

      <CacheStats />

      <Card withBorder component="section" aria-labelledby="cache-list-title">
        <Title order={2} size="h4" id="cache-list-title" mb="xs">
          {c.list}
        </Title>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            applyPattern();
          }}
        >
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={c.pattern}
              placeholder="bos:region:*"
              description={patternError ? undefined : c.patternHint}
              error={patternError}
              value={pattern}
              onChange={(event) => setPattern(event.currentTarget.value)}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              style={{ flex: '1 1 260px' }}
            />
            <Group gap="sm" wrap="wrap">
              <Button type="submit" variant="default" leftSection={<IconFilter size={16} aria-hidden />}>
                {c.filter}
              </Button>
              {search.match && (
                <>
                  <Button
                    variant="subtle"
                    leftSection={<IconFilterOff size={16} aria-hidden />}
                    onClick={() => {
                      setPattern('');
                      setPatternError(null);
                      setSearch({ match: undefined });
                    }}
                  >
                    {t.admin.sellers.clearFilters}
                  </Button>
                  <Button
                    color="red"
                    variant="light"
                    leftSection={<IconTrash size={16} aria-hidden />}
                    onClick={() => search.match && setPending({ kind: 'pattern', pattern: search.match })}
                  >
                    {c.deletePattern}
                  </Button>
                </>
              )}
            </Group>
          </Group>
        </form>

        <Stack gap="sm" mt="md">
          {list.isPending ? (
            <ListSkeleton rows={4} height={28} />
          ) : !list.data ? (
            <QueryError error={list.error} onRetry={() => list.refetch()} />
          ) : keys.length === 0 && !list.hasNextPage ? (
            <EmptyState
              icon={<IconDatabase size={28} aria-hidden />}
              title={c.emptyTitle}
              description={search.match ? c.emptyFiltered : c.emptyNone}
            />
          ) : (
            <>
              <Text size="sm" c="dimmed" aria-live="polite">
                {c.shown(keys.length)}
                {list.hasNextPage ? ` · ${c.more}` : ''}
              </Text>
              <Stack
                gap={6}
                component="ul"
                aria-label={c.list}
                style={{ listStyle: 'none', padding: 0, margin: 0 }}
              >
                {keys.map((key) => (
                  <li key={key}>
                    <UnstyledButton onClick={() => setSearch({ key })} aria-label={c.open(key)}>
                      <Code c="brand.8" style={{ wordBreak: 'break-all' }}>
                        {key}
                      </Code>
                    </UnstyledButton>
                  </li>
                ))}
              </Stack>
              <LoadMore list={list} />
            </>
          )}
        </Stack>
      </Card>

      <CacheOwner onOpen={(key) => setSearch({ key })} />

      {search.key && <CacheKeyDrawer cacheKey={search.key} onClose={() => setSearch({ key: undefined })} />}
      {pending?.kind === 'pattern' && (
        <ConfirmDrop
          title={c.deletePatternTitle}
          body={c.deletePatternBody(pending.pattern, keys.length.toLocaleString(t.locale), list.hasNextPage)}
          drop={() => drops.deletePattern.mutateAsync({ pattern: pending.pattern })}
          onClose={() => setPending(null)}
        />
      )}
      {pending?.kind === 'flush' && (
        <ConfirmDrop
          title={c.flushTitle}
          body={c.flushBody((stats.data?.keys ?? 0).toLocaleString(t.locale))}
          drop={() => drops.flush.mutateAsync()}
          onClose={() => setPending(null)}
        />
      )}
    </Stack>
  );
}
