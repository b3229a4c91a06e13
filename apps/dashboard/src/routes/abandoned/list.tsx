import { abandonedStates } from '@bosonline/contracts';
import {
  Anchor,
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBrandWhatsapp, IconSearch, IconShoppingCartX } from '@tabler/icons-react';
import { createLazyRoute, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { errorMessage } from '../../api/errors.ts';
import type { BosOutputs } from '../../api/sdk-recipe.ts';
import { AnchorLink } from '../../components/links.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { formatDateTime } from '../../format.ts';
import { useAbandonedFollowUp, useAbandonedList } from '../../hooks/order-actions.ts';
import { useCan } from '../../hooks/profile.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { AbandonedSearch } from './search.ts';

export const abandonedPageLazy = createLazyRoute('/signed-in/abandoned')({ component: AbandonedPage });
const abandonedRoute = getRouteApi('/signed-in/abandoned');

type Row = BosOutputs['abandoned']['list']['items'][number];

function AbandonedPage() {
  const t = useT();
  const m = t.orderTools.abandoned;
  const search = abandonedRoute.useSearch();
  const navigate = useNavigate({ from: '/abandoned' });
  const list = useAbandonedList(search);
  const setSearch = (patch: Partial<AbandonedSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const [q, setQ] = useState(search.q ?? '');
  const commitQ = useDebouncedCallback((value: string) => setSearch({ q: value.trim() || undefined }), 300);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {m.title}
      </Title>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={m.search}
          placeholder={m.searchPlaceholder}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={q}
          onChange={(event) => {
            setQ(event.currentTarget.value);
            commitQ(event.currentTarget.value);
          }}
          style={{ flex: '1 1 220px' }}
        />
        <Select
          label={m.state}
          placeholder={m.anyState}
          value={search.state ?? null}
          onChange={(value) => setSearch({ state: (value as AbandonedSearch['state']) ?? undefined })}
          data={abandonedStates.map((s) => ({ value: s, label: m.states[s] }))}
          clearable
          style={{ flex: '1 1 180px' }}
        />
      </Group>
      {list.isPending ? (
        <Card withBorder aria-busy="true">
          <Stack gap="md">
            {Array.from({ length: 5 }, (_, i) => (
              <Skeleton key={i} h={40} />
            ))}
          </Stack>
        </Card>
      ) : !list.data ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : items.length === 0 ? (
        <Card withBorder>
          <EmptyState
            icon={<IconShoppingCartX size={28} aria-hidden />}
            title={m.emptyTitle}
            description={search.q || search.state ? m.emptyFiltered : m.emptyNone}
          />
        </Card>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite">
            {m.count(items.length)}
          </Text>
          <Card withBorder p={0}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{m.column.buyer}</Table.Th>
                  <Table.Th visibleFrom="sm">{m.column.form}</Table.Th>
                  <Table.Th visibleFrom="sm">{m.column.updated}</Table.Th>
                  <Table.Th>{m.column.action}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((row) => (
                  <AbandonedRow key={row.id} row={row} />
                ))}
              </Table.Tbody>
            </Table>
          </Card>
          <LoadMore list={list} />
        </Stack>
      )}
    </Stack>
  );
}

function AbandonedRow({ row }: { row: Row }) {
  const t = useT();
  const m = t.orderTools.abandoned;
  const canFollowUp = useCan('order.followUp');
  const followUp = useAbandonedFollowUp();
  const [waLink, setWaLink] = useState<string | null>(null);
  const send = async () => {
    try {
      const answer = await followUp.mutateAsync({ id: row.id });
      setWaLink(answer.waLink);
      notifications.show({
        color: answer.sent ? 'green' : 'yellow',
        message: answer.sent ? m.followedUp : t.orderTools.followUp.notSent,
        closeButtonProps: { 'aria-label': t.orderTools.bulk.close },
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        message: errorMessage(t, error),
        closeButtonProps: { 'aria-label': t.orderTools.bulk.close },
      });
    }
  };
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={600}>
          {row.buyerName ?? m.noName}
        </Text>
        <Text size="xs" c="dimmed">
          {row.buyerPhone}
        </Text>
        <Badge
          mt={4}
          size="sm"
          variant="light"
          color={row.state === 'recovered' ? 'green' : row.state === 'open' ? 'orange' : 'blue'}
        >
          {m.states[row.state]}
        </Badge>
        <Text size="xs" c="dimmed" hiddenFrom="sm">
          {row.formName} · {formatDateTime(t.locale, row.updatedAt)}
        </Text>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm">{row.formName}</Text>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm">{formatDateTime(t.locale, row.updatedAt)}</Text>
      </Table.Td>
      <Table.Td>
        {row.invoice ? (
          <AnchorLink to="/orders/$invoice" params={{ invoice: row.invoice }} size="sm">
            {m.order(row.invoice)}
          </AnchorLink>
        ) : (
          <Stack gap={4} align="flex-start">
            {canFollowUp && (
              <Button size="xs" variant="light" onClick={send} loading={followUp.isPending}>
                {m.followUp}
              </Button>
            )}
            {waLink && (
              <Anchor href={waLink} target="_blank" rel="noopener noreferrer" size="sm">
                <Group gap={4} wrap="nowrap">
                  <IconBrandWhatsapp size={16} aria-hidden />
                  {m.openWa}
                </Group>
              </Anchor>
            )}
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
