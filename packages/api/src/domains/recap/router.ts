import {
  csRecapOutput,
  productRecapOutput,
  recapFilterInput,
  revenueInput,
  revenueOutput,
  storeRecapOutput,
} from '@bosonline/contracts';
import { router, sellerProcedure } from '../../trpc.ts';
import { csRecap } from './cs.ts';
import { productRecap } from './product.ts';
import { revenue } from './revenue.ts';
import { storeRecap } from './store.ts';

// The spec's Store recaps; Recap Order is order.recap. A CS member sees their own orders only
// (the order filter's tenant rule).
export const recapRouter = router({
  store: sellerProcedure
    .input(recapFilterInput)
    .output(storeRecapOutput)
    .query(({ ctx, input }) => storeRecap(ctx, input)),
  product: sellerProcedure
    .input(recapFilterInput)
    .output(productRecapOutput)
    .query(({ ctx, input }) => productRecap(ctx, input)),
  cs: sellerProcedure
    .input(recapFilterInput)
    .output(csRecapOutput)
    .query(({ ctx, input }) => csRecap(ctx, input)),
  revenue: sellerProcedure
    .input(revenueInput)
    .output(revenueOutput)
    .query(({ ctx, input }) => revenue(ctx, input)),
});
