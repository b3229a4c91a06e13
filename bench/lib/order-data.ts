import type { Db } from '@bosonline/db';
import { buildStores } from './catalog-data.ts';

// The order history the order benches share: 1 000 000 orders across 1 000 stores, the biggest
// (store 1) holding 200 000, spread over the last 180 days. Written with set-based SQL, so the
// rollup triggers keep StoreDailyRollup as they go (load time includes them).

export const stores = 1_000;
export const orders = 1_000_000;
export const biggest = 200_000;

/** The phone stored for order `n` (628…, nine digits after 628). */
export const phoneOf = (n: number) => `628${((n * 7919) % 900_000_000) + 100_000_000}`;

export async function buildOrders(db: Db, log: (line: string) => void): Promise<void> {
  await buildStores(db, stores, log);
  await db.$executeRaw`
    INSERT INTO "Product" ("id", "storeId", "sku", "name", "searchName", "weightGrams", "updatedAt")
    SELECT bench_uuid('p' || i), bench_uuid('store' || i), 'P' || i, 'Kopi Arabica', 'kopi arabica', 250, now()
    FROM generate_series(1, ${stores}) AS i`;
  await db.$executeRaw`
    INSERT INTO "Variant" ("id", "storeId", "productId", "sku", "name", "price", "updatedAt")
    SELECT bench_uuid('v' || i), bench_uuid('store' || i), bench_uuid('p' || i), 'P' || i || '-1', '250 gr', 45000, now()
    FROM generate_series(1, ${stores}) AS i`;

  // Order n belongs to store 1 for n ≤ 200 000, else to one of stores 2..1000. Spread over the last
  // 180 days; statuses, methods, couriers, names and phones vary with n.
  const statuses = `(ARRAY['delivered','delivered','delivered','shipped','ready_to_ship','processing','paid','unpaid','canceled','returned'])[1 + n % 10]::"OrderStatus"`;
  const chunk = 100_000;
  for (let from = 1; from <= orders; from += chunk) {
    const to = Math.min(orders, from + chunk - 1);
    await db.$executeRawUnsafe(`
      INSERT INTO "Order" ("id", "storeId", "invoice", "status", "paymentMethod", "buyerName", "buyerPhone",
        "regionId", "address", "senderWarehouseId", "courierCode", "serviceCode", "weightGrams", "itemCount", "itemsTotal",
        "shippingCost", "codFee", "total", "awb", "paidAt", "shippedAt", "createdAt", "updatedAt")
      SELECT bench_uuid('o' || n), bench_uuid('store' || s), 'INV' || n, ${statuses},
        (CASE WHEN n % 3 = 0 THEN 'bank_transfer' ELSE 'cod' END)::"PaymentMethod",
        (ARRAY['Putri','Budi','Siti','Agus','Dewi','Rudi','Ayu','Joko'])[1 + n % 8] || ' ' ||
          (ARRAY['Santoso','Wulandari','Pratama','Hidayat','Saputra'])[1 + (n / 8) % 5],
        '628' || lpad(((n::bigint * 7919) % 900000000 + 100000000)::text, 9, '0'),
        (SELECT "regionId" FROM "RegionAlias" WHERE "id" = 76518), 'Jl. Bench ' || n, bench_uuid('wh' || s),
        (ARRAY['idx','jne','sicepat'])[1 + n % 3], 'REG', 250, 1, 45000, 9000, 1350, 55350,
        CASE WHEN n % 10 < 5 THEN 'AWB' || n END,
        t + interval '2 hours', CASE WHEN n % 10 < 4 THEN t + interval '1 day' END, t, t
      FROM generate_series(${from}, ${to}) AS n,
        LATERAL (SELECT CASE WHEN n <= ${biggest} THEN 1 ELSE 2 + n % ${stores - 1} END AS s,
                        now() - make_interval(secs => (n::bigint * 15552) % 15552000) AS t) AS x`);
    await db.$executeRawUnsafe(`
      INSERT INTO "OrderItem" ("id", "orderId", "storeId", "variantId", "warehouseId", "sku", "productName",
        "variantName", "price", "quantity", "weightGrams")
      SELECT bench_uuid('i' || n), bench_uuid('o' || n), bench_uuid('store' || s), bench_uuid('v' || s),
        bench_uuid('wh' || s), 'P' || s || '-1', 'Kopi Arabica', '250 gr', 45000, 1, 250
      FROM generate_series(${from}, ${to}) AS n,
        LATERAL (SELECT CASE WHEN n <= ${biggest} THEN 1 ELSE 2 + n % ${stores - 1} END AS s) AS x`);
    log(`${to} orders`);
  }
  // What autovacuum would have done by now: statistics, and the visibility map index-only scans need.
  await db.$executeRawUnsafe('VACUUM ANALYZE');
  log('vacuumed and analyzed');
}
