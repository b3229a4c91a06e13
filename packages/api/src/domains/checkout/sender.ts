import type { Db } from '@bosonline/db';
import type { Context } from '../../context.ts';
import { conflict, invalidField } from '../../lib/errors.ts';
import { cachedStoreFacts, type ShipFrom, type StoreFacts } from './store-facts.ts';

/**
 * The warehouse a seller's staff member named as the sender of a manual order
 * (`sender.warehouseName`), among the store's own, undeleted ones. Names are matched without regard
 * to case or surrounding spaces; two warehouses with one name resolve to the older. A name that is
 * none of the store's is the caller's 400 on that field (another store's warehouse included).
 */
export async function namedWarehouse(
  db: Db,
  storeId: string,
  name: string,
  field = 'sender.warehouseName',
): Promise<ShipFrom> {
  const warehouse = await db.warehouse.findFirst({
    where: { storeId, deletedAt: null, name: { equals: name.trim(), mode: 'insensitive' } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, contactName: true, contactPhone: true, regionId: true, address: true },
  });
  if (!warehouse) {
    throw invalidField(field, `"${name.trim()}" is not one of this store's warehouses`);
  }
  return warehouse;
}

/**
 * Where a parcel of the store leaves from, the one rule every rate, quote, order and booking reads:
 * the warehouse a seller's staff member named for a manual order (only they may name one; buyers
 * never do), else the store's default. `store` spares the lookup when the caller holds the facts;
 * `field` is where an unknown name is the caller's 400.
 */
export async function shipFromOf(
  ctx: Pick<Context, 'db' | 'ports'>,
  storeId: string,
  warehouseName?: string | null,
  store?: StoreFacts,
  field?: string,
): Promise<ShipFrom> {
  const name = warehouseName?.trim();
  if (name) return namedWarehouse(ctx.db, storeId, name, field);
  const warehouse = (store ?? (await cachedStoreFacts(ctx, storeId))).warehouse;
  if (!warehouse) throw conflict('This store has no warehouse to ship from yet');
  return warehouse;
}
