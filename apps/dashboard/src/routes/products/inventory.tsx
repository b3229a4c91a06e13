import {
  ActionIcon,
  Anchor,
  Button,
  Card,
  Checkbox,
  EmptyState,
  Group,
  Modal,
  Paper,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowLeft, IconBoxOff, IconFilterOff, IconHistory } from '@tabler/icons-react';
import { createLazyRoute, getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { LoadMore } from '../../components/load-more.tsx';
import { StockAdjustDialog } from '../../components/product/stock-adjust-dialog.tsx';
import { StockLedger } from '../../components/product/stock-ledger.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { SearchField } from '../../components/search-field.tsx';
import { formatDateTime } from '../../format.ts';
import { useInventoryList, useWarehouses } from '../../hooks/products.ts';
import { useCan } from '../../hooks/profile.ts';
import { useT } from '../../i18n/i18n.tsx';
import { productsSection } from '../../i18n/products.ts';
import type { InventorySearch } from './search.ts';

export const inventoryPageLazy = createLazyRoute('/signed-in/products/inventory')({
  component: InventoryPage,
});
const inventoryRoute = getRouteApi('/signed-in/products/inventory');

interface Row {
  id: string;
  variantId: string;
  warehouseId: string;
  sku: string;
  warehouseName: string;
}

function InventoryPage() {
  const t = useT(productsSection);
  const s = t.products.stock;
  const search = inventoryRoute.useSearch();
  const navigate = useNavigate({ from: '/products/inventory' });
  const list = useInventoryList(search);
  const canManage = useCan('inventory.manage');
  const [selected, setSelected] = useState<Map<string, Row>>(new Map());
  const [adjusting, setAdjusting] = useState(false);
  const [ledgerOf, setLedgerOf] = useState<Row | null>(null);
  const setSearch = (patch: Partial<InventorySearch>) => {
    setSelected(new Map());
    return navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  };

  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(search.q || search.warehouseId || search.stock);
  const toggle = (row: Row, on: boolean) => {
    const next = new Map(selected);
    if (on) next.set(row.id, row);
    else next.delete(row.id);
    setSelected(next);
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/products" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {s.backToList}
        </Group>
      </Anchor>
      <div>
        <Title order={1} size="h2">
          {s.title}
        </Title>
        <Text c="dimmed" size="sm">
          {s.intro}
        </Text>
      </div>

      <Filters search={search} onChange={setSearch} />

      {canManage && selected.size > 0 && (
        <Paper withBorder p="sm" bg="blue.0">
          <Group justify="space-between" gap="sm">
            <Text size="sm" fw={500} aria-live="polite">
              {s.selected(selected.size)}
            </Text>
            <Button size="xs" onClick={() => setAdjusting(true)}>
              {s.adjust}
            </Button>
          </Group>
        </Paper>
      )}

      {list.isPending ? (
        <Card withBorder aria-busy="true">
          <Stack gap="md">
            {Array.from({ length: 6 }, (_, i) => (
              <Skeleton key={i} h={40} />
            ))}
          </Stack>
        </Card>
      ) : !list.data ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : items.length === 0 ? (
        <Card withBorder>
          <EmptyState
            icon={<IconBoxOff size={28} aria-hidden />}
            title={s.emptyTitle}
            description={filtered ? s.emptyFiltered : s.emptyNone}
          />
        </Card>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite">
            {s.count(items.length)}
          </Text>
          <Card withBorder p={0}>
            <Table highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  {canManage && (
                    <Table.Th w={40}>
                      <Checkbox
                        aria-label={s.selectAll}
                        checked={items.every((r) => selected.has(r.id))}
                        indeterminate={selected.size > 0 && !items.every((r) => selected.has(r.id))}
                        onChange={(event) =>
                          setSelected(
                            event.currentTarget.checked ? new Map(items.map((r) => [r.id, r])) : new Map(),
                          )
                        }
                      />
                    </Table.Th>
                  )}
                  <Table.Th>{s.column.product}</Table.Th>
                  <Table.Th visibleFrom="sm">{s.column.warehouse}</Table.Th>
                  <Table.Th ta="right">{s.column.quantity}</Table.Th>
                  <Table.Th visibleFrom="sm">{s.column.updated}</Table.Th>
                  <Table.Th w={1}>
                    <VisuallyHidden>{s.history}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((row) => (
                  <Table.Tr key={row.id}>
                    {canManage && (
                      <Table.Td>
                        <Checkbox
                          aria-label={s.select(row.sku, row.warehouseName)}
                          checked={selected.has(row.id)}
                          onChange={(event) => toggle(row, event.currentTarget.checked)}
                        />
                      </Table.Td>
                    )}
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {row.productName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {row.sku}
                        {row.variantName ? ` · ${row.variantName}` : ''}
                        <Text span hiddenFrom="sm" inherit>
                          {` · ${row.warehouseName}`}
                        </Text>
                      </Text>
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <Text size="sm">{row.warehouseName}</Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm" fw={600} c={row.quantity === 0 ? 'red.9' : undefined}>
                        {row.quantity.toLocaleString(t.locale)}
                      </Text>
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <Text size="xs" c="dimmed">
                        {formatDateTime(t.locale, row.updatedAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {/* On a phone the icon alone, so the product's name gets the row's width. */}
                      <ActionIcon
                        hiddenFrom="sm"
                        variant="subtle"
                        aria-label={s.historyOf(row.sku, row.warehouseName)}
                        onClick={() => setLedgerOf(row)}
                      >
                        <IconHistory size={18} aria-hidden />
                      </ActionIcon>
                      <Button
                        visibleFrom="sm"
                        size="xs"
                        variant="subtle"
                        leftSection={<IconHistory size={14} aria-hidden />}
                        aria-label={s.historyOf(row.sku, row.warehouseName)}
                        onClick={() => setLedgerOf(row)}
                      >
                        {s.history}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
          <LoadMore list={list} />
        </Stack>
      )}

      <StockAdjustDialog
        rows={[...selected.values()].map(({ variantId, warehouseId }) => ({ variantId, warehouseId }))}
        opened={adjusting}
        onClose={() => setAdjusting(false)}
        onDone={() => {
          setAdjusting(false);
          setSelected(new Map());
        }}
      />
      <Modal
        opened={ledgerOf !== null}
        onClose={() => setLedgerOf(null)}
        title={ledgerOf ? s.historyOf(ledgerOf.sku, ledgerOf.warehouseName) : ''}
        size="lg"
        closeButtonProps={{ 'aria-label': t.products.close }}
      >
        {ledgerOf && <StockLedger variantId={ledgerOf.variantId} warehouseId={ledgerOf.warehouseId} />}
      </Modal>
    </Stack>
  );
}

function Filters({
  search,
  onChange,
}: {
  search: InventorySearch;
  onChange: (patch: Partial<InventorySearch>) => void;
}) {
  const t = useT(productsSection);
  const s = t.products.stock;
  const warehouses = useWarehouses();
  const filtered = Boolean(search.q || search.warehouseId || search.stock);

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <SearchField
        value={search.q}
        onSearch={(q) => onChange({ q })}
        label={t.products.search}
        placeholder={t.products.searchPlaceholder}
      />
      <Select
        label={s.warehouse}
        placeholder={s.anyWarehouse}
        value={search.warehouseId ?? null}
        onChange={(value) => onChange({ warehouseId: value ?? undefined })}
        data={(warehouses.data ?? []).map((w) => ({ value: w.id, label: w.name }))}
        clearable
        style={{ flex: '1 1 180px' }}
      />
      <Select
        label={s.level}
        placeholder={s.anyLevel}
        value={search.stock ?? null}
        onChange={(value) => onChange({ stock: (value as InventorySearch['stock']) ?? undefined })}
        data={[
          { value: 'out', label: s.out },
          { value: 'low', label: s.low },
        ]}
        clearable
        style={{ flex: '1 1 160px' }}
      />
      {filtered && (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} />}
          onClick={() => {
            onChange({ q: undefined, warehouseId: undefined, stock: undefined });
          }}
        >
          {t.products.clearFilters}
        </Button>
      )}
    </Group>
  );
}
