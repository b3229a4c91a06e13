import type {
  ShieldBlock,
  ShieldBlockAddInput,
  ShieldBlockKind,
  shieldBanInput,
  shieldBlockListInput,
} from '@bosonline/contracts';
import type { Prisma, ShieldBlock as ShieldBlockRow } from '@bosonline/db';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';
import { conflict, isUniqueViolation, notFound } from '../../lib/errors.ts';
import { findOrder } from '../order/load.ts';

// A store's block lists: phones, IPs and widget device ids whose orders the shield holds. Each
// entry says why and who added it; "Blokir pembeli" adds an order's phone and device id at once,
// and its IP only when the seller asks.

type BlockCtx = Pick<SellerContext, 'db' | 'tenant' | 'actor'>;

/** Entries as the seller sees them, with the names of who added them (one query per page). */
async function views(ctx: BlockCtx, rows: ShieldBlockRow[]): Promise<ShieldBlock[]> {
  const ids = [...new Set(rows.map((r) => r.addedById).filter((id): id is string => id !== null))];
  const users = ids.length
    ? await ctx.db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    value: row.value,
    reason: row.reason,
    addedBy: row.addedById ? { userId: row.addedById, name: names.get(row.addedById) ?? '' } : null,
    createdAt: row.createdAt,
  }));
}

/** The store's entries, newest first; `q` matches the value or the reason. */
export async function listBlocks(ctx: BlockCtx, input: z.output<typeof shieldBlockListInput>) {
  const where: Prisma.ShieldBlockWhereInput = {
    storeId: ctx.tenant.storeId,
    kind: input.kind,
    ...(input.q
      ? {
          OR: [
            { value: { contains: input.q, mode: 'insensitive' } },
            { reason: { contains: input.q, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
  const rows = await ctx.db.shieldBlock.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, input.limit);
  return {
    items: await views(ctx, page),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/** Adds one entry; the same value of the same kind twice is a 409 naming the value. */
export async function addBlock(ctx: BlockCtx, input: ShieldBlockAddInput): Promise<ShieldBlock> {
  try {
    const row = await ctx.db.shieldBlock.create({
      data: { storeId: ctx.tenant.storeId, ...input, addedById: ctx.actor.userId },
    });
    const [view] = await views(ctx, [row]);
    return view as ShieldBlock;
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('This value is already on the block list', 'value');
    throw error;
  }
}

/** Removes one of the store's entries; another store's id is a 404. */
export async function removeBlock(ctx: BlockCtx, id: string): Promise<void> {
  const { count } = await ctx.db.shieldBlock.deleteMany({ where: { id, storeId: ctx.tenant.storeId } });
  if (count === 0) throw notFound('Block list entry');
}

/**
 * "Blokir pembeli": the order's phone, and its device id when the checkout recorded one, go on the
 * store's lists with one reason; its IP only with `includeIp` (a shared carrier or office IP would
 * hold every other buyer behind it). Values already listed stay as they were; the answer is
 * the order's entries as they now stand.
 */
export async function banBuyer(ctx: BlockCtx, input: z.output<typeof shieldBanInput>) {
  const order = await findOrder(ctx, input.invoice);
  const values: Array<{ kind: ShieldBlockKind; value: string }> = [
    { kind: 'phone', value: order.buyerPhone },
  ];
  if (input.includeIp && order.buyerIp) values.push({ kind: 'ip', value: order.buyerIp });
  if (order.deviceId) values.push({ kind: 'device', value: order.deviceId });
  const reason = `${input.reason} (${order.invoice})`;
  await ctx.db.shieldBlock.createMany({
    data: values.map((v) => ({ storeId: ctx.tenant.storeId, ...v, reason, addedById: ctx.actor.userId })),
    skipDuplicates: true,
  });
  const rows = await ctx.db.shieldBlock.findMany({
    where: { storeId: ctx.tenant.storeId, OR: values },
    orderBy: { kind: 'asc' },
  });
  return { added: await views(ctx, rows) };
}
