import type { OrderRisk } from '@bosonline/contracts';
import { Card, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { formatDateTime } from '../../format.ts';
import { useT } from '../../i18n/i18n.tsx';
import { riskColors } from './risk-badge.tsx';

/**
 * The order detail's COD risk: score, level, the reasons behind it, and what a hold waits for (its
 * deadline, or the seller's call to a buyer without WhatsApp).
 */
export function RiskPanel({
  risk,
  confirmDueAt,
  downPayment = false,
  confirmByPhone = false,
}: {
  risk: OrderRisk;
  confirmDueAt: Date | null;
  /** The hold waits for a down payment rather than the buyer's confirmation. */
  downPayment?: boolean;
  /** The hold waits for the seller to call a buyer whose number is not on WhatsApp (no deadline). */
  confirmByPhone?: boolean;
}) {
  const t = useT();
  return (
    <Card withBorder component="section" aria-label={t.risk.title}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t.risk.title}
        </Title>
        {!risk ? (
          <Text size="sm" c="dimmed">
            {t.risk.notScored}
          </Text>
        ) : (
          <>
            <Group justify="space-between" wrap="nowrap">
              <Text fw={600}>{t.risk.level[risk.level]}</Text>
              <Text size="sm">{t.risk.scoreOf(risk.score)}</Text>
            </Group>
            <Progress
              value={Math.round(risk.score * 100)}
              color={riskColors[risk.level]}
              aria-label={t.risk.score}
            />
            <Text size="sm" fw={600}>
              {t.risk.reasons}
            </Text>
            {risk.reasons.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t.risk.noReasons}
              </Text>
            ) : (
              <List size="sm" spacing={4}>
                {risk.reasons.map((reason) => (
                  <List.Item key={reason.code}>{t.lang === 'en' ? reason.en : reason.id}</List.Item>
                ))}
              </List>
            )}
          </>
        )}
        {confirmByPhone && (
          <Text size="sm" c="pink.9" data-testid="call-buyer">
            {t.risk.callBuyer}
          </Text>
        )}
        {confirmDueAt && (
          <Text size="sm" c="pink.9">
            {(downPayment ? t.risk.downPayment.awaiting : t.risk.awaiting)(
              `${formatDateTime(t.locale, confirmDueAt)} ${t.common.wib}`,
            )}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
