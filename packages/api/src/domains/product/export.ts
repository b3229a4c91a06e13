import type { exportKinds } from '@bosonline/contracts';
import type { Db, Prisma } from '@bosonline/db';
import type { Cell, ExportSource } from '../downloads/table-file.ts';
import { variantFigures } from './views.ts';

export type ExportKind = (typeof exportKinds)[number];

const batchSize = 1_000;

const headers: Record<ExportKind, string[]> = {
  products: [
    'SKU',
    'Name',
    'Category',
    'Status',
    'Weight (g)',
    'Variants',
    'Min price',
    'Max price',
    'Stock',
    'Created at',
  ],
  variants: [
    'Product SKU',
    'Product',
    'SKU',
    'Variant',
    'Options',
    'Price',
    'Compare-at price',
    'Cost',
    'Weight (g)',
    'Status',
    'Stock',
  ],
  inventory: ['SKU', 'Product', 'Variant', 'Warehouse', 'Quantity', 'Updated at'],
};

/**
 * Which products a catalogue export covers: one store's (the seller's download), or whatever the
 * admin realm's filters select across stores, which then also names each row's store.
 */
export interface CatalogScope {
  products: Prisma.ProductWhereInput;
  withStore?: boolean;
}

export function catalogHeaders(kind: ExportKind, withStore = false): string[] {
  return withStore ? ['Store', ...headers[kind]] : headers[kind];
}

/**
 * Resumes after the last row of a batch on the (storeId, sku) unique index. Within one store the
 * bound is on the SKU alone, which the index takes as its range condition (the row-wise form
 * would be a filter, re-reading the store's first rows on every batch).
 */
function after(last: { storeId: string; sku: string } | undefined, oneStore: boolean) {
  if (!last) return {};
  if (oneStore) return { sku: { gt: last.sku } };
  return { OR: [{ storeId: { gt: last.storeId } }, { storeId: last.storeId, sku: { gt: last.sku } }] };
}

/**
 * Rows of an export, fetched in keyset batches along the (storeId, sku) unique index, so memory
 * stays flat whatever the catalogue size and the database never sorts more than one batch.
 */
export async function* catalogRows(db: Db, scope: CatalogScope, kind: ExportKind): AsyncGenerator<Cell[]> {
  const products = { ...scope.products, deletedAt: null };
  // One store: its variants carry the storeId too, which the (storeId, sku) index needs.
  const storeId = typeof scope.products.storeId === 'string' ? scope.products.storeId : undefined;
  const oneStore = storeId !== undefined;
  const store = (row: { store: { name: string } }): Cell[] => (scope.withStore ? [row.store.name] : []);
  let last: { storeId: string; sku: string } | undefined;
  for (;;) {
    if (kind === 'products') {
      const batch = await db.product.findMany({
        where: { AND: [products, after(last, oneStore)] },
        orderBy: [{ storeId: 'asc' }, { sku: 'asc' }],
        take: batchSize,
        include: {
          store: { select: { name: true } },
          category: { select: { name: true } },
          variants: {
            where: { deletedAt: null },
            select: { price: true, stocks: { select: { quantity: true } } },
          },
        },
      });
      for (const p of batch) {
        const figures = variantFigures(p.variants);
        yield [
          ...store(p),
          p.sku,
          p.name,
          p.category?.name ?? null,
          p.status,
          p.weightGrams,
          figures.variantCount,
          figures.minPrice,
          figures.maxPrice,
          figures.totalStock,
          p.createdAt.toISOString(),
        ];
      }
      if (batch.length < batchSize) return;
      last = batch.at(-1);
      continue;
    }
    const batch = await db.variant.findMany({
      where: { AND: [{ storeId, deletedAt: null, product: products }, after(last, oneStore)] },
      orderBy: [{ storeId: 'asc' }, { sku: 'asc' }],
      take: batchSize,
      include: {
        store: { select: { name: true } },
        product: { select: { sku: true, name: true } },
        stocks: {
          where: { warehouse: { deletedAt: null } },
          include: { warehouse: { select: { name: true } } },
          orderBy: { warehouseId: 'asc' },
        },
      },
    });
    for (const v of batch) {
      if (kind === 'variants') {
        const options = Object.entries(v.options as Record<string, string>)
          .map(([k, value]) => `${k}: ${value}`)
          .join('; ');
        const stock = v.stocks.reduce((s, x) => s + x.quantity, 0);
        yield [
          ...store(v),
          v.product.sku,
          v.product.name,
          v.sku,
          v.name,
          options,
          v.price,
          v.compareAtPrice,
          v.cost,
          v.weightGrams,
          v.status,
          stock,
        ];
      } else {
        for (const s of v.stocks) {
          yield [
            ...store(v),
            v.sku,
            v.product.name,
            v.name,
            s.warehouse.name,
            s.quantity,
            s.updatedAt.toISOString(),
          ];
        }
      }
    }
    if (batch.length < batchSize) return;
    last = batch.at(-1);
  }
}

const catalogSource = (kind: ExportKind): ExportSource => ({
  headers: headers[kind],
  rows: (db, scope) => catalogRows(db, { products: { storeId: scope.tenant.storeId } }, kind),
});

/** The catalogue's downloads, registered in ../downloads/sources.ts. */
export const productDownloads = {
  products: catalogSource('products'),
  variants: catalogSource('variants'),
  inventory: catalogSource('inventory'),
} satisfies Record<string, ExportSource>;
