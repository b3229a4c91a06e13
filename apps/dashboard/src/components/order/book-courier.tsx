import type { OrderStatus } from '@bosonline/contracts';
import { isBosError } from '@bosonline/sdk';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTruckDelivery } from '@tabler/icons-react';
import { errorMessage } from '../../api/errors.ts';
import { useBookShipment } from '../../hooks/order-actions.ts';
import { useT } from '../../i18n/i18n.tsx';

/** The statuses the server books a courier from (order shipment booking); others get a 409. */
const bookable: ReadonlySet<OrderStatus> = new Set(['paid', 'processing', 'booking', 'ready_to_ship']);

export function canBook(status: OrderStatus): boolean {
  return bookable.has(status);
}

/** Books the courier (or books again, for a new AWB); the answer is the order with its AWB. */
export function BookCourier({
  invoice,
  hasAwb,
  onConflict,
}: {
  invoice: string;
  hasAwb: boolean;
  onConflict: () => void;
}) {
  const t = useT();
  const m = t.orderTools.shipment;
  const book = useBookShipment();
  const run = async () => {
    try {
      const order = await book.mutateAsync({ invoice });
      const awb = order.shipment.awb;
      // BosCOD sends the AWB by webhook moments later; until then the order waits in `booking`.
      notifications.show({ color: 'green', message: awb ? m.booked(awb) : m.bookedAwaitingAwb });
    } catch (error) {
      if (isBosError(error, 'CONFLICT')) onConflict();
      notifications.show({
        color: 'red',
        message: isBosError(error, 'SERVICE_UNAVAILABLE') ? t.order.unavailable : errorMessage(t, error),
        autoClose: false,
      });
    }
  };
  return (
    <Button
      variant={hasAwb ? 'default' : 'filled'}
      leftSection={<IconTruckDelivery size={16} aria-hidden />}
      onClick={run}
      loading={book.isPending}
    >
      {hasAwb ? m.rebook : m.book}
    </Button>
  );
}
