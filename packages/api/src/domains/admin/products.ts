import type { adminProductListInput, productMarkingManyInput } from '@bosonline/contracts';
import type { Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import type { Auditor } from '../../lib/audit.ts';
import { notFound } from '../../lib/errors.ts';
import { positionCursor, toPage } from '../../lib/pagination.ts';
import { jakartaMonthStart } from '../order/filter.ts';
import { summaryInclude, summaryView } from '../product/list.ts';
import * as variants from '../product/variants.ts';
import { productInclude, productView } from '../product/views.ts';
import { productWhere } from './product-filter.ts';
import { type AdminReadCtx, storeScope } from './scope.ts';

// AdminBosOnline › Products: every seller's catalogue. Rows and details are the seller realm's
// views, plus whose product it is and the platform's marking (which sellers do not see).

type WriteCtx = Pick<Context, 'db'> & { audit: Auditor };

const ownerSelect = {
  store: {
    select: {
      id: true,
      name: true,
      owner: { select: { id: true, name: true, email: true, status: true } },
    },
  },
} satisfies Prisma.ProductInclude;

function owner(row: Prisma.ProductGetPayload<{ include: typeof ownerSelect }>) {
  return { store: { id: row.store.id, name: row.store.name }, seller: row.store.owner, marking: row.marking };
}

/** "Recap Product": live products by status and marking, stores selling, new this month. */
export async function recap(ctx: AdminReadCtx) {
  const live = { deletedAt: null };
  const [byStatus, byMarking, stores, newThisMonth] = await Promise.all([
    ctx.db.product.groupBy({ by: ['status'], where: live, _count: { _all: true } }),
    ctx.db.product.groupBy({ by: ['marking'], where: live, _count: { _all: true } }),
    ctx.db.product.groupBy({ by: ['storeId'], where: live }),
    ctx.db.product.count({ where: { ...live, createdAt: { gte: jakartaMonthStart(ctx.clock.now()) } } }),
  ]);
  const status = { active: 0, inactive: 0 };
  for (const row of byStatus) status[row.status] = row._count._all;
  const marking = { none: 0, verified: 0, watch: 0, banned: 0 };
  for (const row of byMarking) marking[row.marking ?? 'none'] = row._count._all;
  return {
    total: status.active + status.inactive,
    byStatus: status,
    byMarking: marking,
    stores: stores.length,
    newThisMonth,
  };
}

/** "Get List Product": across every seller, newest first, position-cursor pages. */
export async function list(ctx: AdminReadCtx, input: z.output<typeof adminProductListInput>) {
  const after = positionCursor.parse(input.cursor);
  const where = await productWhere(ctx.db, input);
  const rows = await ctx.db.product.findMany({
    where: after
      ? {
          AND: [
            where,
            { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] },
          ],
        }
      : where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    include: { ...summaryInclude, ...ownerSelect },
  });
  return toPage(
    rows,
    input,
    (row) => ({ ...summaryView(ctx.ports.storage, row), ...owner(row) }),
    (row) => positionCursor.encode(row.createdAt, row.id),
  );
}

/** "Detail Product Seller": the product as its seller sees it, whose it is and its marking. */
export async function detail(ctx: AdminReadCtx, id: string) {
  const row = await ctx.db.product.findFirst({
    where: { id, deletedAt: null },
    include: { ...productInclude, ...ownerSelect },
  });
  if (!row) throw notFound('Product');
  return { ...productView(ctx.ports.storage, row), ...owner(row) };
}

async function storeOfProduct(ctx: AdminReadCtx, id: string) {
  const row = await ctx.db.product.findFirst({ where: { id, deletedAt: null }, select: { storeId: true } });
  if (!row) throw notFound('Product');
  return row.storeId;
}

/** "Detail Product Variant": the product's live variants, stock per warehouse. */
export async function variantsOf(ctx: AdminReadCtx, productId: string) {
  return variants.list(await storeScope(ctx, await storeOfProduct(ctx, productId)), productId);
}

/** "Product Form": the live forms offering any of the product's variants. */
export async function forms(ctx: AdminReadCtx, productId: string) {
  const storeId = await storeOfProduct(ctx, productId);
  const selling = { variant: { productId } };
  const rows = await ctx.db.form.findMany({
    where: { storeId, deletedAt: null, items: { some: selling } },
    include: { items: { where: selling, select: { variantId: true }, orderBy: { position: 'asc' } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((form) => ({
    id: form.id,
    name: form.name,
    slug: form.slug,
    status: form.status,
    path: `/f/${form.slug}`,
    variantIds: form.items.map((i) => i.variantId),
    createdAt: form.createdAt,
  }));
}

/** "Update Marking Product": one marking (or none) for many products, all or nothing. */
export async function updateMarkingMany(ctx: WriteCtx, input: z.output<typeof productMarkingManyInput>) {
  const ids = [...new Set(input.ids)];
  return ctx.db.$transaction(async (tx) => {
    const rows = await tx.product.findMany({
      where: { id: { in: ids }, deletedAt: null },
      select: { id: true, marking: true },
    });
    if (rows.length !== ids.length) throw notFound('Product');
    await tx.product.updateMany({ where: { id: { in: ids } }, data: { marking: input.marking } });
    for (const row of rows) {
      await ctx.audit.record(tx, {
        targetType: 'product',
        targetId: row.id,
        before: { marking: row.marking },
        after: { marking: input.marking },
      });
    }
    return { updated: rows.length };
  });
}

/** The product, store or seller a variant download names must exist (404 otherwise). */
export async function assertExportScope(
  ctx: AdminReadCtx,
  scope: { productId?: string; storeId?: string; sellerId?: string },
) {
  if (scope.productId) await storeOfProduct(ctx, scope.productId);
  if (scope.storeId) await storeScope(ctx, scope.storeId);
  if (
    scope.sellerId &&
    !(await ctx.db.user.findUnique({ where: { id: scope.sellerId }, select: { id: true } }))
  ) {
    throw notFound('Seller');
  }
}
