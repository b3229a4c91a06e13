import type { OrderStatus } from '@bosonline/contracts';
import type { Prisma } from '@bosonline/db';

// What a seller's system receives about an order: snake_case like the REST door, the order as it
// is after the change, and the status it left.

export const payloadOrderSelect = {
  id: true,
  invoice: true,
  status: true,
  paymentMethod: true,
  buyerName: true,
  buyerPhone: true,
  courierCode: true,
  serviceCode: true,
  awb: true,
  itemsTotal: true,
  shippingCost: true,
  total: true,
  paidAt: true,
  shippedAt: true,
  deliveredAt: true,
  returnedAt: true,
  canceledAt: true,
  createdAt: true,
} satisfies Prisma.OrderSelect;
type PayloadOrder = Prisma.OrderGetPayload<{ select: typeof payloadOrderSelect }>;

const iso = (at: Date | null) => at?.toISOString() ?? null;

export function orderPayload(order: PayloadOrder, previousStatus: OrderStatus | null) {
  return {
    id: order.id,
    invoice: order.invoice,
    status: order.status,
    previous_status: previousStatus,
    payment_method: order.paymentMethod,
    buyer_name: order.buyerName,
    buyer_phone: order.buyerPhone,
    courier_code: order.courierCode,
    service_code: order.serviceCode,
    awb: order.awb,
    items_total: order.itemsTotal,
    shipping_cost: order.shippingCost,
    total: order.total,
    paid_at: iso(order.paidAt),
    shipped_at: iso(order.shippedAt),
    delivered_at: iso(order.deliveredAt),
    returned_at: iso(order.returnedAt),
    canceled_at: iso(order.canceledAt),
    created_at: order.createdAt.toISOString(),
  };
}
