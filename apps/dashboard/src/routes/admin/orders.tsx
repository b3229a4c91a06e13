import '@mantine/dates/styles.css';
import { formatRupiah, orderPaymentMethods, orderStatuses } from '@bosonline/contracts';
import { Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar, IconFilterOff, IconReceiptOff } from '@tabler/icons-react';
import { createLazyRoute, getRouteApi, useNavigate } from '@tanstack/react-router';
import { AdminTable, RowOpener } from '../../components/admin/admin-table.tsx';
import { DownloadButton } from '../../components/admin/download-button.tsx';
import { OrderDrawer } from '../../components/admin/order-drawer.tsx';
import { RequirePermission } from '../../components/admin/permission-notice.tsx';
import { ListStates } from '../../components/list-states.tsx';
import { SearchField } from '../../components/search-field.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { formatDateTime } from '../../format.ts';
import { useAdminOrders, useOrderExport, useSellerChoices } from '../../hooks/admin-console.ts';
import { useConsoleT } from '../../i18n/admin-console.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { AdminOrderSearch } from './search.ts';

export const adminOrdersPageLazy = createLazyRoute('/admin/staff/orders')({ component: OrdersPage });
const ordersRoute = getRouteApi('/admin/staff/orders');

const hasFilters = (s: AdminOrderSearch) =>
  Boolean(s.q || s.status || s.paymentMethod || s.sellerId || s.storeId || s.from || s.to);

function OrdersPage() {
  const c = useConsoleT();
  return (
    <RequirePermission permission="order.view" title={c.orders.title}>
      <Orders />
    </RequirePermission>
  );
}

function Orders() {
  const t = useT();
  const c = useConsoleT();
  const search = ordersRoute.useSearch();
  const navigate = useNavigate({ from: '/admin/orders' });
  const list = useAdminOrders(search);
  const sellers = useSellerChoices();
  const exportOrders = useOrderExport();
  const setSearch = (patch: Partial<AdminOrderSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total;
  // The stores to pick from: the chosen seller's, or every listed seller's (named with their owner).
  const sellerRows = sellers.data?.items ?? [];
  const storeChoices = sellerRows
    .filter((s) => !search.sellerId || s.id === search.sellerId)
    .flatMap((s) =>
      s.stores.map((store) => ({
        value: store.id,
        label: search.sellerId ? store.name : `${store.name} · ${s.name}`,
      })),
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {c.orders.title}
          </Title>
          <Text c="dimmed">{c.orders.intro}</Text>
        </div>
        <DownloadButton
          label={c.orders.download}
          link={() => {
            const { order: _open, ...filter } = search;
            return exportOrders.mutateAsync({ ...filter, format: 'csv' });
          }}
        />
      </Group>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <SearchField
          value={search.q}
          onSearch={(q) => setSearch({ q })}
          label={c.orders.search}
          placeholder={c.orders.searchPlaceholder}
        />
        <Select
          label={c.orders.status}
          placeholder={c.orders.anyStatus}
          value={search.status ?? null}
          onChange={(value) => setSearch({ status: (value as AdminOrderSearch['status']) ?? undefined })}
          data={orderStatuses.map((s) => ({ value: s, label: t.status[s] }))}
          clearable
          style={{ flex: '1 1 140px' }}
        />
        <Select
          label={c.payment}
          placeholder={c.anyPayment}
          value={search.paymentMethod ?? null}
          onChange={(value) =>
            setSearch({ paymentMethod: (value as AdminOrderSearch['paymentMethod']) ?? undefined })
          }
          data={orderPaymentMethods.map((m) => ({ value: m, label: t.paymentMethod[m] }))}
          clearable
          style={{ flex: '1 1 140px' }}
        />
        <Select
          label={c.orders.seller}
          placeholder={c.orders.anySeller}
          value={search.sellerId ?? null}
          onChange={(value) => setSearch({ sellerId: value ?? undefined, storeId: undefined })}
          data={sellerRows.map((s) => ({ value: s.id, label: s.name }))}
          searchable
          clearable
          style={{ flex: '1 1 140px' }}
        />
        <Select
          label={c.orders.store}
          placeholder={c.orders.anyStore}
          value={search.storeId ?? null}
          onChange={(value) => setSearch({ storeId: value ?? undefined })}
          data={storeChoices}
          searchable
          clearable
          style={{ flex: '1 1 140px' }}
        />
        <DatePickerInput
          type="range"
          label={c.range}
          leftSection={<IconCalendar size={16} aria-hidden />}
          value={[search.from ?? null, search.to ?? null]}
          onChange={([from, to]) => {
            // Only a finished range (or a cleared one) filters: half a range would flash the list.
            if ((from && to) || (!from && !to)) setSearch({ from: from ?? undefined, to: to ?? undefined });
          }}
          clearable
          allowSingleDateInRange
          valueFormat="D MMM YYYY"
          style={{ flex: '1 1 220px' }}
        />
        {hasFilters(search) && (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} />}
            onClick={() =>
              setSearch({
                q: undefined,
                status: undefined,
                paymentMethod: undefined,
                sellerId: undefined,
                storeId: undefined,
                from: undefined,
                to: undefined,
              })
            }
          >
            {c.clearFilters}
          </Button>
        )}
      </Group>

      <ListStates
        query={list}
        count={items.length}
        skeleton={{ rows: 6 }}
        empty={{
          icon: <IconReceiptOff size={28} aria-hidden />,
          title: c.orders.emptyTitle,
          description: hasFilters(search) ? c.orders.emptyFiltered : c.orders.emptyNone,
        }}
      >
        <AdminTable
          count={c.orders.total((total ?? items.length).toLocaleString(t.locale))}
          columns={[
            { label: c.orders.column.order },
            { label: c.orders.column.buyer, wide: true },
            { label: c.orders.column.total, align: 'right' },
            { label: c.orders.column.status, wide: true },
          ]}
          list={list}
        >
          {items.map((order) => (
            <Table.Tr key={order.id}>
              <Table.Td style={{ wordBreak: 'break-word' }}>
                <RowOpener
                  onOpen={() => setSearch({ order: order.id })}
                  label={c.orders.open(order.invoice)}
                  title={order.invoice}
                />
                <Text size="xs" c="dimmed">
                  {order.store.name} · {formatDateTime(t.locale, order.createdAt)}
                </Text>
                <Text size="xs" c="dimmed" hiddenFrom="sm">
                  {order.buyerName}
                </Text>
                <Group gap={4} mt={4} hiddenFrom="sm">
                  <StatusBadge status={order.status} />
                </Group>
              </Table.Td>
              <Table.Td visibleFrom="sm" style={{ wordBreak: 'break-word' }}>
                <Text size="sm">{order.buyerName}</Text>
                <Text size="xs" c="dimmed">
                  {order.productSummary}
                </Text>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{formatRupiah(order.total)}</Text>
                <Text size="xs" c="dimmed">
                  {t.paymentMethod[order.paymentMethod]}
                </Text>
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <StatusBadge status={order.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </AdminTable>
      </ListStates>
      {search.order && <OrderDrawer id={search.order} onClose={() => setSearch({ order: undefined })} />}
    </Stack>
  );
}
