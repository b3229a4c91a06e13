import {
  adminLoginInput,
  adminMeOutput,
  adminOrderDetailOutput,
  adminOrderDownloadInput,
  adminOrderFilterInput,
  adminOrderListInput,
  adminOrderListOutput,
  adminOrderPrintInput,
  adminRolePermissions,
  auditLogListInput,
  auditLogPageOutput,
  dashboardProductRecapOutput,
  dashboardProductsInput,
  dashboardRevenueInput,
  dashboardRevenueOutput,
  dashboardSummaryInput,
  dashboardSummaryOutput,
  exportLinkOutput,
  idInput,
  internalUserActiveInput,
  internalUserCreateInput,
  internalUserListInput,
  internalUserOutput,
  internalUserPageOutput,
  internalUserUpdateInput,
  messageSchema,
  orderRecapOutput,
  popularProductsOutput,
  sellerDetailOutput,
  sellerListInput,
  sellerMarkingManyInput,
  sellerPageOutput,
  sellerStatusMarkingInput,
  sellerUpdatedCountOutput,
  tokenPairOutput,
  topSellersInput,
  topSellersOutput,
} from '@bosonline/contracts';
import { notFound } from '../../lib/errors.ts';
import { adminCan, adminProcedure, adminWrites, publicProcedure, router } from '../../trpc.ts';
import * as auth from '../auth/service.ts';
import { cacheAdminRouter } from '../cache/router.ts';
import { codLedgerAdminRouter } from '../cod-ledger/router.ts';
import { platformPostAdminRouter } from '../platform-post/router.ts';
import * as auditLog from './audit-log.ts';
import { productAdminRouter, sellerDetailProcedures, storeAdminRouter } from './catalog-router.ts';
import * as dashboard from './dashboard.ts';
import * as internalUsers from './internal-users.ts';
import * as orderFiles from './order-files.ts';
import * as orders from './orders.ts';
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
      return {
        id: admin.id,
        name: admin.name,
        email: admin.email,
        role: admin.role,
        permissions: adminRolePermissions(admin.role),
      };
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
  /** AdminBosOnline › Dashboard: platform figures from the daily rollups. */
  dashboard: router({
    summary: adminCan('dashboard.view')
      .input(dashboardSummaryInput)
      .output(dashboardSummaryOutput)
      .query(({ ctx, input }) => dashboard.summary(ctx, input)),
    popularProducts: adminCan('dashboard.view')
      .input(dashboardProductsInput)
      .output(popularProductsOutput)
      .query(({ ctx, input }) => dashboard.popularProducts(ctx, input)),
    productRecap: adminCan('dashboard.view')
      .input(dashboardProductsInput)
      .output(dashboardProductRecapOutput)
      .query(({ ctx, input }) => dashboard.productSummary(ctx, input)),
    revenue: adminCan('dashboard.view')
      .input(dashboardRevenueInput)
      .output(dashboardRevenueOutput)
      .query(({ ctx, input }) => dashboard.revenue(ctx, input)),
    topSellers: adminCan('dashboard.view')
      .input(topSellersInput)
      .output(topSellersOutput)
      .query(({ ctx, input }) => dashboard.topSellers(ctx, input)),
  }),
  /** AdminBosOnline › Order: every store's orders through the seller side's list, recap and files. */
  order: router({
    recap: adminCan('order.view')
      .input(adminOrderFilterInput)
      .output(orderRecapOutput)
      .query(({ ctx, input }) => orders.recap(ctx, input)),
    list: adminCan('order.view')
      .input(adminOrderListInput)
      .output(adminOrderListOutput)
      .query(({ ctx, input }) => orders.list(ctx, input)),
    exportLink: adminCan('order.view')
      .input(adminOrderDownloadInput)
      .output(exportLinkOutput)
      .mutation(({ ctx, input }) => orderFiles.exportLink(ctx, input)),
    detail: adminCan('order.view')
      .input(idInput)
      .output(adminOrderDetailOutput)
      .query(({ ctx, input }) => orders.detail(ctx, input.id)),
    printLink: adminCan('order.view')
      .input(adminOrderPrintInput)
      .output(exportLinkOutput)
      .mutation(({ ctx, input }) => orderFiles.printLink(ctx, input)),
  }),
  post: platformPostAdminRouter,
  cache: cacheAdminRouter,
  codLedger: codLedgerAdminRouter,
});
