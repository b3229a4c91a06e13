import {
  canTransition,
  type OrderStatus,
  type orderStatusInput,
  waitsForPayment,
} from '@bosonline/contracts';
import type { Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';
import { conflict, serviceUnavailable } from '../../lib/errors.ts';
import { ShippingUnavailableError } from '../../ports/index.ts';
import { moveStock, type Tx } from '../inventory/ledger.ts';
import { findOrder, type OrderRow } from './load.ts';

type StatusCtx = Pick<SellerContext, 'db' | 'tenant' | 'actor' | 'ports' | 'clock'>;

export interface Transition {
  to: OrderStatus;
  type: string;
  /** Columns that change with the status (timestamps, payment facts, AWB…). */
  data?: Prisma.OrderUpdateManyMutationInput;
  details?: Prisma.InputJsonValue;
  /** More work in the same transaction (stock, vouchers). */
  also?: (tx: Tx) => Promise<void>;
}

/**
 * Moves an order along the lifecycle: only an allowed transition, only from the status it was
 * read in (a guarded UPDATE, so two sellers clicking at once cannot both move it), with its event
 * row and any stock or voucher work in the same transaction. Anything else is a 409.
 */
export async function transition(ctx: StatusCtx, order: OrderRow, step: Transition): Promise<void> {
  if (!canTransition(order.status, step.to)) {
    throw conflict(`An order that is ${label(order.status)} cannot become ${label(step.to)}`, 'status');
  }
  await ctx.db.$transaction(async (tx) => {
    const { count } = await tx.order.updateMany({
      where: { id: order.id, status: order.status },
      data: { ...step.data, status: step.to },
    });
    if (count === 0) throw conflict('This order changed meanwhile; reload it', 'status');
    await tx.orderEvent.create({
      data: {
        orderId: order.id,
        storeId: order.storeId,
        type: step.type,
        fromStatus: order.status,
        toStatus: step.to,
        actorUserId: ctx.actor.userId,
        data: step.details ?? {},
      },
    });
    await step.also?.(tx);
  });
}

const label = (status: OrderStatus) => status.replaceAll('_', ' ');

/** Puts the order's items back in stock through the ledger. */
async function restock(tx: Tx, order: OrderRow, reason: 'sale_canceled' | 'returned', actorUserId: string) {
  const items = await tx.orderItem.findMany({ where: { orderId: order.id }, orderBy: { variantId: 'asc' } });
  for (const item of items) {
    await moveStock(tx, {
      storeId: order.storeId,
      variantId: item.variantId,
      warehouseId: item.warehouseId,
      delta: item.quantity,
      reason,
      note: order.invoice,
      actorUserId,
    });
  }
}

/** Gives back the order's voucher uses (quota and the buyer's per-voucher count). */
export async function releaseVouchers(
  tx: Tx,
  order: Pick<OrderRow, 'productVoucherId' | 'shippingVoucherId' | 'buyerPhone'>,
) {
  for (const voucherId of [order.productVoucherId, order.shippingVoucherId]) {
    if (!voucherId) continue;
    await tx.$executeRaw`UPDATE "Voucher" SET "used" = GREATEST("used" - 1, 0), "updatedAt" = now() WHERE "id" = ${voucherId}::uuid`;
    const use = await tx.voucherRedemption.findFirst({
      where: { voucherId, buyerPhone: order.buyerPhone },
      orderBy: { createdAt: 'desc' },
    });
    if (use) await tx.voucherRedemption.delete({ where: { id: use.id } });
  }
}

/** Cancels the courier booking of an order that has one; the provider must agree first. */
async function cancelShipment(ctx: StatusCtx, order: OrderRow) {
  if (!order.shipmentRef) return;
  try {
    await ctx.ports.shipping.cancel(order.shipmentRef);
  } catch (error) {
    if (error instanceof ShippingUnavailableError) throw serviceUnavailable(error.message);
    throw error;
  }
}

/**
 * "Update Status Order": the moves a seller makes by hand. Cancel (before shipping) cancels the
 * courier booking, returns the stock and the voucher uses; returned puts the items back in stock
 * unless the seller says they came back unsellable (`restock: false`).
 */
export async function updateStatus(ctx: StatusCtx, input: z.output<typeof orderStatusInput>) {
  const order = await findOrder(ctx, input.invoice);
  const now = ctx.clock.now();
  const note = input.note ?? null;
  const actor = ctx.actor.userId;
  switch (input.status) {
    case 'canceled':
      if (!canTransition(order.status, 'canceled')) break;
      await cancelShipment(ctx, order);
      return transition(ctx, order, {
        to: 'canceled',
        type: 'canceled',
        data: { canceledAt: now, cancelReason: note },
        details: { note },
        also: async (tx) => {
          await restock(tx, order, 'sale_canceled', actor);
          await releaseVouchers(tx, order);
        },
      });
    case 'returned':
      return transition(ctx, order, {
        to: 'returned',
        type: 'returned',
        data: { returnedAt: now },
        details: { note, restock: input.restock },
        also: input.restock ? (tx) => restock(tx, order, 'returned', actor) : undefined,
      });
    case 'shipped':
      return transition(ctx, order, {
        to: 'shipped',
        type: 'shipped',
        data: { shippedAt: now },
        details: { note },
      });
    case 'delivered':
      return transition(ctx, order, {
        to: 'delivered',
        type: 'delivered',
        data: { deliveredAt: now },
        details: { note },
      });
    case 'processing':
      if (waitsForPayment(order)) {
        throw conflict('This order waits for its payment; confirm the payment first', 'status');
      }
      return transition(ctx, order, { to: 'processing', type: 'processing', details: { note } });
  }
  throw conflict(`An order that is ${label(order.status)} cannot become canceled`, 'status');
}
