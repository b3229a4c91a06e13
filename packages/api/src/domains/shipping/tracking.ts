import type { ShippingTracking } from '@bosonline/contracts';
import type { SellerContext } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';
import { findOrder } from '../order/load.ts';

type TrackingCtx = Pick<SellerContext, 'db' | 'tenant' | 'ports'>;

/**
 * "Tracking Order": the courier's history of one of the store's orders, found by invoice or AWB
 * (an AWB of another store is as absent as a wrong one). A provider outage is a 503.
 */
export async function trackOrder(ctx: TrackingCtx, q: string): Promise<ShippingTracking> {
  const byAwb = await ctx.db.order.findFirst({
    where: { storeId: ctx.tenant.storeId, awb: { equals: q, mode: 'insensitive' } },
    select: { invoice: true },
  });
  // findOrder applies the CS rule (a CS member sees only their own orders).
  const order = await findOrder(ctx, byAwb?.invoice ?? q.toUpperCase()).catch(() => {
    throw notFound('Order with this invoice or AWB');
  });
  const tracking = order.shipmentRef
    ? await ctx.ports.shipping.track(order.shipmentRef)
    : { awb: null, events: [], proofOfDeliveryUrl: null };
  return {
    invoice: order.invoice,
    status: order.status,
    courierCode: order.courierCode,
    serviceCode: order.serviceCode,
    awb: order.awb ?? tracking.awb,
    history: tracking.events,
    proofOfDeliveryUrl: tracking.proofOfDeliveryUrl,
  };
}
