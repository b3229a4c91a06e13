import type { sellerNoteCreateInput, sellerNoteListInput, sellerNoteUpdateInput } from '@bosonline/contracts';
import type { SellerNote } from '@bosonline/db';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import type { Auditor } from '../../lib/audit.ts';
import { notFound } from '../../lib/errors.ts';
import { positionCursor, toPage } from '../../lib/pagination.ts';

// AdminBosOnline › Seller › Seller Note: platform staff's notes on a seller, newest first. The
// author (and the last editor) is whoever is logged in; staff edit each other's notes, and the
// audit log keeps every version.

type ReadCtx = Pick<Context, 'db'>;
type WriteCtx = Pick<Context, 'db'> & { audit: Auditor; admin: { id: string; email: string } };

function view(row: SellerNote) {
  return {
    id: row.id,
    sellerId: row.sellerId,
    body: row.body,
    author: { id: row.authorId, email: row.authorEmail },
    updatedBy:
      row.updatedById && row.updatedByEmail ? { id: row.updatedById, email: row.updatedByEmail } : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

async function assertSeller(ctx: ReadCtx, id: string) {
  if (!(await ctx.db.user.findUnique({ where: { id }, select: { id: true } }))) throw notFound('Seller');
}

export async function list(ctx: ReadCtx, input: z.output<typeof sellerNoteListInput>) {
  const after = positionCursor.parse(input.cursor);
  await assertSeller(ctx, input.id);
  const rows = await ctx.db.sellerNote.findMany({
    where: {
      sellerId: input.id,
      ...(after
        ? { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] }
        : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
  });
  return toPage(rows, input, view, (row) => positionCursor.encode(row.createdAt, row.id));
}

export async function create(ctx: WriteCtx, input: z.output<typeof sellerNoteCreateInput>) {
  await assertSeller(ctx, input.id);
  const row = await ctx.db.$transaction(async (tx) => {
    const note = await tx.sellerNote.create({
      data: { sellerId: input.id, body: input.body, authorId: ctx.admin.id, authorEmail: ctx.admin.email },
    });
    await ctx.audit.record(tx, {
      targetType: 'sellerNote',
      targetId: note.id,
      after: { sellerId: note.sellerId, body: note.body },
    });
    return note;
  });
  return view(row);
}

export async function update(ctx: WriteCtx, input: z.output<typeof sellerNoteUpdateInput>) {
  const row = await ctx.db.$transaction(async (tx) => {
    const before = await tx.sellerNote.findUnique({ where: { id: input.id } });
    if (!before) throw notFound('Note');
    const after = await tx.sellerNote.update({
      where: { id: input.id },
      data: { body: input.body, updatedById: ctx.admin.id, updatedByEmail: ctx.admin.email },
    });
    await ctx.audit.record(tx, {
      targetType: 'sellerNote',
      targetId: after.id,
      before: { sellerId: before.sellerId, body: before.body },
      after: { sellerId: after.sellerId, body: after.body },
    });
    return after;
  });
  return view(row);
}
