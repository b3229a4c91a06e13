import type {
  adminStoreUpdateInput,
  sellerActiveInput,
  sellerProductListInput,
  sellerProductStatusInput,
} from '@bosonline/contracts';
import type { Store } from '@bosonline/db';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import type { Auditor } from '../../lib/audit.ts';
import * as bankAccounts from '../bank-account/service.ts';
import { forgetStore, forgetStoreForms } from '../cache/forget.ts';
import { jakartaMonthStart } from '../order/filter.ts';
import { list as listProducts } from '../product/list.ts';
import { setStatusWhere } from '../product/service.ts';
import * as storeDomains from '../store/domains.ts';
import * as stores from '../store/service.ts';
import * as warehouses from '../warehouse/service.ts';
import { type AdminReadCtx, sellerStores, storeScope } from './scope.ts';
import { updateStatusMarking } from './sellers.ts';

// AdminBosOnline › Seller › Detail: what a seller's detail page shows and changes. Each read is
// the seller realm's own service run on a scope naming the store (scope.ts); writes add the audit.

type WriteCtx = Pick<Context, 'db' | 'clock' | 'logger' | 'ports'> & { audit: Auditor };

/** "Seller Summary": counts by status and marking, and registrations this month. */
export async function summary(ctx: AdminReadCtx) {
  const [byStatus, byMarking, newThisMonth] = await Promise.all([
    ctx.db.user.groupBy({ by: ['status'], _count: { _all: true } }),
    ctx.db.user.groupBy({ by: ['marking'], _count: { _all: true } }),
    ctx.db.user.count({ where: { createdAt: { gte: jakartaMonthStart(ctx.clock.now()) } } }),
  ]);
  const status = { active: 0, suspended: 0, deleted: 0 };
  for (const row of byStatus) status[row.status] = row._count._all;
  const marking = { none: 0, verified: 0, watch: 0, fraud: 0 };
  for (const row of byMarking) marking[row.marking ?? 'none'] = row._count._all;
  return {
    total: status.active + status.suspended + status.deleted,
    byStatus: status,
    byMarking: marking,
    newThisMonth,
  };
}

/** "Seller Active Status": the suspend / reactivate rule of "Update Seller Detail Status". */
export function setActive(ctx: WriteCtx, input: z.output<typeof sellerActiveInput>) {
  return updateStatusMarking(ctx, { id: input.id, status: input.active ? 'active' : 'suspended' });
}

/** "Detail Bank Seller": the accounts of every store the seller owns. */
export async function bankAccountsOf(ctx: AdminReadCtx, sellerId: string) {
  const owned = await sellerStores(ctx, sellerId);
  const lists = await Promise.all(
    owned.map(async ({ store, scope }) =>
      (await bankAccounts.list(scope, {})).map((account) => ({ ...account, store })),
    ),
  );
  return lists.flat();
}

/** "Seller Store": the stores the seller owns, as their owner sees them. */
export async function storesOf(ctx: AdminReadCtx, sellerId: string) {
  const owned = await sellerStores(ctx, sellerId);
  return Promise.all(owned.map(async ({ scope }) => ({ ...(await stores.get(scope)), ownerId: sellerId })));
}

/** What the audit log keeps of a store profile write. */
function storeAuditView(row: Store) {
  return {
    name: row.name,
    description: row.description,
    logoUrl: row.logoUrl,
    csPhone: row.csPhone,
    socialMedia: row.socialMedia,
  };
}

/** "Update Detail Seller Store": the seller's own store-profile update, run by platform staff. */
export async function updateStore(ctx: WriteCtx, input: z.output<typeof adminStoreUpdateInput>) {
  const { id, ...changes } = input;
  const scope = await storeScope(ctx, id);
  const view = await stores.update(scope, changes, (tx, before, after) =>
    ctx.audit.record(tx, {
      targetType: 'store',
      targetId: id,
      before: storeAuditView(before),
      after: storeAuditView(after),
    }),
  );
  const { ownerId } = await ctx.db.store.findUniqueOrThrow({ where: { id }, select: { ownerId: true } });
  await forgetStore(ctx, id);
  return { ...view, ownerId };
}

/** "Seller Product": the store's product list, with the seller's own search, filters and paging. */
export async function products(ctx: AdminReadCtx, input: z.output<typeof sellerProductListInput>) {
  return listProducts(await storeScope(ctx, input.storeId), input);
}

/**
 * Sets products' status within `scope` (one store, or every store) and audits each product's
 * change; the forms selling them forget what they cached once it has committed.
 */
export async function setProductStatus(
  ctx: WriteCtx,
  scope: { storeId?: string },
  ids: string[],
  status: 'active' | 'inactive',
) {
  const result = await setStatusWhere(ctx.db, scope, ids, status, async (tx, before) => {
    for (const row of before) {
      await ctx.audit.record(tx, {
        targetType: 'product',
        targetId: row.id,
        before: { status: row.status },
        after: { status },
      });
    }
  });
  await Promise.all(result.storeIds.map((storeId) => forgetStoreForms(ctx, storeId)));
  return { updated: result.updated };
}

/** "Update Status Produk Seller": one or many products of that store. */
export async function setStoreProductStatus(ctx: WriteCtx, input: z.output<typeof sellerProductStatusInput>) {
  await storeScope(ctx, input.storeId);
  return setProductStatus(ctx, { storeId: input.storeId }, input.ids, input.status);
}

/** "Seller Warehouse List": the store's live warehouses, the default first. */
export async function warehousesOf(ctx: AdminReadCtx, storeId: string) {
  return warehouses.list(await storeScope(ctx, storeId));
}

/**
 * "Seller Domains": per store, its subdomain and custom domains (the seller's "Subdomain" page)
 * and the hosted pages of its live forms, the other addresses buyers reach the store at.
 */
export async function domainsOf(ctx: AdminReadCtx, sellerId: string) {
  const owned = await sellerStores(ctx, sellerId);
  return Promise.all(
    owned.map(async ({ store, scope }) => {
      const [domains, forms] = await Promise.all([
        storeDomains.list(scope),
        ctx.db.form.findMany({
          where: { storeId: store.id, deletedAt: null },
          select: { id: true, name: true, slug: true },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        }),
      ]);
      return {
        store,
        subdomain: domains.subdomain,
        domains: domains.domains,
        formPages: forms.map((f) => ({ formId: f.id, name: f.name, slug: f.slug, path: `/f/${f.slug}` })),
      };
    }),
  );
}
