import type { OrderStatus } from '@bosonline/contracts';
import { Badge, type MantineColor } from '@mantine/core';
import { useT } from '../i18n/i18n.tsx';

const colors: Record<OrderStatus, MantineColor> = {
  unpaid: 'yellow',
  paid: 'teal',
  processing: 'blue',
  booking: 'indigo',
  awaiting_confirmation: 'pink',
  ready_to_ship: 'cyan',
  shipped: 'violet',
  delivered: 'green',
  returned: 'orange',
  canceled: 'gray',
  suspicious: 'red',
};

export function StatusBadge({ status }: { status: OrderStatus }) {
  const t = useT();
  // Light variant: dark text on a pale fill keeps the contrast readable for every color.
  return (
    <Badge color={colors[status]} variant="light" style={{ flexShrink: 0 }}>
      {t.status[status]}
    </Badge>
  );
}
