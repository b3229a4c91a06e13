import { catalogStatuses, formatRupiah } from '@bosonline/contracts';
import {
  Button,
  Card,
  Checkbox,
  Group,
  Image,
  Paper,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { IconBoxOff, IconBuildingWarehouse, IconFilterOff, IconPlus } from '@tabler/icons-react';
import { createLazyRoute, getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { errorMessage } from '../../api/errors.ts';
import { AnchorLink } from '../../components/links.tsx';
import { ListStates } from '../../components/list-states.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { DownloadsMenu } from '../../components/product/downloads-menu.tsx';
import { notify } from '../../components/product/notify.ts';
import { CatalogStatusBadge } from '../../components/product/status-badge.tsx';
import { SearchField } from '../../components/search-field.tsx';
import { useCategories, useProductList, useSetProductStatus } from '../../hooks/products.ts';
import { useCan } from '../../hooks/profile.ts';
import { useT } from '../../i18n/i18n.tsx';
import { productsSection } from '../../i18n/products.ts';
import { type CatalogStatus, hasProductFilters, type ProductSearch } from './search.ts';

export const productsPageLazy = createLazyRoute('/signed-in/products')({ component: ProductsPage });
const productsRoute = getRouteApi('/signed-in/products');

function ProductsPage() {
  const t = useT(productsSection);
  const search = productsRoute.useSearch();
  const navigate = useNavigate({ from: '/products' });
  const list = useProductList(search);
  const canManage = useCan('catalog.manage');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const setSearch = (patch: Partial<ProductSearch>) => {
    setSelected(new Set());
    return navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  };

  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Title order={1} size="h2">
          {t.products.title}
        </Title>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconBuildingWarehouse size={16} />}
            renderRoot={(props) => <Link to="/products/inventory" {...props} />}
          >
            {t.products.inventory}
          </Button>
          <DownloadsMenu />
          {canManage && (
            <Button
              leftSection={<IconPlus size={16} />}
              renderRoot={(props) => <Link to="/products/new" {...props} />}
            >
              {t.products.create}
            </Button>
          )}
        </Group>
      </Group>

      <Tabs
        value={search.status ?? 'all'}
        onChange={(value) =>
          setSearch({ status: value && value !== 'all' ? (value as CatalogStatus) : undefined })
        }
        activateTabWithKeyboard={false}
      >
        <Tabs.List aria-label={t.products.statusTabs}>
          <Tabs.Tab value="all">{t.products.all}</Tabs.Tab>
          {catalogStatuses.map((status) => (
            <Tabs.Tab key={status} value={status}>
              {t.products.status[status]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>

      <Filters search={search} onChange={setSearch} />

      {canManage && selected.size > 0 && (
        <BulkStatus ids={[...selected]} onDone={() => setSelected(new Set())} />
      )}

      <ListStates
        query={list}
        count={items.length}
        skeleton={{ rows: 6, height: 48 }}
        empty={{
          icon: <IconBoxOff size={28} aria-hidden />,
          title: t.products.emptyTitle,
          description:
            hasProductFilters(search) || search.status ? t.products.emptyFiltered : t.products.emptyNone,
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t.products.count(items.length)}
          </Text>
          <Card withBorder p={0}>
            <Table highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  {canManage && (
                    <Table.Th w={40}>
                      <Checkbox
                        aria-label={t.products.selectAll}
                        checked={items.length > 0 && items.every((p) => selected.has(p.id))}
                        indeterminate={selected.size > 0 && !items.every((p) => selected.has(p.id))}
                        onChange={(event) =>
                          setSelected(
                            event.currentTarget.checked ? new Set(items.map((p) => p.id)) : new Set(),
                          )
                        }
                      />
                    </Table.Th>
                  )}
                  <Table.Th>{t.products.column.product}</Table.Th>
                  <Table.Th ta="right" visibleFrom="sm">
                    {t.products.column.price}
                  </Table.Th>
                  <Table.Th ta="right" visibleFrom="sm">
                    {t.products.column.stock}
                  </Table.Th>
                  <Table.Th visibleFrom="sm">{t.products.column.status}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((product) => (
                  <Table.Tr key={product.id}>
                    {canManage && (
                      <Table.Td>
                        <Checkbox
                          aria-label={t.products.select(product.name)}
                          checked={selected.has(product.id)}
                          onChange={(event) => {
                            const next = new Set(selected);
                            if (event.currentTarget.checked) next.add(product.id);
                            else next.delete(product.id);
                            setSelected(next);
                          }}
                        />
                      </Table.Td>
                    )}
                    <Table.Td>
                      <Group gap="sm" wrap="nowrap" align="flex-start">
                        <Thumbnail url={product.imageUrl} />
                        <div style={{ minWidth: 0 }}>
                          <AnchorLink to="/products/$id" params={{ id: product.id }} fw={600}>
                            {product.name}
                          </AnchorLink>
                          <Text size="xs" c="dimmed">
                            {product.sku} · {t.products.variants(product.variantCount)}
                            {product.category ? ` · ${product.category.name}` : ''}
                          </Text>
                          {/* On a phone the price, stock and status share the product's cell. */}
                          <Text size="sm" fw={600} hiddenFrom="sm">
                            {priceRange(product.minPrice, product.maxPrice)}
                          </Text>
                          <Group gap={6} hiddenFrom="sm" mt={4}>
                            <CatalogStatusBadge status={product.status} />
                            <Text size="xs">
                              {t.products.column.stock}: {product.totalStock}
                            </Text>
                          </Group>
                        </div>
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right" visibleFrom="sm">
                      <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {priceRange(product.minPrice, product.maxPrice)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" visibleFrom="sm">
                      <Text size="sm">{product.totalStock}</Text>
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <CatalogStatusBadge status={product.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
          <LoadMore list={list} />
        </Stack>
      </ListStates>
    </Stack>
  );
}

function priceRange(min: number | null, max: number | null): string {
  if (min === null || max === null) return '–';
  return min === max ? formatRupiah(min) : `${formatRupiah(min)} – ${formatRupiah(max)}`;
}

function Thumbnail({ url }: { url: string | null }) {
  const t = useT(productsSection);
  return url ? (
    <Image src={url} alt="" w={48} h={48} radius="sm" fit="cover" style={{ flexShrink: 0 }} />
  ) : (
    <Paper w={48} h={48} radius="sm" bg="gray.1" style={{ flexShrink: 0 }} title={t.products.noImage} />
  );
}

/** Activates or deactivates the selected products in one call. */
function BulkStatus({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const t = useT(productsSection);
  const setStatus = useSetProductStatus();
  const apply = (status: CatalogStatus) =>
    setStatus.mutate(
      { ids, status },
      {
        onSuccess: (result) => {
          notify('teal', t.products.statusChanged(result.updated));
          onDone();
        },
        onError: (error) => notify('red', errorMessage(t, error)),
      },
    );
  return (
    <Paper withBorder p="sm" bg="blue.0">
      <Group justify="space-between" gap="sm">
        <Text size="sm" fw={500} aria-live="polite">
          {t.products.selected(ids.length)}
        </Text>
        <Group gap="xs">
          <Button size="xs" onClick={() => apply('active')} loading={setStatus.isPending}>
            {t.products.activate}
          </Button>
          <Button size="xs" variant="default" onClick={() => apply('inactive')} loading={setStatus.isPending}>
            {t.products.deactivate}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

function Filters({
  search,
  onChange,
}: {
  search: ProductSearch;
  onChange: (patch: Partial<ProductSearch>) => void;
}) {
  const t = useT(productsSection);
  const categories = useCategories();

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <SearchField
        value={search.q}
        onSearch={(q) => onChange({ q })}
        label={t.products.search}
        placeholder={t.products.searchPlaceholder}
      />
      <Select
        label={t.products.category}
        placeholder={t.products.anyCategory}
        value={search.categoryId ? String(search.categoryId) : null}
        onChange={(value) => onChange({ categoryId: value ? Number(value) : undefined })}
        data={(categories.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
        clearable
        searchable
        style={{ flex: '1 1 200px' }}
      />
      {hasProductFilters(search) && (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} />}
          onClick={() => {
            onChange({ q: undefined, categoryId: undefined });
          }}
        >
          {t.products.clearFilters}
        </Button>
      )}
    </Group>
  );
}
