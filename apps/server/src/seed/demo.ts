import { hashPassword } from '@bosonline/api';
import type { Db } from '@bosonline/db';
import { seedDemoOrders } from './demo-orders.ts';
import { seedDemoStore } from './demo-store.ts';

/** The demo logins, printed on start in embedded mode and written in the README. */
export const demoAccounts = {
  seller: { email: 'demo@bosonline.id', password: 'demo12345', phone: '6281200000001', name: 'Demo Seller' },
  admin: { email: 'admin@bosonline.id', password: 'admin12345', name: 'Platform Admin' },
  storeName: 'Toko Demo bosOnline',
} as const;

/** True when nothing has been written yet: the only time demo data is seeded without being asked. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [users, admins] = await Promise.all([db.user.count(), db.adminUser.count()]);
  return users === 0 && admins === 0;
}

/** Idempotent: running it twice leaves one demo seller, one store and one admin. */
export async function seedDemo(db: Db): Promise<void> {
  const { seller, admin, storeName } = demoAccounts;
  // Both hashes at once (argon2 runs off the main thread): each costs ~0.1 s of every first start.
  const [sellerHash, adminHash] = await Promise.all([
    hashPassword(seller.password),
    hashPassword(admin.password),
  ]);
  const sellerUser = await db.user.upsert({
    where: { email: seller.email },
    update: {},
    create: {
      name: seller.name,
      email: seller.email,
      phone: seller.phone,
      passwordHash: sellerHash,
    },
  });
  const store =
    (await db.store.findFirst({ where: { ownerId: sellerUser.id } })) ??
    (await db.store.create({ data: { name: storeName, ownerId: sellerUser.id } }));
  await db.storeMember.upsert({
    where: { storeId_userId: { storeId: store.id, userId: sellerUser.id } },
    update: {},
    create: { storeId: store.id, userId: sellerUser.id, role: 'owner' },
  });
  await seedDemoStore(db, store.id, sellerUser.id);
  await seedDemoOrders(db, store.id);
  await db.adminUser.upsert({
    where: { email: admin.email },
    update: {},
    create: {
      name: admin.name,
      email: admin.email,
      role: 'superadmin',
      passwordHash: adminHash,
    },
  });
}
