import type { ConversionDeliveryView } from '@bosonline/contracts';
import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { formatDateTime } from '../../format.ts';
import { conversionsSection } from '../../i18n/conversions.ts';
import { useT } from '../../i18n/i18n.tsx';

const statusColor = { pending: 'yellow', sent: 'green', failed: 'red', skipped: 'gray' } as const;

/**
 * One ad conversion as the platform saw it: platform, event, when, how often it was tried, the
 * platform's answer (or why it was skipped) and its status. The form's log names the order too.
 */
export function ConversionDeliveryRow({
  delivery: d,
  showInvoice = false,
}: {
  delivery: ConversionDeliveryView;
  showInvoice?: boolean;
}) {
  const t = useT(conversionsSection);
  const tried = d.attempts > 0 && d.updatedAt.getTime() !== d.createdAt.getTime();
  return (
    <Card withBorder p="xs" radius="sm">
      <Group justify="space-between" gap={6} wrap="wrap" align="flex-start">
        <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
          <Text size="sm" fw={600}>
            {t.conversions.platform[d.platform]} · {d.eventName}
            {showInvoice ? ` · ${d.invoice}` : ''}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(t.locale, d.createdAt)} · {t.conversions.triggers[d.trigger]} ·{' '}
            {t.conversions.attempts(d.attempts)}
            {tried ? ` · ${t.conversions.lastChange(formatDateTime(t.locale, d.updatedAt))}` : ''}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
            event_id {d.eventId}
          </Text>
          {d.response && (
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
              {t.conversions.answer}: {d.statusCode ? `${d.statusCode} ` : ''}
              {d.response}
            </Text>
          )}
        </Stack>
        <Badge variant="light" color={statusColor[d.status]}>
          {t.conversions.status[d.status]}
        </Badge>
      </Group>
    </Card>
  );
}
