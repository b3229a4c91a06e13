import type { OrderStatus } from '@bosonline/contracts';
import { Card, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useInViewport } from '@mantine/hooks';
import { createLazyRoute } from '@tanstack/react-router';
import { type ComponentProps, lazy, Suspense, useEffect, useState } from 'react';
import { HeldOrdersNotice } from '../components/home/held-orders-notice.tsx';
import { InvitationsCard } from '../components/home/invitations-card.tsx';
import { OnboardingChecklist } from '../components/home/onboarding-checklist.tsx';
import { PostFeed } from '../components/home/post-feed.tsx';
import { RecapCards } from '../components/home/recap-cards.tsx';
import { BlockLink } from '../components/links.tsx';
import { QueryError } from '../components/query-error.tsx';
import { useRecaps } from '../hooks/home.ts';
import { useStatusCounts } from '../hooks/orders.ts';
import { useMe } from '../hooks/profile.ts';
import { useT } from '../i18n/i18n.tsx';
import type { Messages } from '../i18n/messages.id.ts';

// The chart library is the dashboard's largest (~130 KB gzipped); it loads once the chart's place
// scrolls into view. On a phone that is below the fold: evaluating it at once kept the main thread
// busy for half a second, and a tap on the menu right after Beranda opened waited for it.
const SalesChart = lazy(() =>
  import('../components/home/sales-chart.tsx').then((m) => ({ default: m.SalesChart })),
);

function SalesChartWhenSeen(props: ComponentProps<typeof SalesChart>) {
  const { ref, inViewport } = useInViewport();
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    if (inViewport) setSeen(true);
  }, [inViewport]);
  return (
    <div ref={ref}>
      {seen ? (
        <Suspense fallback={<Skeleton h={300} />}>
          <SalesChart {...props} />
        </Suspense>
      ) : (
        // Still: nothing is loading yet (and a page that is otherwise done does not keep animating).
        <Skeleton h={300} animate={false} />
      )}
    </div>
  );
}

export const homePageLazy = createLazyRoute('/signed-in/')({ component: HomePage });

/** The tabs a seller opens first each morning: money to chase, orders to pack, parcels to hand over. */
const tiles: Array<{ status: OrderStatus; label: keyof Messages['home'] }> = [
  { status: 'unpaid', label: 'toPay' },
  { status: 'paid', label: 'toProcess' },
  { status: 'ready_to_ship', label: 'toShip' },
];

function HomePage() {
  const t = useT();
  const me = useMe();
  const orders = useStatusCounts();
  const counts = orders.data;
  const recaps = useRecaps();

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {me.data ? t.home.greeting(me.data.name) : <Skeleton h={32} w={200} />}
        </Title>
        <Text c="dimmed">{t.home.intro}</Text>
      </div>
      <InvitationsCard />
      <HeldOrdersNotice counts={counts} />
      <OnboardingChecklist />
      {orders.isError ? (
        <QueryError error={orders.error} onRetry={() => orders.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          {tiles.map((tile) => (
            <BlockLink key={tile.status} to="/orders" search={{ status: tile.status }}>
              <Card withBorder>
                <Text size="sm" c="dimmed">
                  {t.home[tile.label] as string}
                </Text>
                {counts ? (
                  <Text size="xl" fw={700}>
                    {counts[tile.status] ?? 0}
                  </Text>
                ) : (
                  <Skeleton h={28} w={48} mt={4} />
                )}
              </Card>
            </BlockLink>
          ))}
        </SimpleGrid>
      )}
      <Title order={2} size="h4">
        {t.home.recap.title}
      </Title>
      <RecapCards queries={recaps.queries} />
      <Text size="xs" c="dimmed" mt={-8}>
        {t.home.recap.note}
      </Text>
      <SalesChartWhenSeen recap={recaps.queries[2]?.data} today={recaps.today} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <PostFeed kind="announcements" />
        <PostFeed kind="tips" />
      </SimpleGrid>
    </Stack>
  );
}
