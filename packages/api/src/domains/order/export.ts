import { orderFilterInput } from '@bosonline/contracts';
import type { Db } from '@bosonline/db';
import type { Cell, ExportScope, ExportSource } from '../downloads/table-file.ts';
import { type OrderScope, orderFilterSql } from './filter.ts';
import { exportBatchIdsSql } from './order.sql.ts';
import { productSummary } from './views.ts';

const batchSize = 1_000;

/**
 * "Download Order List": the orders Order List shows for the link's filters (and the downloader's
 * role, or an admin's store scope), oldest first, in keyset batches along (createdAt, id) so
 * memory stays flat. `withStore` puts the store's name first (the admin file spans stores).
 */
async function* rows(
  db: Db,
  { tenant, params }: ExportScope<OrderScope>,
  withStore: boolean,
): AsyncGenerator<Cell[]> {
  const parsed = orderFilterInput.safeParse(params ?? {});
  // The link was signed by us with a parsed filter; anything else falls back to no filter.
  const filter = parsed.success ? parsed.data : orderFilterInput.parse({});
  const where = orderFilterSql(tenant, filter);
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const ids: Array<{ id: string; createdAt: Date }> = await db.$queryRaw(
      exportBatchIdsSql(where, after, batchSize),
    );
    const batch = await db.order.findMany({
      where: { id: { in: ids.map((r) => r.id) } },
      include: {
        items: { select: { productName: true, quantity: true, sku: true } },
        store: { select: { name: true } },
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    for (const o of batch) {
      const cells: Cell[] = [
        o.invoice,
        o.createdAt.toISOString(),
        o.status,
        o.paymentMethod,
        o.buyerName,
        o.buyerPhone,
        o.address,
        o.regionId,
        productSummary(o.items),
        o.items.map((i) => i.sku).join(' '),
        o.courierCode,
        o.serviceCode,
        o.awb,
        o.itemsTotal,
        o.shippingCost,
        o.codFee,
        o.insuranceFee,
        o.otherFeesTotal,
        o.productDiscount + o.shippingDiscount,
        o.total,
        o.paidAt?.toISOString() ?? null,
        o.shippedAt?.toISOString() ?? null,
      ];
      yield withStore ? [o.store.name, ...cells] : cells;
    }
    if (ids.length < batchSize) return;
    after = ids.at(-1) ?? null;
  }
}

const headers = [
  'Invoice',
  'Created at',
  'Status',
  'Payment method',
  'Buyer',
  'Phone',
  'Address',
  'Region id',
  'Products',
  'SKUs',
  'Courier',
  'Service',
  'AWB',
  'Items total',
  'Shipping',
  'COD fee',
  'Insurance',
  'Other fees',
  'Discounts',
  'Total',
  'Paid at',
  'Shipped at',
];

export const orderExport: ExportSource<OrderScope> = {
  headers,
  rows: (db, scope) => rows(db, scope, false),
};

/** The platform staff's file: the same rows over their store scope, each with its store. */
export const adminOrderExport: ExportSource<OrderScope> = {
  headers: ['Store', ...headers],
  rows: (db, scope) => rows(db, scope, true),
};
