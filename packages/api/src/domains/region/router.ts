import {
  regionChildrenInput,
  regionIdInput,
  regionListOutput,
  regionOutput,
  regionSearchInput,
  regionSearchOutput,
} from '@bosonline/contracts';
import { publicProcedure, router } from '../../trpc.ts';
import * as region from './service.ts';

/** Reference data, public: the checkout widget's address pickers use it before anyone logs in. */
export const regionRouter = router({
  provinces: publicProcedure.output(regionListOutput).query(({ ctx }) => region.provinces(ctx)),
  children: publicProcedure
    .input(regionChildrenInput)
    .output(regionListOutput)
    .query(({ ctx, input }) => region.children(ctx, input.parentId)),
  search: publicProcedure
    .input(regionSearchInput)
    .output(regionSearchOutput)
    .query(({ ctx, input }) => region.search(ctx, input)),
  get: publicProcedure
    .input(regionIdInput)
    .output(regionOutput)
    .query(({ ctx, input }) => region.get(ctx, input.id)),
});
