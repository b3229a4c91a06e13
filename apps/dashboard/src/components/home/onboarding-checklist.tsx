import { Button, Card, Group, List, Progress, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconCircleDashed } from '@tabler/icons-react';
import { useDismissOnboarding, useOnboarding } from '../../hooks/home.ts';
import { useCan } from '../../hooks/profile.ts';
import { useT } from '../../i18n/i18n.tsx';
import { AnchorLink } from '../links.tsx';
import { QueryError } from '../query-error.tsx';

/** Where each step is done, so the checklist leads there. */
const stepPage = {
  storeProfile: '/settings/store',
  warehouse: '/settings/warehouses',
  bankAccount: '/settings/bank-accounts',
  product: '/products/new',
  subdomain: '/settings/domains',
} as const;

/**
 * The first steps of a new store, until an owner or admin hides them. The steps (warehouse, bank
 * account, product, form) are the managers' to take, and so is hiding the list for the whole
 * store: a CS member's Beranda leaves it out.
 */
export function OnboardingChecklist() {
  return useCan('store.manage') ? <Checklist /> : null;
}

function Checklist() {
  const t = useT();
  const onboarding = useOnboarding();
  const dismiss = useDismissOnboarding();

  if (onboarding.isPending) return <Skeleton h={180} />;
  if (onboarding.isError) return <QueryError error={onboarding.error} onRetry={() => onboarding.refetch()} />;
  const { steps, completed, total, dismissedAt } = onboarding.data;
  if (dismissedAt) return null;

  return (
    <Card withBorder component="section" aria-labelledby="onboarding-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Title order={2} size="h4" id="onboarding-title">
              {t.home.onboarding.title}
            </Title>
            <Text size="sm" c="dimmed">
              {t.home.onboarding.progress(completed, total)}
            </Text>
          </div>
          <Button variant="subtle" size="xs" loading={dismiss.isPending} onClick={() => dismiss.mutate()}>
            {t.home.onboarding.hide}
          </Button>
        </Group>
        <Progress
          value={(completed / total) * 100}
          aria-label={t.home.onboarding.progress(completed, total)}
        />
        <List spacing="sm" listStyleType="none">
          {steps.map((step) => {
            const words = t.home.onboarding.steps[step.key];
            return (
              <List.Item
                key={step.key}
                icon={
                  <ThemeIcon
                    color={step.done ? 'teal' : 'gray'}
                    variant={step.done ? 'filled' : 'light'}
                    size={24}
                    radius="xl"
                  >
                    {step.done ? (
                      <IconCheck size={16} aria-hidden />
                    ) : (
                      <IconCircleDashed size={16} aria-hidden />
                    )}
                  </ThemeIcon>
                }
              >
                <Text fw={600} size="sm">
                  {!step.done ? (
                    <AnchorLink to={stepPage[step.key]} inherit>
                      {words.title}
                    </AnchorLink>
                  ) : (
                    words.title
                  )}
                  <Text span size="xs" c={step.done ? 'teal.9' : 'dimmed'} fw={400}>
                    {' · '}
                    {step.done ? t.home.onboarding.done : t.home.onboarding.notDone}
                  </Text>
                </Text>
                <Text size="sm" c="dimmed">
                  {words.description}
                </Text>
              </List.Item>
            );
          })}
        </List>
      </Stack>
    </Card>
  );
}
