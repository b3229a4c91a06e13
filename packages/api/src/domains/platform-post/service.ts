import type { PageInput, platformPostInput, platformPostListInput } from '@bosonline/contracts';
import type { PlatformPost, PlatformPostKind, Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import type { Auditor } from '../../lib/audit.ts';
import { notFound } from '../../lib/errors.ts';
import { positionCursor, toPage } from '../../lib/pagination.ts';

function view(row: PlatformPost) {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    url: row.url,
    publishedAt: row.publishedAt,
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
  };
}

async function page(ctx: Pick<Context, 'db'>, where: Prisma.PlatformPostWhereInput, input: PageInput) {
  const after = positionCursor.parse(input.cursor);
  const rows = await ctx.db.platformPost.findMany({
    where: after
      ? {
          AND: [
            where,
            { OR: [{ publishedAt: { lt: after.at } }, { publishedAt: after.at, id: { lt: after.id } }] },
          ],
        }
      : where,
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
  });
  return toPage(rows, input, view, (row) => positionCursor.encode(row.publishedAt, row.id));
}

/** What sellers see: published, not yet expired, newest first. */
export function live(ctx: Pick<Context, 'db' | 'clock'>, kind: PlatformPostKind, input: PageInput) {
  const now = ctx.clock.now();
  return page(
    ctx,
    { kind, publishedAt: { lte: now }, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    input,
  );
}

/** Platform staff see every post, scheduled and expired ones too. */
export function adminList(ctx: Pick<Context, 'db'>, input: z.output<typeof platformPostListInput>) {
  return page(ctx, input.kind ? { kind: input.kind } : {}, input);
}

type AdminWriteCtx = Pick<Context, 'db' | 'clock'> & { admin: { id: string }; audit: Auditor };

export async function create(ctx: AdminWriteCtx, input: z.output<typeof platformPostInput>) {
  return ctx.db.$transaction(async (tx) => {
    const row = await tx.platformPost.create({
      data: { ...input, publishedAt: input.publishedAt ?? ctx.clock.now(), authorId: ctx.admin.id },
    });
    await ctx.audit.record(tx, { targetType: 'platformPost', targetId: row.id, after: view(row) });
    return view(row);
  });
}

export async function remove(ctx: AdminWriteCtx, id: string) {
  await ctx.db.$transaction(async (tx) => {
    const row = await tx.platformPost.findUnique({ where: { id } });
    if (!row) throw notFound('Post');
    await tx.platformPost.delete({ where: { id } });
    await ctx.audit.record(tx, { targetType: 'platformPost', targetId: id, before: view(row) });
  });
}
