import '@mantine/charts/styles.css';
import { formatRupiah, type OrderRecap } from '@bosonline/contracts';
import { BarChart } from '@mantine/charts';
import {
  Button,
  Card,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useCan } from '../../hooks/profile.ts';
import { useT } from '../../i18n/i18n.tsx';
import { dayLabel, lastDays } from './wib-days.ts';

type Metric = 'revenue' | 'orders';

/**
 * The last 30 WIB days from the 30-day recap's per-day series. The recap lists only days with
 * orders, so quiet days are filled with zeros here to keep the axis a real calendar.
 */
export function SalesChart({ recap, today }: { recap: OrderRecap | undefined; today: string }) {
  const t = useT();
  const [metric, setMetric] = useState<Metric>('revenue');
  const data = useMemo(() => {
    const byDay = new Map(recap?.days.map((d) => [d.date, d]));
    return lastDays(today, 30).map((day) => ({
      day: dayLabel(t.locale, day),
      orders: byDay.get(day)?.orders ?? 0,
      revenue: byDay.get(day)?.revenue ?? 0,
    }));
  }, [recap, today, t.locale]);
  const compact = useMemo(
    () => new Intl.NumberFormat(t.locale, { notation: 'compact', maximumFractionDigits: 1 }),
    [t.locale],
  );

  const best = recap?.days.reduce<OrderRecap['days'][number] | null>(
    (top, d) => (top === null || d.revenue > top.revenue ? d : top),
    null,
  );

  return (
    <Card withBorder component="section" aria-labelledby="sales-chart-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="sales-chart-title">
          {t.home.chart.title}
        </Title>
        {/* Nothing to switch between until there are orders. */}
        {(recap?.orders ?? 0) > 0 && (
          <SegmentedControl
            size="xs"
            aria-label={t.home.chart.metric}
            value={metric}
            onChange={(value) => setMetric(value as Metric)}
            data={[
              { value: 'revenue', label: t.home.chart.revenue },
              { value: 'orders', label: t.home.chart.orders },
            ]}
          />
        )}
      </Group>
      {!recap ? (
        <Skeleton h={240} />
      ) : recap.orders === 0 ? (
        <EmptyChart />
      ) : (
        <>
          {/* The bars say the same as this sentence, for those who cannot see them. */}
          <VisuallyHidden>
            {t.home.chart.summary(
              recap.orders,
              recap.sold,
              formatRupiah(recap.revenue),
              best ? `${dayLabel(t.locale, best.date)} (${formatRupiah(best.revenue)})` : null,
            )}
          </VisuallyHidden>
          <div aria-hidden>
            <BarChart
              h={240}
              data={data}
              dataKey="day"
              series={[
                {
                  name: metric,
                  label: metric === 'revenue' ? t.home.chart.revenue : t.home.chart.orders,
                  color: 'brand.6',
                },
              ]}
              valueFormatter={(value) => (metric === 'revenue' ? formatRupiah(value) : String(value))}
              yAxisProps={{ tickFormatter: (value: number) => compact.format(value), width: 48 }}
              tickLine="y"
              gridAxis="y"
              // Hidden from assistive technology (the sentence above says it), so not focusable either.
              barChartProps={{ accessibilityLayer: false }}
              // Drawn at once: the bars' grow-in animation kept a phone's main thread busy for
              // ~0.3 s after Beranda showed, just when a seller taps on to Pesanan.
              barProps={{ isAnimationActive: false }}
            />
          </div>
        </>
      )}
    </Card>
  );
}

/**
 * A store without orders in the window: said in words, with where the first order comes from,
 * instead of an empty frame of axes a new seller would read as broken.
 */
function EmptyChart() {
  const t = useT();
  const canBuildForms = useCan('form.manage');
  return (
    <Stack align="center" gap="xs" py="lg" ta="center">
      <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
        <IconChartBar size={28} />
      </ThemeIcon>
      <Text fw={600}>{t.home.chart.emptyTitle}</Text>
      <Text size="sm" c="dimmed" maw={360}>
        {t.home.chart.empty}
      </Text>
      {canBuildForms && (
        <Button component={Link} to="/forms" variant="light" size="xs">
          {t.home.chart.emptyAction}
        </Button>
      )}
    </Stack>
  );
}
