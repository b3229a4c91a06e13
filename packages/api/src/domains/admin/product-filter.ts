import type { adminProductFilter } from '@bosonline/contracts';
import type { Db, Prisma } from '@bosonline/db';
import type { z } from 'zod';
import { searchTerms } from '../product/list.ts';

/** One WHERE for the admin product list and its download, so the file holds the listed rows. */
export async function productWhere(
  db: Db,
  filter: z.output<typeof adminProductFilter>,
): Promise<Prisma.ProductWhereInput> {
  return {
    deletedAt: null,
    storeId: filter.storeId,
    status: filter.status,
    marking: filter.marking === 'none' ? null : filter.marking,
    ...(filter.sellerId ? { store: { ownerId: filter.sellerId } } : {}),
    ...(filter.q ? { OR: await searchTerms(db, filter.q, filter.storeId) } : {}),
  };
}
