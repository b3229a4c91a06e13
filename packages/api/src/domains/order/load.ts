import type { SellerContext } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';
import type { StoreScope } from './filter.ts';

type LoadCtx = Pick<SellerContext, 'db'> & { tenant: StoreScope };

/**
 * The tenant's order with this invoice, or 404 'Order'. A CS member only reaches the orders
 * assigned to them; another store's invoice (the same number can exist there) is just as absent.
 */
export async function findOrder(ctx: LoadCtx, invoice: string) {
  const order = await ctx.db.order.findUnique({
    where: { storeId_invoice: { storeId: ctx.tenant.storeId, invoice } },
  });
  if (!order || (ctx.tenant.role === 'cs' && order.csMemberId !== ctx.tenant.memberId)) {
    throw notFound('Order');
  }
  return order;
}
export type OrderRow = Awaited<ReturnType<typeof findOrder>>;
