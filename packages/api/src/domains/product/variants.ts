import type { VariantInput, variantsUpdateInput } from '@bosonline/contracts';
import type { Product } from '@bosonline/db';
import type { z } from 'zod';
import type { SellerContext, StoreScope } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';
import { moveStock, type Tx } from '../inventory/ledger.ts';
import { loadProduct, longTransaction } from './load.ts';
import { purgeVariants } from './purge.ts';
import { assertWarehouses } from './references.ts';
import { assertVariantSkusFree } from './sku.ts';
import { productInclude, productView, variantName, variantView } from './views.ts';

function variantFields(variant: VariantInput, productName: string) {
  return {
    sku: variant.sku,
    name: variantName(variant.name, variant.options, productName),
    options: variant.options,
    price: variant.price,
    compareAtPrice: variant.compareAtPrice ?? null,
    cost: variant.cost ?? null,
    weightGrams: variant.weightGrams ?? null,
    status: variant.status,
  };
}

/** A new variant with its starting stock, each warehouse's count entered in the ledger. */
export async function createVariant(
  tx: Tx,
  args: { storeId: string; product: Product; variant: VariantInput; position: number; actorUserId: string },
) {
  const { storeId, product, variant, position, actorUserId } = args;
  const row = await tx.variant.create({
    data: { ...variantFields(variant, product.name), storeId, productId: product.id, position },
  });
  for (const { warehouseId, quantity } of variant.stock) {
    await moveStock(tx, {
      storeId,
      variantId: row.id,
      warehouseId,
      set: quantity,
      reason: 'initial',
      actorUserId,
    });
  }
  return row;
}

/** "Product Variant": the product's live variants with stock per warehouse. */
export async function list(ctx: StoreScope, productId: string) {
  const product = await loadProduct(ctx, productId);
  return product.variants.map(variantView);
}

/**
 * "Update Variant": the seller sends the whole variant list. Listed ids are edited, new rows are
 * created, missing ones removed — archived instead when they have been sold. Stock of existing
 * variants is not touched here (inventory has its own ledgered endpoint).
 */
export async function replace(ctx: SellerContext, input: z.output<typeof variantsUpdateInput>) {
  const { storeId } = ctx.tenant;
  const product = await loadProduct(ctx, input.productId);
  const existing = new Set(product.variants.map((v) => v.id));
  for (const variant of input.variants) {
    if (variant.id && !existing.has(variant.id)) throw notFound('Variant');
  }
  await ctx.db.$transaction(async (tx) => {
    await assertWarehouses(
      tx,
      storeId,
      input.variants.filter((v) => !v.id).flatMap((v) => v.stock.map((s) => s.warehouseId)),
    );
    const kept = new Set(input.variants.flatMap((v) => (v.id ? [v.id] : [])));
    const removed = product.variants.filter((v) => !kept.has(v.id)).map((v) => v.id);
    if (removed.length) {
      const sold = await tx.inventoryMovement.findMany({
        where: { variantId: { in: removed }, reason: 'sale' },
        distinct: ['variantId'],
        select: { variantId: true },
      });
      const soldIds = sold.map((s) => s.variantId);
      await tx.variant.updateMany({
        where: { id: { in: soldIds } },
        data: { deletedAt: ctx.clock.now(), status: 'inactive' },
      });
      const unsold = removed.filter((id) => !soldIds.includes(id));
      await purgeVariants(tx, { id: { in: unsold } });
    }
    await assertVariantSkusFree(tx, storeId, input.variants);
    for (const [position, variant] of input.variants.entries()) {
      if (variant.id) {
        await tx.variant.update({
          where: { id: variant.id },
          data: { ...variantFields(variant, product.name), position },
        });
      } else {
        await createVariant(tx, { storeId, product, variant, position, actorUserId: ctx.actor.userId });
      }
    }
  }, longTransaction);
  const fresh = await ctx.db.product.findUniqueOrThrow({
    where: { id: product.id },
    include: productInclude,
  });
  return productView(ctx.ports.storage, fresh);
}

/** "Edit Status Variant". */
export async function setStatus(ctx: SellerContext, id: string, status: 'active' | 'inactive') {
  const variant = await ctx.db.variant.findFirst({
    where: { id, storeId: ctx.tenant.storeId, deletedAt: null, product: { deletedAt: null } },
  });
  if (!variant) throw notFound('Variant');
  await ctx.db.variant.update({ where: { id }, data: { status } });
  const product = await loadProduct(ctx, variant.productId);
  return productView(ctx.ports.storage, product);
}
