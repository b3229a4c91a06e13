import type { auditLogListInput } from '@bosonline/contracts';
import type { AdminAuditLog, Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import { positionCursor, toPage } from '../../lib/pagination.ts';

// Reading the audit log that `adminWrites` (trpc.ts) fills: newest first, filtered.

function view(row: AdminAuditLog) {
  return {
    id: row.id,
    adminUserId: row.adminUserId,
    adminEmail: row.adminEmail,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    before: row.before ?? null,
    after: row.after ?? null,
    requestId: row.requestId,
    ip: row.ip,
    createdAt: row.createdAt,
  };
}

export async function list(ctx: Pick<Context, 'db'>, input: z.output<typeof auditLogListInput>) {
  const after = positionCursor.parse(input.cursor);
  const action = input.action;
  const filters: Prisma.AdminAuditLogWhereInput[] = [
    {
      adminUserId: input.adminUserId,
      targetType: input.targetType,
      targetId: input.targetId,
      // `admin.seller.` (a trailing dot) means every action of the group.
      action: action ? (action.endsWith('.') ? { startsWith: action } : action) : undefined,
      createdAt: { gte: input.from, lte: input.to },
    },
  ];
  if (after) {
    filters.push({
      OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }],
    });
  }
  const rows = await ctx.db.adminAuditLog.findMany({
    where: { AND: filters },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
  });
  return toPage(rows, input, view, (row) => positionCursor.encode(row.createdAt, row.id));
}
