import { invalidField } from '../../lib/errors.ts';
import type { PaymentPort } from '../../ports/index.ts';
import type { PaymentChannel } from '../../ports/payment/port.ts';

const field = 'items.paymentMethod.bank';

/** When the buyer names no channel: QRIS, which any Indonesian bank or e-wallet app pays. */
export const defaultChannel = 'QRIS';

/**
 * The channel a gateway order is paid through: the spec's `payment_method.bank` (`BRI`, `QRIS`…),
 * checked against the provider's channels and their amount limits before anything is written.
 */
export function gatewayChannel(
  payment: PaymentPort,
  bank: string | null | undefined,
  total: number,
): PaymentChannel {
  const code = (bank?.trim() || defaultChannel).toUpperCase();
  const channels = payment.channels();
  const channel = channels.find((c) => c.code === code);
  if (!channel) {
    throw invalidField(field, `Choose one of ${channels.map((c) => c.code).join(', ')}`);
  }
  if (total < channel.minAmount || total > channel.maxAmount) {
    throw invalidField(
      field,
      `${channel.name} takes Rp${channel.minAmount.toLocaleString('id-ID')} to Rp${channel.maxAmount.toLocaleString('id-ID')}; choose another channel`,
    );
  }
  return channel;
}
