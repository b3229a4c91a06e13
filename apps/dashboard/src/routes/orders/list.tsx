import { formatRupiah, isHeld, type OrderStatus, orderStatuses } from '@bosonline/contracts';
import type { BosOutputs } from '@bosonline/sdk';
import {
  Badge,
  Box,
  Button,
  Card,
  Checkbox,
  Group,
  Skeleton,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
  useMantineTheme,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  IconAdjustmentsHorizontal,
  IconFilterOff,
  IconReceiptOff,
  IconTruckDelivery,
} from '@tabler/icons-react';
import { createLazyRoute, getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { lazy, type ReactNode, Suspense, startTransition, useEffect, useState } from 'react';
import { AnchorLink } from '../../components/links.tsx';
import { ListStates } from '../../components/list-states.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { BulkActions, DownloadMenu, type SelectedOrder } from '../../components/order/bulk-actions.tsx';
import { ShieldReasons } from '../../components/order/shield-reasons.tsx';
import { RiskBadge } from '../../components/risk/risk-badge.tsx';
import { SearchField } from '../../components/search-field.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { formatDateTime } from '../../format.ts';
import { useOrderList } from '../../hooks/orders.ts';
import { useCan } from '../../hooks/profile.ts';
import { useWhenIdle } from '../../hooks/when-idle.ts';
import { useT } from '../../i18n/i18n.tsx';
import { hasFilters, type OrderSearch } from './search.ts';

/**
 * The date range, payment and risk filters, with the date picker's library (~15 KB): not part of
 * a phone's first load, where they wait behind a button; fetched once the page is idle, so the
 * button opens them at once (and a wide screen shows them a moment after the list).
 */
const loadMoreFilters = () => import('./more-filters.tsx');
const fetchMoreFilters = () => void loadMoreFilters().catch(() => undefined);
const MoreFilters = lazy(() => loadMoreFilters().then((m) => ({ default: m.MoreFilters })));

/** Held orders wait for the seller's decision and their stock is held only briefly: their tab comes first. */
const tabStatuses = [...orderStatuses.filter(isHeld), ...orderStatuses.filter((s) => !isHeld(s))];

export const ordersPageLazy = createLazyRoute('/signed-in/orders')({ component: OrdersPage });
const ordersRoute = getRouteApi('/signed-in/orders');

function OrdersPage() {
  const t = useT();
  const search = ordersRoute.useSearch();
  const navigate = useNavigate({ from: '/orders' });
  const list = useOrderList(search);
  const canCreate = useCan('order.create');
  const setSearch = (patch: Partial<OrderSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  const pages = list.data?.pages ?? [];
  const items = pages.flatMap((p) => p.items);
  const first = pages[0];
  const counts = first?.statusCounts;
  const allCount = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : undefined;
  // Ticked orders, kept across pages and filters until printed or cleared.
  const [selected, setSelected] = useState<Map<string, SelectedOrder>>(new Map());
  const toggle = (orders: SelectedOrder[], on: boolean) =>
    setSelected((prev) => {
      const next = new Map(prev);
      for (const o of orders) {
        if (on) next.set(o.invoice, { invoice: o.invoice, status: o.status, paymentMethod: o.paymentMethod });
        else next.delete(o.invoice);
      }
      return next;
    });
  const rowProps = (order: OrderRowProps['order']) => ({
    order,
    wide,
    ticked: selected.has(order.invoice),
    onTick: (o: SelectedOrder, on: boolean) => toggle([o], on),
  });
  const pageTicked = items.length > 0 && items.every((o) => selected.has(o.invoice));
  const someTicked = items.some((o) => selected.has(o.invoice));
  // One layout of the rows, not both hidden by CSS: on a phone the date, buyer and status share
  // the invoice's cell; wider, each has its column. Read at the first render (no second pass),
  // this halves the rows' DOM and render work on the first load.
  const wide = useMediaQuery(`(min-width: ${useMantineTheme().breakpoints.sm})`, undefined, {
    getInitialValueInEffect: false,
  });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t.orders.title}
        </Title>
        <Group gap="xs">
          <DownloadMenu search={search} />
          {canCreate && (
            <Button
              renderRoot={(props) => <Link to="/orders/new" {...props} />}
              leftSection={<IconTruckDelivery size={16} aria-hidden />}
            >
              {t.manualOrder.open}
            </Button>
          )}
        </Group>
      </Group>

      {/* The browser's own sideways scroll: Mantine's ScrollArea measured its bars on every render. */}
      <Box style={{ overflowX: 'auto' }}>
        <Tabs
          value={search.status ?? 'all'}
          onChange={(value) =>
            setSearch({ status: value && value !== 'all' ? (value as OrderStatus) : undefined })
          }
          activateTabWithKeyboard={false}
        >
          <Tabs.List aria-label={t.orders.statusTabs} style={{ flexWrap: 'nowrap' }}>
            <StatusTab value="all" label={t.orders.all} count={allCount} />
            {tabStatuses.map((status) => (
              <StatusTab key={status} value={status} label={t.status[status]} count={counts?.[status]} />
            ))}
          </Tabs.List>
        </Tabs>
      </Box>

      <Filters search={search} onChange={setSearch} wide={wide} />
      <BulkActions selected={[...selected.values()]} onClear={() => setSelected(new Map())} />

      <ListStates
        query={list}
        count={items.length}
        skeleton={{ rows: 6 }}
        empty={{
          icon: <IconReceiptOff size={28} aria-hidden />,
          title: t.orders.emptyTitle,
          description: hasFilters(search)
            ? t.orders.emptyFiltered
            : search.status === 'suspicious'
              ? t.orders.emptySuspicious
              : search.status
                ? t.orders.emptyInTab(t.status[search.status])
                : t.orders.emptyNone,
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t.orders.count(items.length, first?.total ?? items.length)}
          </Text>
          <Card withBorder p={0}>
            <Table highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>
                    <Checkbox
                      aria-label={t.orderTools.bulk.selectAll}
                      checked={pageTicked}
                      indeterminate={someTicked && !pageTicked}
                      onChange={(event) => toggle(items, event.currentTarget.checked)}
                    />
                  </Table.Th>
                  <Table.Th>{t.orders.column.invoice}</Table.Th>
                  {wide && <Table.Th>{t.orders.column.date}</Table.Th>}
                  {wide && <Table.Th>{t.orders.column.buyer}</Table.Th>}
                  <Table.Th ta="right">{t.orders.column.total}</Table.Th>
                  {wide && <Table.Th>{t.orders.column.status}</Table.Th>}
                  {wide && <Table.Th>{t.risk.filter}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.slice(0, firstRows).map((order) => (
                  <OrderRow key={order.id} {...rowProps(order)} />
                ))}
                <AfterFirstPaint>
                  {items.slice(firstRows).map((order) => (
                    <OrderRow key={order.id} {...rowProps(order)} />
                  ))}
                </AfterFirstPaint>
              </Table.Tbody>
            </Table>
          </Card>
          <LoadMore list={list} />
        </Stack>
      </ListStates>
    </Stack>
  );
}

/** The rows a phone shows above the filters' fold and a little more; the rest come a moment later. */
const firstRows = 6;

/**
 * Renders its children only after the first paint, in a transition React interrupts for input:
 * the first rows are on screen and the page answers taps while the rest of the page's rows render
 * (at 4x slower CPU, 20 rows of kit components cost a phone ~0.5 s in one piece).
 */
function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    startTransition(() => setReady(true));
  }, []);
  return ready ? children : null;
}

type ListedOrder = BosOutputs['order']['list']['items'][number];
interface OrderRowProps {
  order: ListedOrder;
  wide: boolean;
  ticked: boolean;
  onTick: (order: SelectedOrder, on: boolean) => void;
}

function OrderRow({ order, wide, ticked, onTick }: OrderRowProps) {
  const t = useT();
  return (
    <Table.Tr>
      <Table.Td>
        <Checkbox
          aria-label={t.orderTools.bulk.select(order.invoice)}
          checked={ticked}
          onChange={(event) => onTick(order, event.currentTarget.checked)}
        />
      </Table.Td>
      <Table.Td>
        <AnchorLink to="/orders/$invoice" params={{ invoice: order.invoice }} fw={600}>
          {order.invoice}
        </AnchorLink>
        {!wide && (
          <Stack gap={4} align="flex-start">
            <Text size="xs" c="dimmed">
              {order.buyerName} · {formatDateTime(t.locale, order.createdAt)}
            </Text>
            <Group gap={4}>
              <StatusBadge status={order.status} />
              <RiskBadge risk={order.risk} />
            </Group>
            <ShieldReasons reasons={order.shieldReasons} />
          </Stack>
        )}
      </Table.Td>
      {wide && (
        <Table.Td>
          <Text size="sm">{formatDateTime(t.locale, order.createdAt)}</Text>
        </Table.Td>
      )}
      {wide && (
        <Table.Td>
          <Text size="sm">{order.buyerName}</Text>
          <Text size="xs" c="dimmed">
            {order.buyerPhone}
          </Text>
          <ShieldReasons reasons={order.shieldReasons} />
        </Table.Td>
      )}
      <Table.Td ta="right">
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {formatRupiah(order.total)}
        </Text>
        <Text size="xs" c="dimmed">
          {t.orders.items(order.itemCount)}
        </Text>
      </Table.Td>
      {wide && (
        <Table.Td>
          <StatusBadge status={order.status} />
        </Table.Td>
      )}
      {wide && (
        <Table.Td>
          <RiskBadge risk={order.risk} />
        </Table.Td>
      )}
    </Table.Tr>
  );
}

function StatusTab({ value, label, count }: { value: string; label: string; count: number | undefined }) {
  return (
    // Tabs keep their width and the row scrolls sideways on a phone, rather than squeezing counts away.
    <Tabs.Tab value={value} style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
      <Group gap={6} wrap="nowrap">
        {label}
        {count === undefined ? (
          <Skeleton h={18} w={24} />
        ) : (
          <Badge size="sm" variant="light" color="gray">
            {count}
          </Badge>
        )}
      </Group>
    </Tabs.Tab>
  );
}

function Filters({
  search,
  onChange,
  wide,
}: {
  search: OrderSearch;
  onChange: (patch: Partial<OrderSearch>) => void;
  wide: boolean;
}) {
  const t = useT();
  // On a phone the search stays and the other filters wait behind a button (open when one is
  // set): four fields filled the first screen, above the orders a seller came for.
  const set = [search.from || search.to, search.paymentMethod, search.risk].filter(Boolean).length;
  const [opened, setOpened] = useState(set > 0);
  useWhenIdle(fetchMoreFilters);

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <SearchField
        value={search.q}
        onSearch={(q) => onChange({ q })}
        label={t.orders.search}
        placeholder={t.orders.searchPlaceholder}
      />
      {!wide && (
        <Button
          variant="default"
          leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
          aria-expanded={opened}
          onClick={() => setOpened((open) => !open)}
        >
          {t.orders.moreFilters(set)}
        </Button>
      )}
      {(wide || opened) && (
        <Suspense fallback={null}>
          <MoreFilters search={search} onChange={onChange} />
        </Suspense>
      )}
      {hasFilters(search) && (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} />}
          onClick={() => {
            onChange({
              q: undefined,
              from: undefined,
              to: undefined,
              paymentMethod: undefined,
              risk: undefined,
            });
          }}
        >
          {t.orders.clearFilters}
        </Button>
      )}
    </Group>
  );
}
