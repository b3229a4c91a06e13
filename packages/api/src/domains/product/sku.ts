import type { Db } from '@bosonline/db';
import type { SellerContext } from '../../context.ts';
import { conflict } from '../../lib/errors.ts';

type Tx = Pick<Db, 'product' | 'variant'>;

/** "Cek SKU Product": whether a product SKU is free in this store. */
export async function checkProductSku(ctx: SellerContext, sku: string, excludeId?: string) {
  const taken = await ctx.db.product.findFirst({
    where: { storeId: ctx.tenant.storeId, sku, ...(excludeId ? { id: { not: excludeId } } : {}) },
    select: { id: true },
  });
  return answer(sku, !taken);
}

/** "Cek SKU Variant": whether a variant SKU is free in this store. */
export async function checkVariantSku(ctx: SellerContext, sku: string, excludeId?: string) {
  const taken = await ctx.db.variant.findFirst({
    where: { storeId: ctx.tenant.storeId, sku, ...(excludeId ? { id: { not: excludeId } } : {}) },
    select: { id: true },
  });
  return answer(sku, !taken);
}

function answer(sku: string, available: boolean) {
  return { sku, available, message: available ? 'SKU is available' : 'SKU is already used in your store' };
}

/** Refuses SKUs already used by other variants of the store (409 naming the input row). */
export async function assertVariantSkusFree(
  tx: Tx,
  storeId: string,
  variants: Array<{ id?: string; sku: string }>,
): Promise<void> {
  const clashes = await tx.variant.findMany({
    where: { storeId, sku: { in: variants.map((v) => v.sku) } },
    select: { id: true, sku: true },
  });
  for (const clash of clashes) {
    const index = variants.findIndex((v) => v.sku === clash.sku && v.id !== clash.id);
    if (index >= 0) {
      throw conflict(`SKU ${clash.sku} is already used in your store`, `variants.${index}.sku`);
    }
  }
}

export async function assertProductSkuFree(tx: Tx, storeId: string, sku: string, exceptId?: string) {
  const clash = await tx.product.findFirst({
    where: { storeId, sku, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw conflict(`SKU ${sku} is already used by another product`, 'sku');
}
