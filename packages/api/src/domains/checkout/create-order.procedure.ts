import { createOrderInput, createOrderOutput } from '@bosonline/contracts';
import { createOrder } from './create-order.ts';
import { checkoutProcedure } from './public.ts';

/** "Request Create Order": public (the buyer is not logged in), rate-limited like all checkout calls. */
export const createOrderProcedure = checkoutProcedure
  .input(createOrderInput)
  .output(createOrderOutput)
  .mutation(({ ctx, input }) => createOrder(ctx, input));
