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
} from '@mantine/core';
import { createLazyRoute, getRouteApi, useNavigate } from '@tanstack/react-router';
import { RequirePermission } from '../../components/admin/permission-notice.tsx';
import { FigureCard } from '../../components/cod-ledger/figure-card.tsx';
import { findingColor } from '../../components/cod-ledger/finding-colors.ts';
import { LedgerHeader } from '../../components/cod-ledger/ledger-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useAdminCodLedger } from '../../hooks/cod-ledger.ts';
import { codLedgerSection } from '../../i18n/cod-ledger.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { AdminCodLedgerSearch } from './search.ts';

export const adminCodLedgerPageLazy = createLazyRoute('/admin/staff/cod-ledger')({
  component: AdminCodLedgerPage,
});
const adminCodLedgerRoute = getRouteApi('/admin/staff/cod-ledger');

function AdminCodLedgerPage() {
  const t = useT(codLedgerSection);
  return (
    <RequirePermission permission="codLedger.view" title={t.codLedger.admin.title}>
      <AdminCodLedger />
    </RequirePermission>
  );
}

/** Every store's COD cash still with its couriers, the most overdue first, and its findings. */
function AdminCodLedger() {
  const t = useT(codLedgerSection);
  const m = t.codLedger.admin;
  const kinds = t.codLedger.findings.kinds;
  const search = adminCodLedgerRoute.useSearch();
  const navigate = useNavigate({ from: '/admin/cod-ledger' });
  const setSearch = (patch: Partial<AdminCodLedgerSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const range = { from: search.from, to: search.to };
  const report = useAdminCodLedger({ ...range, storeId: search.store });
  const shown = search.store ? report.data?.stores.find((s) => s.storeId === search.store) : undefined;
  return (
    <Stack gap="md">
      <LedgerHeader
        title={m.title}
        intro={m.intro}
        range={range}
        answered={report.data}
        onRange={(days) => setSearch(days)}
      >
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
      </LedgerHeader>
      {report.isPending ? (
        <Skeleton h={160} aria-busy="true" />
      ) : !report.data ? (
        <QueryError error={report.error} onRetry={() => report.refetch()} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
            <FigureCard
              id="admin-cod-in-transit"
              label={m.inTransit}
              value={formatRupiah(report.data.totals.amount)}
              hint={m.parcels(report.data.totals.orders)}
            />
            <FigureCard
              id="admin-cod-overdue"
              label={m.overdue}
              value={formatRupiah(report.data.totals.overdueAmount)}
              hint={m.parcels(report.data.totals.overdueOrders)}
            />
            <FigureCard
              id="admin-cod-findings"
              label={`${m.findings} · ${t.codLedger.range(report.data.from, report.data.to)}`}
            >
              <FindingBadges counts={report.data.totals.findings} names={kinds} none={m.noFindings} />
            </FigureCard>
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
        <Badge key={k} color={findingColor[k]} variant="light" size="sm" tt="none">
          {names[k]}: {counts[k]}
        </Badge>
      ))}
    </Group>
  );
}
