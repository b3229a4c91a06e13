import type { AppDeps } from '../../context.ts';
import type { Ports } from '../../ports/index.ts';
import { cacheKeys } from './keys.ts';

// Explicit invalidation: what each write forgets, once it has committed. The hooks, one per domain:
//   form, product (prices, names, status, images), store profile, logo and domains, warehouses
//     → their routers' `sellerWrites(…, forgetStore | forgetStoreForms)` (trpc.ts)
//   bank accounts, staff → `sellerWrites(…, forgetStoreFacts)`; profile → forgetFactsOfUser
//   stock, however it moves (a sale, a release of a held order, a cancel or return, a stock
//     take) → forgetFormsSelling for the variants whose "in stock" flipped, by the transaction
//     that moved it (inventory/transaction.ts `stockTransaction`)
//   an order ending or un-ending (delivered, returned, canceled) → forgetRiskBaseline, by the one
//     way to change an order (order/change.ts)
// A new write path that changes what these reads show (e.g. the admin realm suspending a seller or
// editing a store) calls the matching function here after its transaction, like the hooks above.
// Region search and the courier catalogue are reference data that no write of ours changes; they
// expire by TTL (an operator can drop them at once with the superadmin pattern delete).
// Checkout never trusts the cache for what it charges or reserves: create-order re-reads the form
// and takes stock with a guarded UPDATE in its transaction, so a stale "in stock" cannot oversell.

export type ForgetCtx = Pick<AppDeps, 'db' | 'logger'> & { ports: Pick<Ports, 'cache'> };

/** Deletes keys; a cache that is down is logged, not fatal: the write it follows has committed. */
async function drop(ctx: ForgetCtx, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await ctx.ports.cache.delete(keys).catch((error: unknown) => {
    ctx.logger.error(
      { err: error, keys: keys.slice(0, 5) },
      'cache invalidation failed; entries expire by TTL',
    );
  });
}

/** These forms' buyer-facing entries (after an edit, a status change, a deletion, a copy). */
export async function forgetForms(ctx: ForgetCtx, storeId: string, formIds: string[]): Promise<void> {
  await drop(
    ctx,
    formIds.map((id) => cacheKeys.form(storeId, id)),
  );
}

/**
 * Every form of the store (any form write, a catalogue or stock change). Deleted ones too: the
 * write may be the deletion itself.
 */
export async function forgetStoreForms(ctx: ForgetCtx, storeId: string): Promise<void> {
  const forms = await ctx.db.form.findMany({ where: { storeId }, select: { id: true } });
  await forgetForms(
    ctx,
    storeId,
    forms.map((f) => f.id),
  );
}

/** The store's order-side facts: sender warehouse, bank accounts, CS team, phones. */
export async function forgetStoreFacts(ctx: ForgetCtx, storeId: string): Promise<void> {
  await drop(ctx, [cacheKeys.storeFacts(storeId)]);
}

/** Everything public of the store (profile, logo, domains, warehouses): facts, origins, forms. */
export async function forgetStore(ctx: ForgetCtx, storeId: string): Promise<void> {
  await Promise.all([
    drop(ctx, [cacheKeys.storeFacts(storeId), cacheKeys.storeOrigins(storeId)]),
    forgetStoreForms(ctx, storeId),
  ]);
}

/** The forms that sell any of these variants (a price, status or "in stock" they show changed). */
export async function forgetFormsSelling(
  ctx: ForgetCtx,
  storeId: string,
  variantIds: string[],
): Promise<void> {
  if (variantIds.length === 0) return;
  const forms = await ctx.db.form.findMany({
    where: { storeId, deletedAt: null, items: { some: { variantId: { in: variantIds } } } },
    select: { id: true },
  });
  await forgetForms(
    ctx,
    storeId,
    forms.map((f) => f.id),
  );
}

/** The facts of every store a person owns or works in (their phone or membership changed). */
export async function forgetFactsOfUser(ctx: ForgetCtx, userId: string): Promise<void> {
  const memberships = await ctx.db.storeMember.findMany({ where: { userId }, select: { storeId: true } });
  await drop(ctx, [...new Set(memberships.map((m) => m.storeId))].map(cacheKeys.storeFacts));
}

/**
 * The store's COD risk baseline (risk/baseline.ts): an order's end (delivered, returned, canceled)
 * changes a district's return rate or the median, and the next checkout should score with it.
 */
export async function forgetRiskBaseline(ctx: ForgetCtx, storeId: string): Promise<void> {
  await drop(ctx, [cacheKeys.riskBaseline(storeId)]);
}
