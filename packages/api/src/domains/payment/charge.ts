import type { PaymentGatewayAnswer } from '@bosonline/contracts';
import type { Db, PaymentCharge } from '@bosonline/db';
import type { AppDeps } from '../../context.ts';
import { channelFee, type PaymentChannel } from '../../ports/payment/port.ts';
import { imitateBuyerPayment } from './jobs.ts';

/**
 * How long a gateway order's VA number or QRIS code takes money. The expiry job cancels unpaid
 * orders after the form's payment window; the charge must not outlive that, or a buyer could pay
 * an order that is already gone (that case is still handled: see settle.ts).
 */
export const gatewayPaymentWindowMs = 24 * 3_600_000;

type ChargeCtx = Pick<AppDeps, 'db' | 'ports' | 'clock' | 'jobs'>;

interface ChargedOrder {
  id: string;
  storeId: string;
  invoice: string;
  total: number;
  buyerName: string;
  buyerPhone: string;
}

/** Our id for an order's charge: the order id without dashes (32 characters, unique everywhere). */
export const externalIdOf = (orderId: string) => orderId.replaceAll('-', '');

export function gatewayAnswerOf(charge: PaymentCharge, channelName: string): PaymentGatewayAnswer {
  return {
    channel: charge.channel,
    channelName,
    kind: charge.kind as PaymentGatewayAnswer['kind'],
    vaNumber: charge.vaNumber,
    qrString: charge.qrString,
    amount: charge.amount,
    expiresAt: charge.expiresAt,
  };
}

/**
 * Asks the gateway for the order's VA number or QRIS code and keeps it. Throws what the port
 * throws (PaymentUnavailableError → 503); the caller then takes the order back.
 */
export async function openCharge(
  ctx: ChargeCtx,
  order: ChargedOrder,
  channel: PaymentChannel,
): Promise<PaymentGatewayAnswer> {
  const externalId = externalIdOf(order.id);
  const charge = await ctx.ports.payment.createCharge({
    externalId,
    amount: order.total,
    channel: channel.code,
    customerName: order.buyerName,
    customerPhone: order.buyerPhone,
    description: order.invoice,
    expiresAt: new Date(ctx.clock.now().getTime() + gatewayPaymentWindowMs),
  });
  const row = await ctx.db.paymentCharge.create({
    data: {
      storeId: order.storeId,
      orderId: order.id,
      provider: ctx.ports.payment.provider,
      externalId,
      providerRef: charge.providerRef,
      channel: channel.code,
      kind: channel.kind,
      amount: order.total,
      fee: channelFee(channel, order.total),
      vaNumber: charge.vaNumber,
      qrString: charge.qrString,
      expiresAt: charge.expiresAt,
    },
  });
  await imitateBuyerPayment(ctx, externalId);
  return gatewayAnswerOf(row, channel.name);
}

/** The stored charge of an order as the buyer's answer (a retried checkout), or undefined. */
export async function storedGatewayAnswer(
  db: Db,
  channels: PaymentChannel[],
  orderId: string,
): Promise<PaymentGatewayAnswer | undefined> {
  const charge = await db.paymentCharge.findUnique({ where: { orderId } });
  if (!charge) return undefined;
  return gatewayAnswerOf(charge, channels.find((c) => c.code === charge.channel)?.name ?? charge.channel);
}
