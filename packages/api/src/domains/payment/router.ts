import { winpayServiceOutput } from '@bosonline/contracts';
import { router, sellerProcedure } from '../../trpc.ts';

export const paymentRouter = router({
  /** "winpay service": the channels (VA banks, QRIS) a store's forms can offer, with their fees. */
  channels: sellerProcedure
    .output(winpayServiceOutput)
    .query(({ ctx }) => ({ provider: ctx.ports.payment.provider, channels: ctx.ports.payment.channels() })),
});
