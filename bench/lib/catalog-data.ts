import { hashPassword } from '@bosonline/api';
import type { Db } from '@bosonline/db';

export const stores = 1_000;
export const big = { products: 50_000, variantsEach: 4 }; // store 1
export const exporter = { products: 25_000, variantsEach: 4 }; // store 2: 100 000 variants
export const small = { products: 20, variantsEach: 2 }; // stores 3..1000

/**
 * `count` stores with owners (sellerN@bench.id / bench12345) and a default warehouse each, in one
 * INSERT … SELECT per table. Ids are deterministic (md5 shaped as a v4 uuid, which the API's
 * validators expect): `bench_uuid('store' || n)`, `bench_uuid('wh' || n)`, …
 */
export async function buildStores(db: Db, count: number, log: (line: string) => void) {
  await db.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION bench_uuid(seed text) RETURNS uuid LANGUAGE sql IMMUTABLE AS
    $$ SELECT overlay(overlay(md5(seed) placing '4' from 13) placing '8' from 17)::uuid $$`);
  const passwordHash = await hashPassword('bench12345');
  await db.$executeRaw`
    INSERT INTO "User" ("id", "name", "email", "phone", "passwordHash", "updatedAt")
    SELECT bench_uuid('user' || i), 'Seller ' || i, 'seller' || i || '@bench.id', '6281' || lpad(i::text, 9, '0'), ${passwordHash}, now()
    FROM generate_series(1, ${count}) AS i`;
  await db.$executeRaw`
    INSERT INTO "Store" ("id", "name", "ownerId", "updatedAt")
    SELECT bench_uuid('store' || i), 'Toko ' || i, bench_uuid('user' || i), now() FROM generate_series(1, ${count}) AS i`;
  await db.$executeRaw`
    INSERT INTO "StoreMember" ("id", "storeId", "userId", "role", "updatedAt")
    SELECT bench_uuid('member' || i), bench_uuid('store' || i), bench_uuid('user' || i), 'owner', now()
    FROM generate_series(1, ${count}) AS i`;
  // Region 15022 is BosCOD's id for a subdistrict; rows hold ours (RegionAlias).
  await db.$executeRaw`
    INSERT INTO "Warehouse" ("id", "storeId", "name", "contactName", "contactPhone", "regionId", "address", "updatedAt")
    SELECT bench_uuid('wh' || i), bench_uuid('store' || i), 'Gudang ' || i, 'Admin', '6281200000000',
      (SELECT "regionId" FROM "RegionAlias" WHERE "id" = 15022), 'Jl. Gudang', now()
    FROM generate_series(1, ${count}) AS i`;
  await db.$executeRaw`
    UPDATE "Store" s SET "defaultWarehouseId" = w."id" FROM "Warehouse" w WHERE w."storeId" = s."id"`;
  log(`${count} stores, owners and warehouses`);
}

/** Fills an empty database with the benchmark catalogue; owner of store N is sellerN@bench.id / bench12345. */
export async function buildCatalog(db: Db, log: (line: string) => void) {
  await buildStores(db, stores, log);

  async function fillStore(first: number, last: number, products: number, variantsEach: number) {
    await db.$executeRaw`
      INSERT INTO "Product" ("id", "storeId", "sku", "name", "searchName", "weightGrams", "createdAt", "updatedAt")
      SELECT bench_uuid('p' || s || '-' || j), bench_uuid('store' || s), 'P' || s || '-' || lpad(j::text, 6, '0'),
             n, lower(n), 250, now() - make_interval(secs => j), now()
      FROM generate_series(${first}::int, ${last}::int) AS s, generate_series(1, ${products}::int) AS j,
           LATERAL (SELECT (ARRAY['Kopi Arabica', 'Teh Hijau', 'Madu Hutan', 'Sambal Roa', 'Keripik Pisang'])[1 + j % 5]
                           || ' ' || j AS n) AS named`;
    await db.$executeRaw`
      INSERT INTO "Variant" ("id", "storeId", "productId", "sku", "name", "price", "position", "updatedAt")
      SELECT bench_uuid(p."id"::text || k), p."storeId", p."id", p."sku" || '-' || k, 'Varian ' || k,
             10000 + k * 2500, k, now()
      FROM "Product" p, generate_series(1, ${variantsEach}::int) AS k
      WHERE p."storeId" IN (SELECT bench_uuid('store' || s) FROM generate_series(${first}::int, ${last}::int) AS s)`;
    await db.$executeRaw`
      INSERT INTO "Stock" ("variantId", "warehouseId", "storeId", "quantity", "updatedAt")
      SELECT v."id", bench_uuid('wh' || s), v."storeId", 25, now()
      FROM generate_series(${first}::int, ${last}::int) AS s
      JOIN "Variant" v ON v."storeId" = bench_uuid('store' || s)`;
  }
  await fillStore(1, 1, big.products, big.variantsEach);
  log(`store 1: ${big.products} products, ${big.products * big.variantsEach} variants`);
  await fillStore(2, 2, exporter.products, exporter.variantsEach);
  log(`store 2: ${exporter.products * exporter.variantsEach} variants`);
  await fillStore(3, stores, small.products, small.variantsEach);
  const totals = {
    products: await db.product.count(),
    variants: await db.variant.count(),
    stockRows: await db.stock.count(),
  };
  log(`all stores: ${JSON.stringify(totals)}`);
  return totals;
}
