import type { Tx } from '../inventory/ledger.ts';

/**
 * A new, empty store owned by `ownerId`, who becomes its owner member. One place for both ways a
 * store starts: the seller registering, and platform staff opening another store for a seller.
 */
export async function openStore(tx: Tx, ownerId: string, name: string) {
  const store = await tx.store.create({ data: { name, ownerId } });
  await tx.storeMember.create({ data: { storeId: store.id, userId: ownerId, role: 'owner' } });
  return store;
}
