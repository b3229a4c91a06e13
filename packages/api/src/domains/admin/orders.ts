import type {
  AdminOrderFilter,
  adminOrderDetailOutput,
  adminOrderListInput,
  adminOrderListOutput,
  OrderRecap,
} from '@bosonline/contracts';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';
import { detail as orderDetail } from '../order/detail.ts';
import type { OrderScope } from '../order/filter.ts';
import { list as orderList } from '../order/list.ts';
import { recap as orderRecap } from '../order/recap.ts';

// AdminBosOnline › Order: the seller side's order list, recap and detail, run over the stores an
// admin picks instead of the tenant's one (order/filter.ts's OrderScope), so both realms read
// the same rows by the same rules.

type ReadCtx = Pick<Context, 'db' | 'ports' | 'logger'>;

/** Every store, one store, or the stores of one seller. */
export function scopeOf(input: { storeId?: string | undefined; sellerId?: string | undefined }): OrderScope {
  return { storeId: input.storeId ?? null, ...(input.sellerId ? { sellerId: input.sellerId } : {}) };
}

/** "Order List" across stores: the seller list's filters, sorts and keyset pages, with each store. */
export function list(
  ctx: ReadCtx,
  input: z.output<typeof adminOrderListInput>,
): Promise<z.infer<typeof adminOrderListOutput>> {
  const { storeId: _store, sellerId: _seller, ...listInput } = input;
  return orderList({ db: ctx.db, tenant: scopeOf(input) }, listInput);
}

/** "Order Recap": Recap Order List's figures over the scope. */
export function recap(ctx: ReadCtx, input: AdminOrderFilter): Promise<OrderRecap> {
  const { storeId: _store, sellerId: _seller, ...filter } = input;
  return orderRecap({ db: ctx.db, tenant: scopeOf(input) }, filter);
}

/** "Detail Order": the seller's detail of any store's order, with the store it belongs to. */
export async function detail(ctx: ReadCtx, id: string): Promise<z.infer<typeof adminOrderDetailOutput>> {
  const order = await ctx.db.order.findUnique({
    where: { id },
    select: { invoice: true, store: { select: { id: true, name: true, ownerId: true } } },
  });
  if (!order) throw notFound('Order');
  const found = await orderDetail({ ...ctx, tenant: { storeId: order.store.id } }, order.invoice);
  return { ...found, store: order.store };
}
