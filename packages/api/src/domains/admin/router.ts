import {
  adminLoginInput,
  adminMeOutput,
  auditLogListInput,
  auditLogPageOutput,
  idInput,
  internalUserActiveInput,
  internalUserCreateInput,
  internalUserListInput,
  internalUserOutput,
  internalUserPageOutput,
  internalUserUpdateInput,
  messageSchema,
  sellerDetailOutput,
  sellerListInput,
  sellerMarkingManyInput,
  sellerPageOutput,
  sellerStatusMarkingInput,
  sellerUpdatedCountOutput,
  tokenPairOutput,
} from '@bosonline/contracts';
import { notFound } from '../../lib/errors.ts';
import { adminCan, adminProcedure, adminWrites, publicProcedure, router } from '../../trpc.ts';
import * as auth from '../auth/service.ts';
import { cacheAdminRouter } from '../cache/router.ts';
import { platformPostAdminRouter } from '../platform-post/router.ts';
import * as auditLog from './audit-log.ts';
import { productAdminRouter, sellerDetailProcedures, storeAdminRouter } from './catalog-router.ts';
import * as internalUsers from './internal-users.ts';
import * as sellers from './sellers.ts';

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
  /** AdminBosOnline › auth: internal users. */
  users: router({
    list: adminCan('adminUser.manage')
      .input(internalUserListInput)
      .output(internalUserPageOutput)
      .query(({ ctx, input }) => internalUsers.list(ctx, input)),
    detail: adminCan('adminUser.manage')
      .input(idInput)
      .output(internalUserOutput)
      .query(({ ctx, input }) => internalUsers.detail(ctx, input.id)),
    create: adminWrites('adminUser.manage')
      .input(internalUserCreateInput)
      .output(internalUserOutput)
      .mutation(({ ctx, input }) => internalUsers.create(ctx, input)),
    update: adminWrites('adminUser.manage')
      .input(internalUserUpdateInput)
      .output(internalUserOutput)
      .mutation(({ ctx, input }) => internalUsers.update(ctx, input)),
    setActive: adminWrites('adminUser.manage')
      .input(internalUserActiveInput)
      .output(internalUserOutput)
      .mutation(({ ctx, input }) => internalUsers.setActive(ctx, input)),
    delete: adminWrites('adminUser.manage')
      .input(idInput)
      .output(messageSchema)
      .mutation(async ({ ctx, input }) => {
        await internalUsers.remove(ctx, input.id);
        return { message: 'Internal user has been deleted' };
      }),
  }),
  audit: router({
    list: adminCan('audit.view')
      .input(auditLogListInput)
      .output(auditLogPageOutput)
      .query(({ ctx, input }) => auditLog.list(ctx, input)),
  }),
  /** AdminBosOnline › Seller. */
  seller: router({
    list: adminCan('seller.view')
      .input(sellerListInput)
      .output(sellerPageOutput)
      .query(({ ctx, input }) => sellers.list(ctx, input)),
    detail: adminCan('seller.view')
      .input(idInput)
      .output(sellerDetailOutput)
      .query(({ ctx, input }) => sellers.detail(ctx, input.id)),
    updateStatus: adminWrites('seller.manage')
      .input(sellerStatusMarkingInput)
      .output(sellerDetailOutput)
      .mutation(({ ctx, input }) => sellers.updateStatusMarking(ctx, input)),
    updateMarking: adminWrites('seller.manage')
      .input(sellerMarkingManyInput)
      .output(sellerUpdatedCountOutput)
      .mutation(({ ctx, input }) => sellers.updateMarkingMany(ctx, input)),
    ...sellerDetailProcedures,
  }),
  /** AdminBosOnline › Products and Store. */
  product: productAdminRouter,
  store: storeAdminRouter,
  post: platformPostAdminRouter,
  cache: cacheAdminRouter,
});
