import {
  regionChildrenInput,
  regionIdInput,
  regionListOutput,
  regionOutput,
  regionSearchInput,
  regionSearchOutput,
} from '@bosonline/contracts';
import { rateLimitedProcedure, router } from '../../trpc.ts';
import * as region from './service.ts';

/** Public, so counted per address: pickers search as buyers type, scrapers would not stop. */
const regionProcedure = rateLimitedProcedure('regionPerIp');

/** Reference data, public: the checkout widget's address pickers use it before anyone logs in. */
export const regionRouter = router({
  provinces: regionProcedure.output(regionListOutput).query(({ ctx }) => region.provinces(ctx)),
  children: regionProcedure
    .input(regionChildrenInput)
    .output(regionListOutput)
    .query(({ ctx, input }) => region.children(ctx, input.parentId)),
  search: regionProcedure
    .input(regionSearchInput)
    .output(regionSearchOutput)
    .query(({ ctx, input }) => region.search(ctx, input)),
  get: regionProcedure
    .input(regionIdInput)
    .output(regionOutput)
    .query(({ ctx, input }) => region.get(ctx, input.id)),
});
