import '@mantine/dates/styles.css';
import { type CodFindingKind, codFindingKinds, formatRupiah } from '@bosonline/contracts';
import {
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { createLazyRoute, getRouteApi, useNavigate } from '@tanstack/react-router';
import { RequirePermission } from '../../components/admin/permission-notice.tsx';
import { addDays, wibToday } from '../../components/home/wib-days.ts';
import { QueryError } from '../../components/query-error.tsx';
import { useAdminCodLedger } from '../../hooks/cod-ledger.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { AdminCodLedgerSearch } from './search.ts';

export const adminCodLedgerPageLazy = createLazyRoute('/admin/staff/cod-ledger')({
  component: AdminCodLedgerPage,
});
const adminCodLedgerRoute = getRouteApi('/admin/staff/cod-ledger');

const kindColor: Record<CodFindingKind, string> = {
  short_paid: 'orange',
  overpaid: 'blue',
  paid_twice: 'grape',
  not_remitted: 'red',
  unknown_awb: 'gray',
};

function AdminCodLedgerPage() {
  const t = useT();
  return (
    <RequirePermission permission="codLedger.view" title={t.codLedger.admin.title}>
      <AdminCodLedger />
    </RequirePermission>
  );
}

/** Every store's COD cash still with its couriers, the most overdue first, and its findings. */
function AdminCodLedger() {
  const t = useT();
  const m = t.codLedger.admin;
  const kinds = t.codLedger.findings.kinds;
  const search = adminCodLedgerRoute.useSearch();
  const navigate = useNavigate({ from: '/admin/cod-ledger' });
  const setSearch = (patch: Partial<AdminCodLedgerSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  // The server's own default when the URL names no days: the last 30, today (WIB) included.
  const to = search.to ?? wibToday();
  const from = search.from ?? addDays(to, -29);
  const report = useAdminCodLedger({ from, to, storeId: search.store });
  const shown = search.store ? report.data?.stores.find((s) => s.storeId === search.store) : undefined;
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {m.title}
        </Title>
        <Text c="dimmed" size="sm">
          {m.intro}
        </Text>
      </div>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <DatePickerInput
          type="range"
          label={t.codLedger.rangeLabel}
          leftSection={<IconCalendar size={16} aria-hidden />}
          value={[from, to]}
          onChange={([nextFrom, nextTo]) => {
            if (nextFrom && nextTo) setSearch({ from: nextFrom, to: nextTo });
          }}
          allowSingleDateInRange
          maxDate={wibToday()}
          valueFormat="D MMM YYYY"
          style={{ flex: '1 1 240px', maxWidth: 320 }}
        />
        {search.store && (
          <>
            <Badge variant="light" size="lg" tt="none">
              {m.showing(shown?.storeName ?? '…')}
            </Badge>
            <Button variant="default" onClick={() => setSearch({ store: undefined })}>
              {m.allStores}
            </Button>
          </>
        )}
      </Group>
      {report.isPending ? (
        <Skeleton h={160} aria-busy="true" />
      ) : !report.data ? (
        <QueryError error={report.error} onRetry={() => report.refetch()} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
            <Card withBorder>
              <Text size="sm" c="dimmed">
                {m.inTransit}
              </Text>
              <Text fw={700} size="xl">
                {formatRupiah(report.data.totals.amount)}
              </Text>
              <Text size="xs" c="dimmed">
                {m.parcels(report.data.totals.orders)}
              </Text>
            </Card>
            <Card withBorder>
              <Text size="sm" c="dimmed">
                {m.overdue}
              </Text>
              <Text fw={700} size="xl">
                {formatRupiah(report.data.totals.overdueAmount)}
              </Text>
              <Text size="xs" c="dimmed">
                {m.parcels(report.data.totals.overdueOrders)}
              </Text>
            </Card>
            <Card withBorder>
              <Text size="sm" c="dimmed" mb={4}>
                {m.findings} · {t.codLedger.range(report.data.from, report.data.to)}
              </Text>
              <FindingBadges counts={report.data.totals.findings} names={kinds} none={m.noFindings} />
            </Card>
          </SimpleGrid>
          <Card withBorder p={0}>
            {report.data.stores.length === 0 ? (
              <Text size="sm" c="dimmed" p="md">
                {m.empty}
              </Text>
            ) : (
              <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={m.tableLabel}>
                <Table verticalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{m.store}</Table.Th>
                      <Table.Th ta="right">{t.codLedger.cards.inTransit}</Table.Th>
                      <Table.Th ta="right">{t.codLedger.cards.overdue}</Table.Th>
                      <Table.Th>{m.findings}</Table.Th>
                      {report.data.stores[0]?.buckets.map((b) => (
                        <Table.Th key={b.bucket} ta="right" visibleFrom="md">
                          {t.codLedger.buckets.names[b.bucket]}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {report.data.stores.map((s) => (
                      <Table.Tr key={s.storeId}>
                        <Table.Td>
                          {search.store ? (
                            s.storeName
                          ) : (
                            <Anchor
                              component="button"
                              type="button"
                              fw={600}
                              onClick={() => setSearch({ store: s.storeId })}
                              title={m.onlyStore}
                            >
                              {s.storeName}
                            </Anchor>
                          )}
                        </Table.Td>
                        <Table.Td ta="right">
                          {formatRupiah(s.amount)}
                          <Text size="xs" c="dimmed">
                            {m.parcels(s.orders)}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">
                          {formatRupiah(s.overdueAmount)}
                          <Text size="xs" c="dimmed">
                            {m.parcels(s.overdueOrders)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <FindingBadges counts={s.findings} names={kinds} none={m.noFindings} />
                        </Table.Td>
                        {s.buckets.map((b) => (
                          <Table.Td key={b.bucket} ta="right" visibleFrom="md">
                            {formatRupiah(b.amount)}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Box>
            )}
          </Card>
        </>
      )}
    </Stack>
  );
}

/** A store's findings by kind, one badge per kind it has. */
function FindingBadges({
  counts,
  names,
  none,
}: {
  counts: Record<CodFindingKind, number>;
  names: Record<CodFindingKind, string>;
  none: string;
}) {
  const present = codFindingKinds.filter((k) => counts[k] > 0);
  if (present.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {none}
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="wrap">
      {present.map((k) => (
        <Badge key={k} color={kindColor[k]} variant="light" size="sm" tt="none">
          {names[k]}: {counts[k]}
        </Badge>
      ))}
    </Group>
  );
}
