import {
  checkoutQuoteOutput,
  createOrderInput,
  estimateRatesOutput,
  manualOrderOutput,
  manualQuoteInput,
  manualRatesInput,
} from '@bosonline/contracts';
import { sellerCan } from '../../trpc.ts';
import { createManualOrder } from './create-order.ts';
import { estimateRates } from './rates.ts';
import { quoteSummary } from './summary.ts';

/**
 * "Atur Pengiriman": a seller's staff member places an order for a buyer on one of the store's
 * forms, with the checkout's own body and rules (`order.createManual` on tRPC; the REST door sends
 * `POST /order/{id}` here when the request carries a token). The caller handles the order.
 */
export const createManualOrderProcedure = sellerCan('order.create')
  .input(createOrderInput)
  .output(manualOrderOutput)
  .mutation(async ({ ctx, input }) => {
    const caller = await ctx.db.user.findUnique({
      where: { id: ctx.actor.userId },
      select: { phone: true },
    });
    return createManualOrder(ctx, input, {
      origin: 'manual',
      storeId: ctx.tenant.storeId,
      userId: ctx.actor.userId,
      memberId: ctx.tenant.memberId,
      phone: caller?.phone ?? null,
    });
  });

/** What `order.createManual` would charge, from the named warehouse: the total shown before saving. */
export const quoteManualOrderProcedure = sellerCan('order.create')
  .input(manualQuoteInput)
  .output(checkoutQuoteOutput)
  .query(({ ctx, input }) =>
    quoteSummary(ctx, input, { storeId: ctx.tenant.storeId, warehouseName: input.sender?.warehouseName }),
  );

/** The services that deliver the cart, priced from the named warehouse: what the seller picks from. */
export const manualRatesProcedure = sellerCan('order.create')
  .input(manualRatesInput)
  .output(estimateRatesOutput)
  .query(({ ctx, input }) => {
    const { warehouseName, ...estimate } = input;
    return estimateRates(ctx, estimate, { storeId: ctx.tenant.storeId, warehouseName });
  });
