import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import { formatRupiah, orderPaymentMethods, revenuePeriods } from '@bosonline/contracts';
import { BarChart } from '@mantine/charts';
import {
  Card,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { createLazyRoute, getRouteApi, useNavigate } from '@tanstack/react-router';
import { type ReactNode, useMemo } from 'react';
import { RequirePermission } from '../../components/admin/permission-notice.tsx';
import { addDays, dayLabel, wibToday } from '../../components/home/wib-days.ts';
import { AnchorLink } from '../../components/links.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useDashboard } from '../../hooks/admin-console.ts';
import { useConsoleT } from '../../i18n/admin-console.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { DashboardSearch } from './search.ts';

export const adminDashboardPageLazy = createLazyRoute('/admin/staff/dashboard')({ component: DashboardPage });
const dashboardRoute = getRouteApi('/admin/staff/dashboard');

/** The range shown when the URL names none: the last 30 WIB days, today included. */
export function dashboardRange(search: DashboardSearch) {
  const today = wibToday();
  return { from: search.from ?? addDays(today, -29), to: search.to ?? today };
}

function DashboardPage() {
  const c = useConsoleT();
  return (
    <RequirePermission permission="dashboard.view" title={c.dashboard.title}>
      <Dashboard />
    </RequirePermission>
  );
}

function Dashboard() {
  const t = useT();
  const c = useConsoleT();
  const search = dashboardRoute.useSearch();
  const navigate = useNavigate({ from: '/admin/dashboard' });
  const range = dashboardRange(search);
  const period = search.period ?? 'day';
  const { summary, revenue, popular, topSellers } = useDashboard({ ...search, ...range, period });
  const setSearch = (patch: Partial<DashboardSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const number = (n: number) => n.toLocaleString(t.locale);

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {c.dashboard.title}
        </Title>
        <Text c="dimmed">{c.dashboard.intro}</Text>
      </div>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <DatePickerInput
          type="range"
          label={c.range}
          leftSection={<IconCalendar size={16} aria-hidden />}
          value={[range.from, range.to]}
          onChange={([from, to]) => {
            if (from && to) setSearch({ from, to });
          }}
          allowSingleDateInRange
          valueFormat="D MMM YYYY"
          style={{ flex: '1 1 240px', maxWidth: 320 }}
        />
      </Group>

      <Section query={summary} title={c.dashboard.summary} skeleton={<Skeleton h={96} />}>
        {(s) => (
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            <Figure label={c.dashboard.sellers} value={number(s.sellers)} />
            <Figure label={c.dashboard.activeSellers} value={number(s.activeSellers)} />
            <Figure label={c.dashboard.stores} value={number(s.stores)} />
            <Figure
              label={c.dashboard.orders}
              value={number(s.orders)}
              note={c.dashboard.canceled(number(s.canceled))}
            />
            <Figure label={c.dashboard.gmv} value={formatRupiah(s.gmv)} />
            <Figure
              label={c.dashboard.codShare}
              value={`${(s.codShare * 100).toLocaleString(t.locale, { maximumFractionDigits: 1 })}%`}
              note={c.dashboard.codOrders(number(s.codOrders))}
            />
            <Figure
              label={c.dashboard.today}
              value={formatRupiah(s.today.gmv)}
              note={c.dashboard.dayOrders(number(s.today.orders))}
            />
            <Figure
              label={c.dashboard.yesterday}
              value={formatRupiah(s.yesterday.gmv)}
              note={c.dashboard.dayOrders(number(s.yesterday.orders))}
            />
          </SimpleGrid>
        )}
      </Section>

      <Card withBorder component="section" aria-labelledby="revenue-title" p={{ base: 'sm', sm: 'md' }}>
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
            <Title order={2} size="h4" id="revenue-title">
              {c.dashboard.revenue}
            </Title>
            <Group gap="sm" wrap="wrap" align="flex-end">
              <SegmentedControl
                size="xs"
                aria-label={c.dashboard.period}
                value={period}
                onChange={(value) => setSearch({ period: value as DashboardSearch['period'] })}
                data={revenuePeriods.map((p) => ({ value: p, label: c.dashboard.periods[p] }))}
              />
              <Select
                size="xs"
                aria-label={c.payment}
                placeholder={c.anyPayment}
                value={search.paymentMethod ?? null}
                onChange={(value) =>
                  setSearch({ paymentMethod: (value as DashboardSearch['paymentMethod']) ?? undefined })
                }
                data={orderPaymentMethods.map((m) => ({ value: m, label: t.paymentMethod[m] }))}
                clearable
                w={190}
              />
            </Group>
          </Group>
          {revenue.isPending ? (
            <Skeleton h={240} />
          ) : !revenue.data ? (
            <QueryError error={revenue.error} onRetry={() => revenue.refetch()} />
          ) : revenue.data.orders === 0 ? (
            <Text c="dimmed">{c.dashboard.revenueEmpty}</Text>
          ) : (
            <RevenueChart data={revenue.data} />
          )}
        </Stack>
      </Card>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Section query={popular} title={c.dashboard.popular} skeleton={<Skeleton h={200} />}>
          {(p) =>
            p.products.length === 0 ? (
              <Text c="dimmed">{c.dashboard.popularEmpty}</Text>
            ) : (
              <Table verticalSpacing="xs" horizontalSpacing="xs" aria-label={c.dashboard.popular}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{c.dashboard.column.product}</Table.Th>
                    <Table.Th ta="right" visibleFrom="sm">
                      {c.dashboard.column.units}
                    </Table.Th>
                    <Table.Th ta="right">{c.dashboard.column.revenue}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.products.map((product) => (
                    <Table.Tr key={product.productId}>
                      <Table.Td style={{ wordBreak: 'break-word' }}>
                        <Text size="sm" fw={600}>
                          {product.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {product.store.name}
                          {/* A phone has no room for the units column: said under the name. */}
                          <Text span hiddenFrom="sm" inherit>
                            {' · '}
                            {c.dashboard.unitsSold(number(product.units))}
                          </Text>
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right" visibleFrom="sm">
                        {number(product.units)}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {formatRupiah(product.revenue)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </Section>
        <Section query={topSellers} title={c.dashboard.topSellers} skeleton={<Skeleton h={200} />}>
          {(s) =>
            s.sellers.length === 0 ? (
              <Text c="dimmed">{c.dashboard.topSellersEmpty}</Text>
            ) : (
              <Table verticalSpacing="xs" horizontalSpacing="xs" aria-label={c.dashboard.topSellers}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{c.dashboard.column.seller}</Table.Th>
                    <Table.Th ta="right" visibleFrom="sm">
                      {c.dashboard.column.orders}
                    </Table.Th>
                    <Table.Th ta="right">{c.dashboard.column.gmv}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.sellers.map((seller) => (
                    <Table.Tr key={seller.sellerId}>
                      <Table.Td style={{ wordBreak: 'break-word' }}>
                        <AnchorLink
                          to="/admin/sellers/$id"
                          params={{ id: seller.sellerId }}
                          fw={600}
                          size="sm"
                        >
                          {seller.name}
                        </AnchorLink>
                        <Text size="xs" c="dimmed">
                          {seller.email}
                          <Text span hiddenFrom="sm" inherit>
                            {' · '}
                            {c.dashboard.ordersCount(number(seller.orders))}
                          </Text>
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right" visibleFrom="sm">
                        {number(seller.orders)}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {formatRupiah(seller.gmv)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </Section>
      </SimpleGrid>
    </Stack>
  );
}

/** A card of the page: its title, a skeleton while loading, the error with retry, or `children`. */
function Section<T>({
  query,
  title,
  skeleton,
  children,
}: {
  query: { isPending: boolean; data: T | undefined; error: unknown; refetch: () => unknown };
  title: string;
  skeleton: ReactNode;
  children: (data: T) => ReactNode;
}) {
  return (
    <Card withBorder component="section" aria-label={title} p={{ base: 'sm', sm: 'md' }}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {query.isPending ? (
        skeleton
      ) : query.data === undefined ? (
        <QueryError error={query.error} onRetry={() => query.refetch()} />
      ) : (
        children(query.data)
      )}
    </Card>
  );
}

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Card withBorder p={{ base: 'xs', sm: 'sm' }} role="group" aria-label={label}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {/* A phone's half width holds "Rp30.606.180" at this size; never broken mid-number before that. */}
      <Text fw={700} fz={{ base: 'sm', sm: 'lg' }} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Card>
  );
}

type Revenue = NonNullable<ReturnType<typeof useDashboard>['revenue']['data']>;

function RevenueChart({ data }: { data: Revenue }) {
  const t = useT();
  const c = useConsoleT();
  const compact = useMemo(
    () => new Intl.NumberFormat(t.locale, { notation: 'compact', maximumFractionDigits: 1 }),
    [t.locale],
  );
  const best = data.series.reduce<Revenue['series'][number] | null>(
    (top, p) => (top === null || p.revenue > top.revenue ? p : top),
    null,
  );
  const methods = orderPaymentMethods.filter((m) => data.paymentMethods[m]);
  const series = useMemo(
    () => data.series.map((p) => ({ ...p, label: periodLabel(t.locale, p.period) })),
    [data.series, t.locale],
  );
  return (
    <>
      <Text size="sm">
        {c.dashboard.revenueTotal(data.orders.toLocaleString(t.locale), formatRupiah(data.revenue))}
      </Text>
      {/* The bars say the same as this sentence, for those who cannot see them. */}
      <VisuallyHidden>
        {c.dashboard.revenueSummary(
          data.series.length,
          formatRupiah(data.revenue),
          best ? `${periodLabel(t.locale, best.period)} (${formatRupiah(best.revenue)})` : null,
        )}
      </VisuallyHidden>
      <div aria-hidden>
        <BarChart
          h={240}
          data={series}
          dataKey="label"
          series={[{ name: 'revenue', label: c.dashboard.revenue, color: 'brand.6' }]}
          valueFormatter={(value) => formatRupiah(value)}
          yAxisProps={{ tickFormatter: (value: number) => compact.format(value), width: 48 }}
          tickLine="y"
          gridAxis="y"
          barChartProps={{ accessibilityLayer: false }}
          barProps={{ isAnimationActive: false }}
        />
      </div>
      <Title order={3} size="h6">
        {c.dashboard.byPayment}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
        {methods.map((m) => (
          <Group key={m} justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm">{t.paymentMethod[m]}</Text>
            <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {formatRupiah(data.paymentMethods[m]?.revenue ?? 0)}
            </Text>
          </Group>
        ))}
      </SimpleGrid>
    </>
  );
}

/** A revenue period as readers say it: "8 Nov" (a day), "Nov 2026" (a month); ISO weeks as they are. */
function periodLabel(locale: string, period: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return dayLabel(locale, period);
  if (/^\d{4}-\d{2}$/.test(period))
    return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short', year: 'numeric' }).format(
      new Date(`${period}-01T00:00:00Z`),
    );
  return period;
}
