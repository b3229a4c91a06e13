import { validateWhatsappOutput, whatsappNumberInput } from '@bosonline/contracts';
import { router, sellerProcedure } from '../../trpc.ts';
import { validateWhatsapp } from '../checkout/whatsapp.ts';

export const whatsappRouter = router({
  /**
   * "Validation Number WA With store": the seller's check of a buyer's number (editing a customer,
   * typing an order by hand). Same cached answer as the checkout's; counted per store.
   */
  validateNumber: sellerProcedure
    .input(whatsappNumberInput)
    .output(validateWhatsappOutput)
    .query(async ({ ctx, input }) => {
      await ctx.rateLimits.consume('whatsappCheckPerStore', ctx.tenant.storeId);
      return validateWhatsapp(ctx, { phone: input.phone });
    }),
});
