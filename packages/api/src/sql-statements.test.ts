import { orderFilterInput } from '@bosonline/contracts';
import { Prisma } from '@bosonline/db';
import { createTestDatabase, type TestDatabase } from '@bosonline/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as adminSql from './domains/admin/admin.sql.ts';
import * as authSql from './domains/auth/auth.sql.ts';
import * as checkoutSql from './domains/checkout/checkout.sql.ts';
import * as codLedgerSql from './domains/cod-ledger/cod-ledger.sql.ts';
import * as conversionSql from './domains/conversion/conversion.sql.ts';
import * as formSql from './domains/form/form.sql.ts';
import * as inventorySql from './domains/inventory/inventory.sql.ts';
import * as orderSql from './domains/order/order.sql.ts';
import { orderSumsSql, productSumsSql } from './domains/order/recap-source.ts';
import * as productSql from './domains/product/product.sql.ts';
import * as profileSql from './domains/profile/profile.sql.ts';
import * as recapSql from './domains/recap/recap.sql.ts';
import * as regionSql from './domains/region/region.sql.ts';
import * as riskSql from './domains/risk/risk.sql.ts';
import * as shieldSql from './domains/shield/shield.sql.ts';
import * as shippingSql from './domains/shipping/shipping.sql.ts';
import * as webhookSql from './domains/webhook/webhook.sql.ts';

// Every raw statement of every `<domain>.sql.ts`, planned once (EXPLAIN: parsed, names resolved,
// typed, nothing run) against the migrated template, so a renamed column or enum fails here
// instead of in production. Each statement needs example arguments below; a new one without them
// fails to type-check (and the "every statement" check), so none is left out.

type Builders = Record<string, (...args: never[]) => Prisma.Sql>;
type Examples<M extends Builders> = { [K in keyof M]: Parameters<M[K]> };

const id = '7f8c7c52-3a1e-4c3b-9d39-5c1f0c0a5b11';
const at = new Date('2026-12-01T03:00:00Z');

// Statements that read the recaps' sources get them as built for a real filter.
const filter = orderFilterInput.parse({ from: '2026-11-01', to: '2026-11-30' });
const rollups = orderSumsSql({ storeId: null }, filter);
const sellerSums = orderSumsSql({ storeId: id, role: 'cs', memberId: id }, filter);
const productSums = productSumsSql({ storeId: id }, filter);

const ledgerRange = { fromDay: '2026-11-01', toDay: '2026-11-30', start: at, end: at };

const domains: Array<[string, Builders, Record<string, unknown[]>]> = [
  [
    'admin',
    adminSql,
    {
      dashboardSumsSql: [rollups],
      sellerCountsSql: [],
      dailySumsSql: [rollups],
      productTotalsSql: [recapSql.productFiguresSql(productSumsSql({ storeId: null }, filter))],
      topSellersSql: [rollups, 10],
      lockActiveSuperadminsSql: [],
    } satisfies Examples<typeof adminSql>,
  ],
  [
    'checkout',
    checkoutSql,
    {
      nextInvoiceSql: [id],
      takeVoucherUseSql: [{ redemptionId: id, voucherId: id, storeId: id, buyerPhone: '6281234567890' }],
      insertOrderRowsSql: [
        {
          order: { id, storeId: id, formId: id, buyerPhone: '6281234567890' } as never,
          items: [],
          event: { id, orderId: id, storeId: id } as never,
          followUps: [],
          whatsappChecks: [{ phone: '6281234567890', valid: true, checkedAt: at }],
        },
      ],
      storeFactsSql: [id, [id]],
    } satisfies Examples<typeof checkoutSql>,
  ],
  [
    'cod-ledger',
    codLedgerSql,
    {
      inTransitSql: [id, { days7: at, days14: at, days30: at, due: at }],
      daySumsSql: [id, at, at],
      findingsSql: [{ storeId: id, dueBefore: at, awbs: ['IDX1'], range: ledgerRange }],
      findingCountsSql: [{ storeId: null, dueBefore: at, range: ledgerRange }],
      remittanceFilesSql: [id, 50],
    } satisfies Examples<typeof codLedgerSql>,
  ],
  [
    'auth',
    authSql,
    {
      checkSessionSql: [
        {
          sessionId: id,
          subject: id,
          realm: 'seller',
          now: at,
          staleBefore: at,
          ip: '203.0.113.7',
          userAgent: 'vitest',
        },
      ],
    } satisfies Examples<typeof authSql>,
  ],
  [
    'conversion',
    conversionSql,
    {
      orderConversionFacts: [id],
      keepAdContextReadingSettings: [
        {
          orderId: id,
          formId: id,
          eventId: id,
          clientIp: '127.0.0.1',
          userAgent: 'Mozilla/5.0',
          sourceUrl: 'https://toko.example/kopi',
          createdAt: at,
        },
      ],
    } satisfies Examples<typeof conversionSql>,
  ],
  ['form', formSql, { publishedFormSql: [id, ['SKU-1']] } satisfies Examples<typeof formSql>],
  [
    'inventory',
    inventorySql,
    {
      ensureStockRowSql: [{ variantId: id, warehouseId: id, storeId: id }],
      moveStockGuardedSql: [
        {
          storeId: id,
          variantId: id,
          warehouseId: id,
          delta: -1,
          reason: 'sale',
          note: 'order 1',
          actorUserId: id,
        },
      ],
      lockStockRowSql: [{ variantId: id, warehouseId: id }],
      setStockQuantitySql: [{ variantId: id, warehouseId: id }, 5],
    } satisfies Examples<typeof inventorySql>,
  ],
  [
    'order',
    orderSql,
    {
      claimStrandedBookingsSql: [{ now: at, cutoff: at, maxAttempts: 5, limit: 50 }],
      insertEventReadingSubscriptionsSql: [
        {
          id,
          orderId: id,
          storeId: id,
          type: 'created',
          fromStatus: null,
          toStatus: 'booking',
          actorUserId: null,
          data: {},
          createdAt: at,
        },
      ],
      exportBatchIdsSql: [Prisma.sql`o."storeId" = ${id}::uuid`, { createdAt: at, id }, 500],
      statusCountsSql: [sellerSums],
      listPageIdsSql: [
        {
          where: Prisma.sql`o."storeId" = ${id}::uuid`,
          after: Prisma.empty,
          column: Prisma.sql`o."createdAt"`,
          dir: Prisma.sql`DESC`,
          limit: 20,
        },
      ],
      orderRecapDaysSql: [sellerSums],
      releaseVoucherUseSql: [id],
    } satisfies Examples<typeof orderSql>,
  ],
  [
    'product',
    productSql,
    {
      skuPrefixHitsSql: [id, 'ab\\_%'],
      productPageSql: [
        {
          storeId: id,
          status: 'active',
          categoryId: 1,
          sort: 'name_asc',
          cursor: id,
          take: 21,
          search: { contains: '%ab\\_%', skuPrefix: 'ab\\_%' },
        },
      ],
    } satisfies Examples<typeof productSql>,
  ],
  ['profile', profileSql, { userWithStoresSql: [id] } satisfies Examples<typeof profileSql>],
  [
    'recap',
    recapSql,
    {
      storeRecapSql: [sellerSums],
      revenueSql: [sellerSums, 'week'],
      csRecapSql: [sellerSums],
      productFiguresSql: [productSums],
      productRecapSql: [productSums, 10],
    } satisfies Examples<typeof recapSql>,
  ],
  [
    'region',
    regionSql,
    {
      regionsResemblingSql: ['buduran'],
      regionsStartingWithSql: ['bu'],
      regionsHoldingWordSql: ['sidoarjo', ['city', 'district']],
      trigramSearchSettingsSql: [],
      rankedRegionsSql: [
        {
          branches: [
            regionSql.regionsResemblingSql('buduran sidoarjo'),
            regionSql.regionsHoldingWordSql('sidoarjo', ['city', 'district']),
          ],
          words: ['buduran', 'sidoarjo'],
          naming: 'buduran sidoarjo',
          level: null,
          childLevel: 'district',
          parentLevel: 'city',
          limit: 10,
        },
      ],
    } satisfies Examples<typeof regionSql>,
  ],
  [
    'risk',
    riskSql,
    {
      riskFactsSql: [
        {
          storeId: id,
          phone: '6281234567890',
          regionId: 15022,
          now: at,
          whatsappSince: at,
          baseline: true,
          allocateInvoice: true,
          // As the checkout sends it: with the Order Shield's buyer facts.
          alsoSelect: shieldSql.buyerFactColumns({
            storeId: id,
            phone: '6281234567890',
            ip: '10.0.0.1',
            deviceId: 'd-1',
            since: at,
            countUpTo: { phone: 5, ip: 20 },
          }),
        },
      ],
    } satisfies Examples<typeof riskSql>,
  ],
  [
    'shield',
    shieldSql,
    {
      buyerFactColumns: [
        {
          storeId: id,
          phone: '6281234567890',
          ip: null,
          deviceId: 'd-1',
          since: at,
          countUpTo: { phone: 5, ip: 0 },
        },
      ],
    } satisfies Examples<typeof shieldSql>,
  ],
  [
    'shipping',
    shippingSql,
    {
      keepInboxRow: [{ id: 'boscod:1', body: '{}', now: at, claimedUntil: null, attempts: 1 }],
      settleInboxRow: ['boscod:1', 'applied', at],
      claimPendingInbox: [at, at, 10],
      pruneAppliedInbox: [at, 100],
    } satisfies Examples<typeof shippingSql>,
  ],
  [
    'webhook',
    webhookSql,
    {
      claimDeliveryAttempt: [{ deliveryId: id, attempt: 1, now: at, leaseUntil: at, giveUpAt: at }],
      recordDeliveryAttempt: [
        {
          attemptId: id,
          deliveryId: id,
          attempt: 1,
          statusCode: 500,
          error: 'HTTP 500',
          durationMs: 12,
          finished: at,
          status: 'pending',
          nextAttemptAt: at,
        },
      ],
    } satisfies Examples<typeof webhookSql>,
  ],
];

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.close());

describe.each(domains)('%s.sql.ts', (_domain, builders, examples) => {
  it('has example arguments for every statement', () => {
    expect(Object.keys(examples).sort()).toEqual(Object.keys(builders).sort());
  });
  it.each(Object.keys(builders))('%s plans against the migrated schema', async (name) => {
    const built = (builders[name] as (...args: unknown[]) => Prisma.Sql)(...(examples[name] ?? []));
    // A `…Columns` builder is a select list other statements read in their own round trip.
    const statement = name.endsWith('Columns') ? Prisma.sql`SELECT ${built}` : built;
    const plan = await db.prisma.$queryRaw<unknown[]>(Prisma.sql`EXPLAIN ${statement}`);
    expect(plan.length).toBeGreaterThan(0);
  });
});

// A plan names the index a statement uses at scale. On the template's empty tables every plan costs
// the same, so the question is asked of 20 000 orders of 50 stores over two years (delivered,
// returned and still shipping, COD or not), analyzed, in a transaction rolled back after. Foreign
// keys and triggers stand aside for it (`session_replication_role`): the rows are the planner's only.
const rolledBack = new Error('rolled back');
async function planAtScale(statement: Prisma.Sql): Promise<string> {
  let plan = '';
  await db.prisma
    .$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe('SET LOCAL session_replication_role = replica');
        await tx.$executeRaw`
          INSERT INTO "Order" ("id", "storeId", "invoice", "status", "paymentMethod", "buyerName", "buyerPhone",
            "regionId", "address", "senderWarehouseId", "courierCode", "serviceCode", "weightGrams", "itemsTotal",
            "shippingCost", "total", "updatedAt", "createdAt", "deliveredAt", "returnedAt")
          SELECT gen_random_uuid(),
            CASE WHEN i % 50 = 0 THEN ${id}::uuid
              ELSE ('00000000-0000-4000-8000-' || lpad((i % 50)::text, 12, '0'))::uuid END,
            'INV' || i, (CASE WHEN i % 20 = 1 THEN 'returned' WHEN i % 10 = 2 THEN 'shipped' ELSE 'delivered' END)::"OrderStatus",
            (CASE WHEN i % 3 = 0 THEN 'bank_transfer' ELSE 'cod' END)::"PaymentMethod", 'Pembeli', '62812' || i,
            1, 'Jl. Uji', ${id}::uuid, 'jne', 'REG', 1000, 90000, 10000, 100000, ${at}, ${at}::timestamp - (i % 730) * interval '1 day',
            CASE WHEN i % 20 <> 1 AND i % 10 <> 2 THEN ${at}::timestamp - (i % 730) * interval '1 day' END,
            CASE WHEN i % 20 = 1 THEN ${at}::timestamp - (i % 730) * interval '1 day' END
          FROM generate_series(1, 20000) i`;
        await tx.$executeRawUnsafe('ANALYZE "Order"');
        const rows = await tx.$queryRaw<Array<{ 'QUERY PLAN': string }>>(Prisma.sql`EXPLAIN ${statement}`);
        plan = rows.map((r) => r['QUERY PLAN']).join('\n');
        throw rolledBack;
      },
      { timeout: 120_000 },
    )
    .catch((error: unknown) => {
      if (error !== rolledBack) throw error;
    });
  return plan;
}

describe("the COD ledger's range reads use the order's delivered/returned indexes", () => {
  const day = { start: at, end: new Date(at.getTime() + 86_400_000) };
  const range = { fromDay: '2026-12-01', toDay: '2026-12-01', ...day };
  it("the report's day sums read the store's parcels by when they were delivered or returned", async () => {
    const plan = await planAtScale(codLedgerSql.daySumsSql(id, day.start, day.end));
    expect(plan).toContain('Order_storeId_deliveredAt_idx');
    expect(plan).toContain('Order_storeId_returnedAt_idx');
  });
  it("a store's findings in a range start from its parcels delivered then", async () => {
    const plan = await planAtScale(codLedgerSql.findingsSql({ storeId: id, dueBefore: at, range }));
    expect(plan).toContain('Order_storeId_deliveredAt_idx');
  });
});
