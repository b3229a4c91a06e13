import { catalogStatuses, formatRupiah, productMarkings } from '@bosonline/contracts';
import { Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconFilterOff, IconPackage } from '@tabler/icons-react';
import { createLazyRoute, getRouteApi, useNavigate } from '@tanstack/react-router';
import { AdminTable, RowOpener } from '../../components/admin/admin-table.tsx';
import { DownloadButton } from '../../components/admin/download-button.tsx';
import { RequirePermission } from '../../components/admin/permission-notice.tsx';
import { ProductMarkingBadge, ProductStatusBadge } from '../../components/admin/product-badges.tsx';
import { ProductDrawer } from '../../components/admin/product-drawer.tsx';
import { ListStates } from '../../components/list-states.tsx';
import { SearchField } from '../../components/search-field.tsx';
import { useAdminProducts, useProductExport, useSellerChoices } from '../../hooks/admin-console.ts';
import { useConsoleT } from '../../i18n/admin-console.ts';
import type { AdminProductSearch } from './search.ts';

export const adminProductsPageLazy = createLazyRoute('/admin/staff/products')({ component: ProductsPage });
const productsRoute = getRouteApi('/admin/staff/products');

const hasFilters = (s: AdminProductSearch) => Boolean(s.q || s.status || s.marking || s.sellerId);

function ProductsPage() {
  const c = useConsoleT();
  return (
    <RequirePermission permission="product.view" title={c.products.title}>
      <Products />
    </RequirePermission>
  );
}

function price(min: number | null, max: number | null) {
  if (min === null) return '—';
  return min === max || max === null ? formatRupiah(min) : `${formatRupiah(min)} – ${formatRupiah(max)}`;
}

function Products() {
  const c = useConsoleT();
  const search = productsRoute.useSearch();
  const navigate = useNavigate({ from: '/admin/products' });
  const list = useAdminProducts(search);
  const exportProducts = useProductExport();
  const sellers = useSellerChoices();
  const setSearch = (patch: Partial<AdminProductSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {c.products.title}
          </Title>
          <Text c="dimmed">{c.products.intro}</Text>
        </div>
        <DownloadButton label={c.products.download} link={() => exportProducts(search)} />
      </Group>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <SearchField
          value={search.q}
          onSearch={(q) => setSearch({ q })}
          label={c.products.search}
          placeholder={c.products.searchPlaceholder}
        />
        <Select
          label={c.products.status}
          placeholder={c.products.anyStatus}
          value={search.status ?? null}
          onChange={(value) => setSearch({ status: (value as AdminProductSearch['status']) ?? undefined })}
          data={catalogStatuses.map((s) => ({ value: s, label: c.products.statuses[s] }))}
          clearable
          style={{ flex: '1 1 140px' }}
        />
        <Select
          label={c.products.marking}
          placeholder={c.products.anyMarking}
          value={search.marking ?? null}
          onChange={(value) => setSearch({ marking: (value as AdminProductSearch['marking']) ?? undefined })}
          data={[...productMarkings, 'none' as const].map((m) => ({
            value: m,
            label: c.products.markings[m],
          }))}
          clearable
          style={{ flex: '1 1 140px' }}
        />
        <Select
          label={c.orders.seller}
          placeholder={c.orders.anySeller}
          value={search.sellerId ?? null}
          onChange={(value) => setSearch({ sellerId: value ?? undefined })}
          data={(sellers.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
          searchable
          clearable
          style={{ flex: '1 1 140px' }}
        />
        {hasFilters(search) && (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} />}
            onClick={() =>
              setSearch({ q: undefined, status: undefined, marking: undefined, sellerId: undefined })
            }
          >
            {c.clearFilters}
          </Button>
        )}
      </Group>

      <ListStates
        query={list}
        count={items.length}
        skeleton={{ rows: 5 }}
        empty={{
          icon: <IconPackage size={28} aria-hidden />,
          title: c.products.emptyTitle,
          description: hasFilters(search) ? c.products.emptyFiltered : c.products.emptyNone,
        }}
      >
        <AdminTable
          count={c.products.count(items.length)}
          columns={[
            { label: c.products.column.product },
            { label: c.products.column.seller, wide: true },
            { label: c.products.column.price, wide: true },
            { label: c.products.column.status, wide: true },
          ]}
          list={list}
        >
          {items.map((product) => (
            <Table.Tr key={product.id}>
              <Table.Td style={{ wordBreak: 'break-word' }}>
                <RowOpener
                  onOpen={() => setSearch({ product: product.id })}
                  label={c.products.open(product.name)}
                  title={product.name}
                />
                <Text size="xs" c="dimmed">
                  {product.sku}
                </Text>
                <Text size="xs" c="dimmed" hiddenFrom="sm">
                  {product.seller.name} · {product.store.name} · {price(product.minPrice, product.maxPrice)}
                </Text>
                <Group gap={4} mt={4} hiddenFrom="sm">
                  <ProductStatusBadge status={product.status} />
                  <ProductMarkingBadge marking={product.marking} />
                </Group>
              </Table.Td>
              <Table.Td visibleFrom="sm" style={{ wordBreak: 'break-word' }}>
                <Text size="sm">{product.seller.name}</Text>
                <Text size="xs" c="dimmed">
                  {product.store.name}
                </Text>
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <Text size="sm">{price(product.minPrice, product.maxPrice)}</Text>
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <Stack gap={4} align="flex-start">
                  <ProductStatusBadge status={product.status} />
                  <ProductMarkingBadge marking={product.marking} />
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </AdminTable>
      </ListStates>
      {search.product && (
        <ProductDrawer id={search.product} onClose={() => setSearch({ product: undefined })} />
      )}
    </Stack>
  );
}
