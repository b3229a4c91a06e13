import type { PaymentChannel } from './port.ts';

/**
 * Winpay's SNAP channels for one-off payments (virtual accounts of the banks that support one-off
 * VAs, and QRIS), with list-price fees. The sandbox offers the same list, so a demo store looks
 * like a real one.
 */
const va = (code: string, name: string): PaymentChannel => ({
  code,
  name: `${name} Virtual Account`,
  kind: 'va',
  feeFlat: 4_000,
  feeBasisPoints: 0,
  minAmount: 10_000,
  maxAmount: 50_000_000,
});

export const winpayChannels: readonly PaymentChannel[] = [
  va('BRI', 'BRI'),
  va('BNI', 'BNI'),
  va('MANDIRI', 'Mandiri'),
  va('PERMATA', 'Permata'),
  va('BSI', 'BSI'),
  va('CIMB', 'CIMB Niaga'),
  va('BCA', 'BCA'),
  {
    code: 'QRIS',
    name: 'QRIS',
    kind: 'qris',
    feeFlat: 0,
    feeBasisPoints: 70,
    minAmount: 1_000,
    maxAmount: 10_000_000,
  },
];
