import { formatRupiah } from '@bosonline/contracts';
import { Box, Card, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { createLazyRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../components/admin/permission-notice.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useAdminCodLedger } from '../../hooks/cod-ledger.ts';
import { useT } from '../../i18n/i18n.tsx';

export const adminCodLedgerPageLazy = createLazyRoute('/admin/staff/cod-ledger')({
  component: AdminCodLedgerPage,
});

function AdminCodLedgerPage() {
  const t = useT();
  return (
    <RequirePermission permission="codLedger.view" title={t.codLedger.admin.title}>
      <AdminCodLedger />
    </RequirePermission>
  );
}

/** Every store's COD cash still with its couriers, the most overdue first. */
function AdminCodLedger() {
  const t = useT();
  const m = t.codLedger.admin;
  const report = useAdminCodLedger();
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
      {report.isPending ? (
        <Skeleton h={160} aria-busy="true" />
      ) : !report.data ? (
        <QueryError error={report.error} onRetry={() => report.refetch()} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
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
                        <Table.Td>{s.storeName}</Table.Td>
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
