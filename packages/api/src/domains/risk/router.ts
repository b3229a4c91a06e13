import { heldOrderInput, heldOrderOutput } from '@bosonline/contracts';
import { router } from '../../trpc.ts';
import { checkoutProcedure } from '../checkout/public.ts';
import { cancelHeldOrder, confirmHeldOrder } from './hold.ts';

/** The buyer's answers to a held COD order's WhatsApp message (public: the signed token is the key). */
export const riskRouter = router({
  confirmHeldOrder: checkoutProcedure
    .input(heldOrderInput)
    .output(heldOrderOutput)
    .mutation(({ ctx, input }) => confirmHeldOrder(ctx, input.token)),
  cancelHeldOrder: checkoutProcedure
    .input(heldOrderInput)
    .output(heldOrderOutput)
    .mutation(({ ctx, input }) => cancelHeldOrder(ctx, input.token)),
});
