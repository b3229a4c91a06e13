import {
  idInput,
  messageSchema,
  platformPostInput,
  platformPostListInput,
  platformPostOutput,
  platformPostPageOutput,
} from '@bosonline/contracts';
import { adminProcedure, router } from '../../trpc.ts';
import * as post from './service.ts';

/** `admin.post`: announcements and tips that every seller's dashboard shows. */
export const platformPostAdminRouter = router({
  list: adminProcedure
    .input(platformPostListInput)
    .output(platformPostPageOutput)
    .query(({ ctx, input }) => post.adminList(ctx, input)),
  create: adminProcedure
    .input(platformPostInput)
    .output(platformPostOutput)
    .mutation(({ ctx, input }) => post.create(ctx, input)),
  delete: adminProcedure
    .input(idInput)
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await post.remove(ctx, input.id);
      return { message: 'Post has been deleted' };
    }),
});
