import type { markNotificationsReadInput, notificationListInput } from '@bosonline/contracts';
import type { Notification, Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';
import { positionCursor, toPage } from '../../lib/pagination.ts';

function view(row: Notification) {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    body: row.body,
    link: row.link,
    read: row.readAt !== null,
    readAt: row.readAt,
    createdAt: row.createdAt,
  };
}

/** The store's notifications, newest first, with the unread count for the badge. */
export async function list(ctx: SellerContext, input: z.output<typeof notificationListInput>) {
  const storeId = ctx.tenant.storeId;
  const after = positionCursor.parse(input.cursor);
  const where: Prisma.NotificationWhereInput = {
    storeId,
    ...(input.unreadOnly ? { readAt: null } : {}),
    ...(after
      ? { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] }
      : {}),
  };
  const [rows, unread] = await Promise.all([
    ctx.db.notification.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: input.limit + 1,
    }),
    ctx.db.notification.count({ where: { storeId, readAt: null } }),
  ]);
  return { ...toPage(rows, input, view, (row) => positionCursor.encode(row.createdAt, row.id)), unread };
}

/** Marks some (ids of this store only) or all unread notifications read. */
export async function markRead(ctx: SellerContext, input: z.output<typeof markNotificationsReadInput>) {
  const { count } = await ctx.db.notification.updateMany({
    where: {
      storeId: ctx.tenant.storeId,
      readAt: null,
      ...(input.ids ? { id: { in: input.ids } } : {}),
    },
    data: { readAt: ctx.clock.now() },
  });
  return { updated: count };
}
