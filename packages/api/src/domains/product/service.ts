import type { productCreateInput, productUpdateInput } from '@bosonline/contracts';
import type { CatalogStatus, Db, Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { SellerContext, StoreScope } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';
import type { Tx } from '../inventory/ledger.ts';
import { loadProduct, longTransaction } from './load.ts';
import { purgeVariants } from './purge.ts';
import { assertCategory, assertWarehouses, attachImages } from './references.ts';
import { assertProductSkuFree, assertVariantSkusFree } from './sku.ts';
import { createVariant } from './variants.ts';
import { productView } from './views.ts';

export async function detail(ctx: StoreScope, id: string) {
  return productView(ctx.ports.storage, await loadProduct(ctx, id));
}

/** "Get Edit Product": the product plus the choices its edit form offers. */
export async function forEdit(ctx: SellerContext, id: string) {
  const [product, categories, warehouses, store] = await Promise.all([
    detail(ctx, id),
    ctx.db.category.findMany({ orderBy: { name: 'asc' } }),
    ctx.db.warehouse.findMany({
      where: { storeId: ctx.tenant.storeId, deletedAt: null },
      orderBy: { createdAt: 'asc' },
      select: { id: true, name: true },
    }),
    ctx.db.store.findUniqueOrThrow({
      where: { id: ctx.tenant.storeId },
      select: { defaultWarehouseId: true },
    }),
  ]);
  return {
    product,
    categories: categories.map((c) => ({ id: c.id, slug: c.slug, name: c.name })),
    warehouses: warehouses.map((w) => ({ ...w, isDefault: w.id === store.defaultWarehouseId })),
  };
}

export async function create(ctx: SellerContext, input: z.output<typeof productCreateInput>) {
  const { storeId } = ctx.tenant;
  const { variants, imageIds, ...fields } = input;
  const id = await ctx.db.$transaction(async (tx) => {
    await assertCategory(tx, fields.categoryId);
    await assertWarehouses(
      tx,
      storeId,
      variants.flatMap((v) => v.stock.map((s) => s.warehouseId)),
    );
    await assertProductSkuFree(tx, storeId, fields.sku);
    await assertVariantSkusFree(tx, storeId, variants);
    const product = await tx.product.create({
      data: { ...fields, storeId, searchName: fields.name.toLowerCase() },
    });
    await attachImages(tx, storeId, product.id, imageIds);
    for (const [position, variant] of variants.entries()) {
      await createVariant(tx, { storeId, product, variant, position, actorUserId: ctx.actor.userId });
    }
    return product.id;
  }, longTransaction);
  return detail(ctx, id);
}

/** "Edit Product Detail": the product's own fields and images; variants have their own endpoint. */
export async function update(ctx: SellerContext, input: z.output<typeof productUpdateInput>) {
  const { id, imageIds, ...fields } = input;
  const current = await loadProduct(ctx, id);
  await ctx.db.$transaction(async (tx) => {
    await assertCategory(tx, fields.categoryId);
    if (fields.sku && fields.sku !== current.sku) {
      await assertProductSkuFree(tx, ctx.tenant.storeId, fields.sku, id);
    }
    await tx.product.update({
      where: { id },
      data: { ...fields, ...(fields.name ? { searchName: fields.name.toLowerCase() } : {}) },
    });
    if (imageIds) await attachImages(tx, ctx.tenant.storeId, id, imageIds);
  });
  return detail(ctx, id);
}

/** "Edit Status Product": one or many products of the store at once (all or nothing). */
export async function setStatus(ctx: SellerContext, ids: string[], status: 'active' | 'inactive') {
  const { updated } = await setStatusWhere(ctx.db, { storeId: ctx.tenant.storeId }, ids, status);
  return { updated };
}

/**
 * Sets the status of products within `scope` (one store, or every store for platform staff), all
 * or nothing: an id outside the scope is a 404 for the lot. `record` sees the rows as they were,
 * in the same transaction (the admin realm's audit). Answers which stores' forms to forget.
 */
export async function setStatusWhere(
  db: Db,
  scope: Prisma.ProductWhereInput,
  ids: string[],
  status: 'active' | 'inactive',
  record?: (tx: Tx, before: Array<{ id: string; storeId: string; status: CatalogStatus }>) => Promise<void>,
) {
  const unique = [...new Set(ids)];
  return db.$transaction(async (tx) => {
    const where = { ...scope, id: { in: unique }, deletedAt: null };
    const before = await tx.product.findMany({ where, select: { id: true, storeId: true, status: true } });
    const { count } = await tx.product.updateMany({ where, data: { status } });
    if (count !== unique.length) throw notFound('Product');
    await record?.(tx, before);
    return { updated: count, storeIds: [...new Set(before.map((p) => p.storeId))] };
  });
}

/**
 * Deletes a product. Once any of its units has been sold, orders point at it, so it is hidden
 * (soft delete: `deletedAt`, inactive) and its SKUs stay reserved; otherwise it is removed.
 */
export async function remove(ctx: SellerContext, id: string) {
  await loadProduct(ctx, id);
  const sold = await ctx.db.inventoryMovement.count({
    where: { storeId: ctx.tenant.storeId, variant: { productId: id }, reason: 'sale' },
  });
  const now = ctx.clock.now();
  if (sold > 0) {
    await ctx.db.$transaction([
      ctx.db.product.update({ where: { id }, data: { deletedAt: now, status: 'inactive' } }),
      ctx.db.variant.updateMany({ where: { productId: id }, data: { deletedAt: now, status: 'inactive' } }),
    ]);
    return { message: 'Product has been archived (it has orders)', mode: 'soft' as const };
  }
  await ctx.db.$transaction(async (tx) => {
    await tx.productImage.updateMany({ where: { productId: id }, data: { productId: null } });
    await purgeVariants(tx, { productId: id });
    await tx.product.delete({ where: { id } });
  });
  return { message: 'Product has been deleted', mode: 'hard' as const };
}
