import { Badge, Card, Group, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { useCacheStats } from '../../hooks/admin-cache.ts';
import { useConsoleT } from '../../i18n/admin-console.ts';
import { useT } from '../../i18n/i18n.tsx';
import { QueryError } from '../query-error.tsx';

/** Bytes as the reader's locale writes them, in the largest unit that keeps a number ≥ 1. */
function bytes(locale: string, n: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

/** "Cache Statistics": keys, memory, hits and misses (with the hit rate), and where the cache lives. */
export function CacheStats() {
  const t = useT();
  const c = useConsoleT().cache;
  const stats = useCacheStats();
  const number = (n: number) => n.toLocaleString(t.locale);

  if (stats.isPending) return <Skeleton h={96} aria-busy="true" />;
  if (!stats.data) return <QueryError error={stats.error} onRetry={() => stats.refetch()} />;
  const s = stats.data;
  const rate = new Intl.NumberFormat(t.locale, { style: 'percent', maximumFractionDigits: 1 }).format(
    s.hitRate,
  );
  const figures = [
    { label: c.keys, value: number(s.keys) },
    { label: c.memory, value: bytes(t.locale, s.memoryBytes) },
    { label: c.hits, value: number(s.hits), note: c.hitRate(rate) },
    { label: c.misses, value: number(s.misses) },
  ];
  return (
    <section aria-label={c.stats}>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        {figures.map((f) => (
          <Card key={f.label} withBorder padding="sm" role="group" aria-label={f.label}>
            <Text size="xs" c="dimmed">
              {f.label}
            </Text>
            <Text fw={700} fz={{ base: 'lg', sm: 'xl' }}>
              {f.value}
            </Text>
            {f.note && (
              <Text size="xs" c="dimmed">
                {f.note}
              </Text>
            )}
          </Card>
        ))}
      </SimpleGrid>
      <Group gap="xs" mt="xs">
        <Text size="xs" c="dimmed">
          {c.backendLabel}
        </Text>
        <Badge variant="light" color={s.backend === 'off' ? 'gray' : 'blue'}>
          {c.backend[s.backend]}
        </Badge>
      </Group>
    </section>
  );
}
