import type { Order } from '@bosonline/db';
import type { AppDeps } from '../../context.ts';
import { isProviderUnavailable } from '../../ports/index.ts';
import type { TrackingEvent } from '../../ports/shipping/port.ts';
import { applyOrderChange } from '../order/change.ts';
import { deliveredColumns } from '../order/delivered.ts';

// Shipped parcels whose provider has said nothing for a day are asked about: the courier's new
// checkpoints go on the timeline (`tracking`), and a delivery moves the order to `delivered`. A
// return is only recorded: whether the goods go back to stock is the seller's call. Each poll is
// recorded with its time, so a quiet order is asked at most once a day.

type JobDeps = Pick<AppDeps, 'db' | 'clock' | 'ports' | 'logger'>;
type ShippedOrder = Pick<
  Order,
  'id' | 'storeId' | 'status' | 'shipmentRef' | 'invoice' | 'paymentMethod' | 'paidAt' | 'total'
>;

export const quietAfterMs = 24 * 3_600_000;

const isDelivery = (event: TrackingEvent) => /deliver/i.test(event.status);

/** The last poll's record: when it asked (app clock) and the newest checkpoint it had seen. */
async function lastPoll(deps: JobDeps, orderId: string) {
  const last = await deps.db.orderEvent.findFirst({
    where: { orderId, type: 'tracking' },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { data: true },
  });
  const data = (last?.data ?? {}) as { lastAt?: string | null; polledAt?: string };
  return {
    lastAt: data.lastAt ? new Date(data.lastAt) : null,
    polledAt: data.polledAt ? new Date(data.polledAt) : null,
  };
}

/** Asks the provider about one shipped order and records what is new. */
export async function pollShipment(deps: JobDeps, order: ShippedOrder): Promise<void> {
  if (!order.shipmentRef) return;
  const history = (await deps.ports.shipping.track(order.shipmentRef)).events;
  const since = (await lastPoll(deps, order.id)).lastAt;
  // A checkpoint without a time cannot be placed after the last poll's; only a delivery among them
  // still counts (at the time the poll learned it), or the order would never read delivered.
  const timed = history.filter((e): e is TrackingEvent & { at: Date } => e.at !== null);
  const fresh = timed.filter((e) => !since || e.at > since).sort((a, b) => a.at.getTime() - b.at.getTime());
  const untimedDelivery = history.find((e) => e.at === null && isDelivery(e));
  const checkpoints = fresh.map((e) => ({
    at: e.at.toISOString(),
    status: e.status,
    description: e.description,
  }));
  const delivered =
    fresh.find(isDelivery) ?? (untimedDelivery ? { ...untimedDelivery, at: deps.clock.now() } : undefined);
  const ctx = { db: deps.db, ports: deps.ports, logger: deps.logger, actor: null };
  if (delivered) {
    await applyOrderChange(ctx, order, {
      to: 'delivered',
      type: 'delivered',
      data: deliveredColumns(order, delivered.at),
      details: { source: 'tracking_poll', description: delivered.description, checkpoints },
    });
    return;
  }
  await applyOrderChange(ctx, order, {
    type: 'tracking',
    details: {
      checkpoints,
      lastAt: fresh.at(-1)?.at.toISOString() ?? since?.toISOString() ?? null,
      polledAt: deps.clock.now().toISOString(),
    },
  });
}

/**
 * One pass over shipped orders quiet for a day, oldest first. A provider outage ends the pass (the
 * next one tries again); any other failure is logged and the pass goes on.
 */
export async function pollQuietShipments(deps: JobDeps, batch = 100): Promise<number> {
  const quietSince = new Date(deps.clock.now().getTime() - quietAfterMs);
  const orders = await deps.db.order.findMany({
    // Shipped a day ago by the app clock, and no change since (any event bumps updatedAt).
    where: {
      status: 'shipped',
      shipmentRef: { not: null },
      shippedAt: { lte: quietSince },
      updatedAt: { lte: quietSince },
    },
    orderBy: { updatedAt: 'asc' },
    select: {
      id: true,
      storeId: true,
      status: true,
      shipmentRef: true,
      invoice: true,
      paymentMethod: true,
      paidAt: true,
      total: true,
    },
    take: batch,
  });
  let polled = 0;
  for (const order of orders) {
    try {
      const { polledAt } = await lastPoll(deps, order.id);
      if (polledAt && polledAt > quietSince) continue;
      await pollShipment(deps, order);
      polled += 1;
    } catch (error) {
      if (isProviderUnavailable(error)) {
        deps.logger.warn({ err: error }, 'tracking poll stopped: the courier service is unavailable');
        break;
      }
      deps.logger.error({ err: error, invoice: order.invoice }, 'tracking poll failed for an order');
    }
  }
  return polled;
}
