import { sellerMarkings } from '@bosonline/contracts';
import { Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconBuildingStore, IconFilterOff } from '@tabler/icons-react';
import { createLazyRoute, getRouteApi, useNavigate } from '@tanstack/react-router';
import { AdminTable } from '../../components/admin/admin-table.tsx';
import { MarkingBadge, SellerStatusBadge } from '../../components/admin-badges.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { ListStates } from '../../components/list-states.tsx';
import { SearchField } from '../../components/search-field.tsx';
import { formatDate } from '../../format.ts';
import { useSellerList } from '../../hooks/admin.ts';
import { adminSection } from '../../i18n/admin.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { SellerSearch } from './search.ts';

export const adminSellersPageLazy = createLazyRoute('/admin/staff/sellers')({ component: SellersPage });
const sellersRoute = getRouteApi('/admin/staff/sellers');

const statuses = ['active', 'suspended', 'deleted'] as const;
const hasFilters = (search: SellerSearch) => Boolean(search.q || search.status || search.marking);

function SellersPage() {
  const t = useT(adminSection);
  const search = sellersRoute.useSearch();
  const navigate = useNavigate({ from: '/admin/sellers' });
  const list = useSellerList(search);
  const setSearch = (patch: Partial<SellerSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t.admin.sellers.title}
        </Title>
        <Text c="dimmed">{t.admin.sellers.intro}</Text>
      </div>

      <Group align="flex-end" gap="sm" wrap="wrap">
        <SearchField
          value={search.q}
          onSearch={(q) => setSearch({ q })}
          label={t.admin.sellers.search}
          placeholder={t.admin.sellers.searchPlaceholder}
        />
        <Select
          label={t.admin.sellers.status}
          placeholder={t.admin.sellers.anyStatus}
          value={search.status ?? null}
          onChange={(value) => setSearch({ status: (value as SellerSearch['status'] | null) ?? undefined })}
          data={statuses.map((s) => ({ value: s, label: t.admin.sellerStatus[s] }))}
          clearable
          style={{ flex: '1 1 150px' }}
        />
        <Select
          label={t.admin.sellers.marking}
          placeholder={t.admin.sellers.anyMarking}
          value={search.marking ?? null}
          onChange={(value) => setSearch({ marking: (value as SellerSearch['marking'] | null) ?? undefined })}
          data={[...sellerMarkings, 'none' as const].map((m) => ({ value: m, label: t.admin.marking[m] }))}
          clearable
          style={{ flex: '1 1 150px' }}
        />
        {hasFilters(search) && (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} />}
            onClick={() => setSearch({ q: undefined, status: undefined, marking: undefined })}
          >
            {t.admin.sellers.clearFilters}
          </Button>
        )}
      </Group>

      <ListStates
        query={list}
        count={items.length}
        skeleton={{ rows: 5 }}
        empty={{
          icon: <IconBuildingStore size={28} aria-hidden />,
          title: t.admin.sellers.emptyTitle,
          description: hasFilters(search) ? t.admin.sellers.emptyFiltered : t.admin.sellers.emptyNone,
        }}
      >
        <AdminTable
          count={t.admin.sellers.count(items.length)}
          columns={[
            { label: t.admin.sellers.column.seller },
            { label: t.admin.sellers.column.stores, wide: true },
            { label: t.admin.sellers.column.registered, wide: true },
            { label: t.admin.sellers.column.status, wide: true },
          ]}
          list={list}
        >
          {items.map((seller) => (
            <Table.Tr key={seller.id}>
              <Table.Td style={{ wordBreak: 'break-word' }}>
                <AnchorLink to="/admin/sellers/$id" params={{ id: seller.id }} fw={600}>
                  {seller.name}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {seller.email} · {seller.phone}
                </Text>
                {/* A phone has no room for more columns: stores and status under the name. */}
                <Text size="xs" c="dimmed" hiddenFrom="sm">
                  {seller.stores.map((s) => s.name).join(', ') || t.admin.sellers.noStores}
                </Text>
                <Group gap={4} mt={4} hiddenFrom="sm">
                  <SellerStatusBadge status={seller.status} />
                  <MarkingBadge marking={seller.marking} />
                </Group>
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <Text size="sm">
                  {seller.stores.map((s) => s.name).join(', ') || t.admin.sellers.noStores}
                </Text>
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <Text size="sm">{formatDate(t.locale, seller.registeredAt)}</Text>
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <Stack gap={4} align="flex-start">
                  <SellerStatusBadge status={seller.status} />
                  <MarkingBadge marking={seller.marking} />
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </AdminTable>
      </ListStates>
    </Stack>
  );
}
