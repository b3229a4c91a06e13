import { formatRupiah, type OrderRecap } from '@bosonline/contracts';
import { Card, Group, SimpleGrid, Skeleton, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { recapRanges } from '../../hooks/home.ts';
import { useT } from '../../i18n/i18n.tsx';
import { QueryError } from '../query-error.tsx';

/**
 * Orders placed, sold and revenue for today, 7 and 30 days: order.recap's own totals, nothing
 * summed or left out here (which orders are a sale is the server's rule).
 */
export function RecapCards({ queries }: { queries: UseQueryResult<OrderRecap, unknown>[] }) {
  const t = useT();
  const failed = queries.find((q) => q.isError);
  if (failed)
    return (
      <QueryError
        error={failed.error}
        onRetry={() => {
          for (const q of queries) void q.refetch();
        }}
      />
    );
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }}>
      {recapRanges.map((range, i) => {
        const recap = queries[i]?.data;
        const headingId = `recap-${range.key}`;
        return (
          <Card key={range.key} withBorder component="section" aria-labelledby={headingId}>
            <Title order={3} size="h5" id={headingId}>
              {t.home.recap[range.key]}
            </Title>
            <Group justify="space-between" mt="xs" wrap="nowrap">
              <Text size="sm" c="dimmed">
                {t.home.recap.orders}
              </Text>
              {recap ? <Text fw={700}>{recap.orders}</Text> : <Skeleton h={20} w={40} />}
            </Group>
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" c="dimmed">
                {t.home.recap.sold}
              </Text>
              {recap ? <Text fw={700}>{recap.sold}</Text> : <Skeleton h={20} w={40} />}
            </Group>
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" c="dimmed">
                {t.home.recap.revenue}
              </Text>
              {recap ? <Text fw={700}>{formatRupiah(recap.revenue)}</Text> : <Skeleton h={20} w={96} />}
            </Group>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
