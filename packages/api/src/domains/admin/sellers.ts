import type { sellerListInput, sellerMarkingManyInput, sellerStatusMarkingInput } from '@bosonline/contracts';
import type { Prisma, User } from '@bosonline/db';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import type { Auditor } from '../../lib/audit.ts';
import { conflict, notFound } from '../../lib/errors.ts';
import { positionCursor, toPage } from '../../lib/pagination.ts';
import { endSessions } from '../auth/sessions.ts';
import { forgetStore } from '../cache/forget.ts';
import { matchUser } from '../staff/service.ts';

// AdminBosOnline › Seller: sellers are the seller-realm accounts. Suspending one ends their
// sessions in the same transaction (authenticate() also refuses a non-active account) and takes
// the forms of the stores they own offline (form/published.ts reads the owner's status); the
// cache is told after the commit, so no cached form outlives the suspension.

type ReadCtx = Pick<Context, 'db' | 'clock'>;
type WriteCtx = Pick<Context, 'db' | 'clock' | 'logger' | 'ports'> & { audit: Auditor };

const storeSelect = { id: true, name: true, slug: true } as const;

type SellerRow = User & { ownedStores: { id: string; name: string; slug: string | null }[] };

function view(row: SellerRow) {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    status: row.status,
    marking: row.marking,
    registeredAt: row.createdAt,
    stores: row.ownedStores.map((s) => ({ id: s.id, name: s.name, slug: s.slug })),
  };
}

/** What the audit log keeps of a seller write. */
function auditView(row: Pick<User, 'status' | 'marking'>) {
  return { status: row.status, marking: row.marking };
}

export async function list(ctx: ReadCtx, input: z.output<typeof sellerListInput>) {
  const after = positionCursor.parse(input.cursor);
  const q = input.q;
  const filters: Prisma.UserWhereInput[] = [
    {
      status: input.status,
      marking: input.marking === 'none' ? null : input.marking,
      createdAt: { gte: input.registeredFrom, lte: input.registeredTo },
    },
  ];
  if (q) {
    filters.push({
      OR: [matchUser(q), { ownedStores: { some: { name: { contains: q, mode: 'insensitive' } } } }],
    });
  }
  if (after) {
    filters.push({ OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] });
  }
  const rows = await ctx.db.user.findMany({
    where: { AND: filters },
    include: { ownedStores: { select: storeSelect, orderBy: { createdAt: 'asc' } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
  });
  return toPage(rows, input, view, (row) => positionCursor.encode(row.createdAt, row.id));
}

export async function detail(ctx: ReadCtx, id: string) {
  const row = await ctx.db.user.findUnique({
    where: { id },
    include: {
      ownedStores: {
        select: {
          ...storeSelect,
          _count: {
            select: {
              forms: { where: { deletedAt: null } },
              products: { where: { deletedAt: null } },
              orders: true,
            },
          },
        },
        orderBy: { createdAt: 'asc' },
      },
    },
  });
  if (!row) throw notFound('Seller');
  const activeSessions = await ctx.db.session.count({
    where: { userId: id, endedAt: null, expiresAt: { gt: ctx.clock.now() } },
  });
  return {
    ...view(row),
    updatedAt: row.updatedAt,
    activeSessions,
    stores: row.ownedStores.map((s) => ({
      id: s.id,
      name: s.name,
      slug: s.slug,
      forms: s._count.forms,
      products: s._count.products,
      orders: s._count.orders,
    })),
  };
}

/** Drops what buyers' pages cached of the seller's stores (after the write has committed). */
async function forgetStoresOf(ctx: WriteCtx, userId: string) {
  const stores = await ctx.db.store.findMany({ where: { ownerId: userId }, select: { id: true } });
  await Promise.all(stores.map((s) => forgetStore(ctx, s.id)));
}

/** "Update Seller Detail Status & Marking": suspend or reactivate, and/or mark, one seller. */
export async function updateStatusMarking(ctx: WriteCtx, input: z.output<typeof sellerStatusMarkingInput>) {
  const { before, after } = await ctx.db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.id } });
    if (!before) throw notFound('Seller');
    if (input.status && before.status === 'deleted') {
      throw conflict('This account was deleted by its owner; its status cannot change', 'status');
    }
    const after = await tx.user.update({
      where: { id: input.id },
      data: { status: input.status, marking: input.marking },
    });
    if (after.status === 'suspended' && before.status !== 'suspended') {
      await endSessions(tx, { userId: after.id }, 'suspended', ctx.clock.now());
    }
    await ctx.audit.record(tx, {
      targetType: 'seller',
      targetId: after.id,
      before: auditView(before),
      after: auditView(after),
    });
    return { before, after };
  });
  if (before.status !== after.status) await forgetStoresOf(ctx, after.id);
  return detail(ctx, after.id);
}

/** "Update Marking Sellers": one marking (or none) for many sellers, all or nothing. */
export async function updateMarkingMany(ctx: WriteCtx, input: z.output<typeof sellerMarkingManyInput>) {
  const ids = [...new Set(input.ids)];
  return ctx.db.$transaction(async (tx) => {
    const rows = await tx.user.findMany({
      where: { id: { in: ids } },
      select: { id: true, status: true, marking: true },
    });
    if (rows.length !== ids.length) throw notFound('Seller');
    await tx.user.updateMany({ where: { id: { in: ids } }, data: { marking: input.marking } });
    for (const row of rows) {
      await ctx.audit.record(tx, {
        targetType: 'seller',
        targetId: row.id,
        before: auditView(row),
        after: auditView({ ...row, marking: input.marking }),
      });
    }
    return { updated: rows.length };
  });
}
