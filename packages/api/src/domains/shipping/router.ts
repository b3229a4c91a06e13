import {
  shippingRatesInput,
  shippingRatesOutput,
  shippingRegionsInput,
  shippingRegionsOutput,
  shippingTrackingInput,
  shippingTrackingOutput,
  shippingWarehouseInput,
  shippingWarehouseOutput,
} from '@bosonline/contracts';
import { router, sellerCan, sellerProcedure } from '../../trpc.ts';
import { registerWarehouse } from './pickup-address.ts';
import { checkRates } from './rates.ts';
import { searchProviderRegions } from './regions.ts';
import { trackOrder } from './tracking.ts';

// The spec's "API Boscod" group for sellers. Reads are open to every store role; registering a
// pickup address changes the store's warehouses.

export const shippingRouter = router({
  rates: sellerProcedure
    .input(shippingRatesInput)
    .output(shippingRatesOutput)
    .query(({ ctx, input }) => checkRates(ctx, input)),
  tracking: sellerProcedure
    .input(shippingTrackingInput)
    .output(shippingTrackingOutput)
    .query(({ ctx, input }) => trackOrder(ctx, input.q)),
  regions: sellerProcedure
    .input(shippingRegionsInput)
    .output(shippingRegionsOutput)
    .query(({ ctx, input }) => searchProviderRegions(ctx, input.q)),
  registerWarehouse: sellerCan('warehouse.manage')
    .input(shippingWarehouseInput)
    .output(shippingWarehouseOutput)
    .mutation(({ ctx, input }) => registerWarehouse(ctx, input.id)),
});
