import { Skeleton, Stack, Table, Text } from '@mantine/core';
import { formatDateTime } from '../../format.ts';
import { useMovements } from '../../hooks/products.ts';
import { useT } from '../../i18n/i18n.tsx';
import { productsSection } from '../../i18n/products.ts';
import { LoadMore } from '../load-more.tsx';
import { QueryError } from '../query-error.tsx';

/** One variant's stock ledger in one warehouse, newest first: each change, why, by whom. */
export function StockLedger({ variantId, warehouseId }: { variantId: string; warehouseId: string }) {
  const t = useT(productsSection);
  const s = t.products.stock;
  const movements = useMovements(variantId, warehouseId);
  if (movements.isPending) {
    return (
      <Stack gap="xs" aria-busy="true">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} h={28} />
        ))}
      </Stack>
    );
  }
  if (!movements.data) return <QueryError error={movements.error} onRetry={() => movements.refetch()} />;
  const rows = movements.data.pages.flatMap((p) => p.items);
  if (rows.length === 0) return <Text c="dimmed">{s.ledgerEmpty}</Text>;
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={420}>
        <Table verticalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{s.ledger.date}</Table.Th>
              <Table.Th ta="right">{s.ledger.change}</Table.Th>
              <Table.Th ta="right">{s.ledger.after}</Table.Th>
              <Table.Th>{s.ledger.reason}</Table.Th>
              <Table.Th>{s.ledger.by}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(t.locale, row.createdAt)}
                </Table.Td>
                <Table.Td ta="right" c={row.delta < 0 ? 'red.9' : 'teal.9'} fw={600}>
                  {row.delta > 0 ? `+${row.delta}` : row.delta}
                </Table.Td>
                <Table.Td ta="right">{row.quantityAfter}</Table.Td>
                <Table.Td>
                  {s.reasonLabel(row.reason)}
                  {row.note && (
                    <Text size="xs" c="dimmed">
                      {row.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{row.actorName ?? t.common.dash}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMore list={movements} size="xs" />
    </Stack>
  );
}
