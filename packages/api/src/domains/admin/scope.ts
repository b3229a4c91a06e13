import type { Context, StoreScope } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';

// The admin realm reaches a seller's catalogue, warehouses, bank accounts and profile through the
// seller realm's own services, handing them a scope naming the store instead of a tenant from a
// login. Only admin procedures (adminCan) build one, so another store's data is reachable through
// this realm alone; a seller's token never gets here.

export type AdminReadCtx = Pick<Context, 'db' | 'clock' | 'ports'>;

function scopeOf(ctx: AdminReadCtx, storeId: string): StoreScope {
  return { db: ctx.db, clock: ctx.clock, ports: ctx.ports, tenant: { storeId } };
}

/** The store as a service scope; 404 when there is no such store. */
export async function storeScope(ctx: AdminReadCtx, storeId: string): Promise<StoreScope> {
  const store = await ctx.db.store.findUnique({ where: { id: storeId }, select: { id: true } });
  if (!store) throw notFound('Store');
  return scopeOf(ctx, store.id);
}

/** The stores a seller owns, oldest first, each as a service scope; 404 for an unknown seller. */
export async function sellerStores(ctx: AdminReadCtx, sellerId: string) {
  const seller = await ctx.db.user.findUnique({
    where: { id: sellerId },
    select: {
      ownedStores: { select: { id: true, name: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    },
  });
  if (!seller) throw notFound('Seller');
  return seller.ownedStores.map((store) => ({
    store,
    scope: scopeOf(ctx, store.id),
  }));
}
