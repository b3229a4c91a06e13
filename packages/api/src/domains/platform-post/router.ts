import {
  idInput,
  messageSchema,
  platformPostInput,
  platformPostListInput,
  platformPostOutput,
  platformPostPageOutput,
} from '@bosonline/contracts';
import { adminCan, adminWrites, router } from '../../trpc.ts';
import * as post from './service.ts';

/** `admin.post`: announcements and tips that every seller's dashboard shows. */
export const platformPostAdminRouter = router({
  list: adminCan('post.manage')
    .input(platformPostListInput)
    .output(platformPostPageOutput)
    .query(({ ctx, input }) => post.adminList(ctx, input)),
  create: adminWrites('post.manage')
    .input(platformPostInput)
    .output(platformPostOutput)
    .mutation(({ ctx, input }) => post.create(ctx, input)),
  delete: adminWrites('post.manage')
    .input(idInput)
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await post.remove(ctx, input.id);
      return { message: 'Post has been deleted' };
    }),
});
