import {
  defaultRiskThreshold,
  type OrderFilter,
  type OrderListInput,
  type OrderStatus,
  orderStatuses,
} from '@bosonline/contracts';
import { Prisma } from '@bosonline/db';
import { invalidField } from '../../lib/errors.ts';
import { type OrderReader, orderFilterSql } from './filter.ts';
import { listPageIdsSql, statusCountsSql } from './order.sql.ts';
import { orderSumsSql } from './recap-source.ts';
import { summaries, summaryInclude } from './views.ts';

/** The risk level filter (contracts' riskLevelOf, as SQL over the stored score). */
function riskLevelSql(level: OrderListInput['risk']): Prisma.Sql {
  const high = defaultRiskThreshold;
  if (level === 'high') return Prisma.sql`AND o."riskScore" >= ${high}`;
  if (level === 'medium') return Prisma.sql`AND o."riskScore" >= ${high / 2} AND o."riskScore" < ${high}`;
  if (level === 'low') return Prisma.sql`AND o."riskScore" < ${high / 2}`;
  return Prisma.empty;
}

type ListCtx = OrderReader;

const sorts = {
  newest: { column: Prisma.raw('o."createdAt"'), dir: Prisma.raw('DESC'), key: 'createdAt' },
  oldest: { column: Prisma.raw('o."createdAt"'), dir: Prisma.raw('ASC'), key: 'createdAt' },
  total_desc: { column: Prisma.raw('o."total"'), dir: Prisma.raw('DESC'), key: 'total' },
  total_asc: { column: Prisma.raw('o."total"'), dir: Prisma.raw('ASC'), key: 'total' },
} as const;

/** Where the page after `cursor` starts: strictly past that order in the list's order. */
async function afterCursor(ctx: ListCtx, input: OrderListInput): Promise<Prisma.Sql> {
  if (!input.cursor) return Prisma.empty;
  const sort = sorts[input.sort];
  const row = await ctx.db.order.findFirst({
    where: { id: input.cursor, storeId: ctx.tenant.storeId ?? undefined },
    select: { createdAt: true, total: true },
  });
  if (!row) throw invalidField('cursor', 'Cursor is not one this list handed out');
  const value = row[sort.key];
  const past = input.sort.endsWith('asc') || input.sort === 'oldest' ? Prisma.raw('>') : Prisma.raw('<');
  return Prisma.sql`AND (${sort.column}, o."id") ${past} (${value}, ${input.cursor}::uuid)`;
}

/**
 * Orders per status for the filter without its status: the numbers on the tabs. Read from the
 * recaps' source (recap-source.ts), so a filter the daily rollups can answer (no search, no
 * product, dates of creation) adds up rollup rows instead of counting orders: the admin list's
 * tabs over every store stay cheap at a million orders, and the tabs always equal Recap Order List.
 */
async function statusCounts(ctx: ListCtx, filter: OrderFilter): Promise<Record<OrderStatus, number>> {
  const rows = await ctx.db.$queryRaw<Array<{ status: OrderStatus; count: number }>>(
    statusCountsSql(orderSumsSql(ctx.tenant, { ...filter, status: undefined })),
  );
  const counts = Object.fromEntries(orderStatuses.map((s) => [s, 0])) as Record<OrderStatus, number>;
  for (const row of rows) counts[row.status] = row.count;
  return counts;
}

/**
 * "Order List": one page in the chosen order (keyset on the sort value and id), the number of
 * orders the filters match, and the per-status tab counts.
 */
export async function list(ctx: ListCtx, input: OrderListInput) {
  const sort = sorts[input.sort];
  const where = Prisma.sql`${orderFilterSql(ctx.tenant, input)} ${riskLevelSql(input.risk)}`;
  const [ids, counts] = await Promise.all([
    afterCursor(ctx, input).then((after) =>
      ctx.db.$queryRaw<Array<{ id: string }>>(
        listPageIdsSql({ where, after, column: sort.column, dir: sort.dir, limit: input.limit }),
      ),
    ),
    statusCounts(ctx, input),
  ]);
  const more = ids.length > input.limit;
  const pageIds = ids.slice(0, input.limit).map((r) => r.id);
  const rows = await ctx.db.order.findMany({ where: { id: { in: pageIds } }, include: summaryInclude });
  const position = new Map(pageIds.map((id, i) => [id, i]));
  rows.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  const items = await summaries(ctx, rows);
  const total = input.status ? counts[input.status] : Object.values(counts).reduce((sum, n) => sum + n, 0);
  return {
    items,
    nextCursor: more ? (pageIds.at(-1) ?? null) : null,
    total,
    statusCounts: counts,
  };
}
