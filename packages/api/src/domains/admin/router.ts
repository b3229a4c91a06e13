import { adminLoginInput, adminMeOutput, messageSchema, tokenPairOutput } from '@bosonline/contracts';
import { notFound } from '../../lib/errors.ts';
import { adminProcedure, publicProcedure, router } from '../../trpc.ts';
import * as auth from '../auth/service.ts';
import { cacheAdminRouter } from '../cache/router.ts';
import { platformPostAdminRouter } from '../platform-post/router.ts';

/** The platform-staff realm. Its own login; seller tokens get 403 on every procedure here. */
export const adminRouter = router({
  auth: router({
    login: publicProcedure
      .input(adminLoginInput)
      .output(tokenPairOutput)
      .mutation(({ ctx, input }) => auth.adminLogin(ctx, input)),
    logout: adminProcedure.output(messageSchema).mutation(async ({ ctx }) => {
      await auth.logout(ctx, ctx.actor.sessionId);
      return { message: 'Logged out' };
    }),
    me: adminProcedure.output(adminMeOutput).query(async ({ ctx }) => {
      const admin = await ctx.db.adminUser.findUnique({ where: { id: ctx.admin.id } });
      if (!admin) throw notFound('Admin user');
      return { id: admin.id, name: admin.name, email: admin.email, role: admin.role };
    }),
  }),
  post: platformPostAdminRouter,
  cache: cacheAdminRouter,
});
