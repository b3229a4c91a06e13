import { invalidField, notFound } from '../../lib/errors.ts';
import type { Tx } from '../inventory/ledger.ts';

// Ids inside an input that point at other records: the store's own ones, or 404 as if absent.

export async function assertWarehouses(tx: Tx, storeId: string, ids: string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (!unique.length) return;
  const found = await tx.warehouse.count({ where: { storeId, id: { in: unique }, deletedAt: null } });
  if (found !== unique.length) throw notFound('Warehouse');
}

export async function assertCategory(tx: Tx, categoryId: number | null | undefined): Promise<void> {
  if (categoryId == null) return;
  if (!(await tx.category.findUnique({ where: { id: categoryId } }))) {
    throw invalidField('categoryId', 'Unknown category; see the category list');
  }
}

/** Gives the product exactly these images, in this order; images must be this store's uploads. */
export async function attachImages(tx: Tx, storeId: string, productId: string, imageIds: string[]) {
  const unique = [...new Set(imageIds)];
  const images = await tx.productImage.findMany({
    where: { storeId, id: { in: unique }, OR: [{ productId: null }, { productId }] },
    select: { id: true },
  });
  if (images.length !== unique.length) throw notFound('Image');
  await tx.productImage.updateMany({
    where: { productId, id: { notIn: unique } },
    data: { productId: null },
  });
  for (const [position, id] of unique.entries()) {
    await tx.productImage.update({ where: { id }, data: { productId, position } });
  }
}
