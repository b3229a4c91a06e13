import {
  type CheckoutNextStep,
  type CheckoutReceiptView,
  type checkoutReceiptInput,
  codAfterDownPayment,
  type OrderStatus,
} from '@bosonline/contracts';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';

/**
 * The receipt of an order placed through a form: found by the page's idempotency key, shown only
 * when the buyer's phone matches too. A wrong key, form or phone all answer the same 404, so a
 * caller cannot tell which part was wrong.
 */
export async function receipt(
  ctx: Pick<Context, 'db'>,
  input: z.output<typeof checkoutReceiptInput>,
): Promise<CheckoutReceiptView> {
  const order = await ctx.db.order.findUnique({
    where: { formId_idempotencyKey: { formId: input.formId, idempotencyKey: input.idempotencyKey } },
    select: {
      buyerPhone: true,
      invoice: true,
      status: true,
      paymentMethod: true,
      courierCode: true,
      serviceCode: true,
      itemsTotal: true,
      shippingCost: true,
      codFee: true,
      insuranceFee: true,
      productDiscount: true,
      shippingDiscount: true,
      otherFeesTotal: true,
      total: true,
      createdAt: true,
      confirmDueAt: true,
      confirmByPhone: true,
      downPayment: true,
      downPaymentPaidAt: true,
      items: {
        select: { sku: true, productName: true, variantName: true, price: true, quantity: true },
        orderBy: { sku: 'asc' },
      },
    },
  });
  if (!order || order.buyerPhone !== input.phone) throw notFound('Order');
  const {
    buyerPhone: _phone,
    items,
    confirmDueAt,
    confirmByPhone,
    downPayment,
    downPaymentPaidAt,
    ...rest
  } = order;
  const held = order.status === 'awaiting_confirmation';
  let nextStep: CheckoutNextStep | null = null;
  if (held && downPayment === null) {
    nextStep = confirmByPhone
      ? { kind: 'confirm_by_phone' }
      : { kind: 'confirm_whatsapp', dueAt: confirmDueAt };
  }
  if (held && downPayment !== null && !downPaymentPaidAt) {
    nextStep = {
      kind: 'down_payment',
      amount: downPayment,
      codAmount: codAfterDownPayment(order.total, downPayment),
      dueAt: confirmDueAt,
    };
  }
  return { ...rest, status: unshielded(order), lines: items, nextStep };
}

/**
 * A shield-held order's status as the buyer would see it had it not been held (a COD order is
 * booked at checkout, any other waits for payment), so its receipt reads like every other.
 */
function unshielded(order: { status: OrderStatus; paymentMethod: string }): OrderStatus {
  if (order.status !== 'suspicious') return order.status;
  return order.paymentMethod === 'cod' ? 'ready_to_ship' : 'unpaid';
}
