import type { Db } from '@bosonline/db';
import { invalidField } from '../../lib/errors.ts';
import type { ShipFrom } from './store-facts.ts';

/**
 * The warehouse a seller's staff member named as the sender of a manual order
 * (`sender.warehouseName`), among the store's own, undeleted ones. Names are matched without regard
 * to case or surrounding spaces; two warehouses with one name resolve to the older. A name that is
 * none of the store's is the caller's 400 on that field (another store's warehouse included).
 */
export async function namedWarehouse(db: Db, storeId: string, name: string): Promise<ShipFrom> {
  const warehouse = await db.warehouse.findFirst({
    where: { storeId, deletedAt: null, name: { equals: name.trim(), mode: 'insensitive' } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, contactName: true, contactPhone: true, regionId: true, address: true },
  });
  if (!warehouse) {
    throw invalidField('sender.warehouseName', `"${name.trim()}" is not one of this store's warehouses`);
  }
  return warehouse;
}
