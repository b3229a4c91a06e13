import { formatRupiah } from '@bosonline/contracts';
import type { BosOutputs } from '@bosonline/sdk';
import { Text, Timeline } from '@mantine/core';
import { IconCircleCheck, IconPoint } from '@tabler/icons-react';
import { formatDateTime } from '../../format.ts';
import { useT } from '../../i18n/i18n.tsx';

type Event = BosOutputs['order']['detail']['timeline'][number];

/** A cancel that owed the buyer their down payment back says how it was refunded (order/status.ts). */
function refundOf(event: Event): { amount: number; note: string } | null {
  const data = event.data as { downPaymentRefund?: unknown; refundNote?: unknown } | null;
  if (typeof data?.downPaymentRefund !== 'number' || typeof data.refundNote !== 'string') return null;
  return { amount: data.downPaymentRefund, note: data.refundNote };
}

/** What happened to an order, oldest first, with who did it and the status it moved between. */
export function OrderTimeline({ events }: { events: Event[] }) {
  const t = useT();
  if (events.length === 0) return <Text c="dimmed">{t.order.noEvents}</Text>;
  return (
    <Timeline active={events.length - 1} bulletSize={22} lineWidth={2}>
      {events.map((event, i) => {
        const refund = refundOf(event);
        return (
          <Timeline.Item
            // Events have no id of their own; the history only grows at the end, so the index is stable.
            key={i}
            bullet={
              i === events.length - 1 ? (
                <IconCircleCheck size={14} aria-hidden />
              ) : (
                <IconPoint size={14} aria-hidden />
              )
            }
            title={t.event[event.type] ?? event.type}
          >
            {/* A step within one status (a booking recorded while still booking) is no change to show. */}
            {event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus && (
              <Text size="sm">{t.statusChange(t.status[event.fromStatus], t.status[event.toStatus])}</Text>
            )}
            {refund && <Text size="sm">{t.order.refunded(formatRupiah(refund.amount), refund.note)}</Text>}
            <Text size="xs" c="dimmed">
              {formatDateTime(t.locale, event.at)} {t.common.wib}
              {event.actorName ? ` · ${t.order.by(event.actorName)}` : ''}
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
