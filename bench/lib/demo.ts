import { createTestDatabase } from '@bosonline/db/testing';
import { seedDemo } from '@bosonline/server';

/**
 * A fresh database (PGlite, or PostgreSQL with DATABASE_URL) holding the demo data, and the demo
 * store the benches load.
 */
export async function demoDatabase() {
  const database = await createTestDatabase();
  const db = database.prisma;
  await seedDemo(db);
  const store = await db.store.findFirstOrThrow({ where: { name: 'Toko Demo bosOnline' } });
  return { database, db, store, warehouseId: store.defaultWarehouseId as string };
}
