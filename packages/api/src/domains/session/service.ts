import type { PageInput, SessionView } from '@bosonline/contracts';
import type { Prisma, Session } from '@bosonline/db';
import type { Context } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';
import { endSessions } from '../auth/sessions.ts';

type SessionCtx = Pick<Context, 'db' | 'clock'> & { actor: { userId: string; sessionId: string } };

function view(session: Session, currentId: string): SessionView {
  return {
    id: session.id,
    device: session.userAgent,
    ip: session.ip,
    createdAt: session.createdAt,
    lastSeenAt: session.lastSeenAt,
    expiresAt: session.expiresAt,
    endedAt: session.endedAt,
    endReason: session.endReason,
    current: session.id === currentId,
  };
}

/**
 * The user's sessions matching `where`, newest login first, a page at a time. Keyed on when they
 * began (which never changes), not on when they were last seen (which moves while paging).
 */
async function pageOfSessions(ctx: SessionCtx, where: Prisma.SessionWhereInput, page: PageInput) {
  const rows = await ctx.db.session.findMany({
    where: { ...where, userId: ctx.actor.userId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: page.limit + 1,
    ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
  });
  const items = rows.slice(0, page.limit).map((s) => view(s, ctx.actor.sessionId));
  return { items, nextCursor: rows.length > page.limit ? (items.at(-1)?.id ?? null) : null };
}

/** The devices signed in now. */
export function listActive(ctx: SessionCtx, page: PageInput) {
  return pageOfSessions(ctx, { endedAt: null, expiresAt: { gt: ctx.clock.now() } }, page);
}

/** Every session, ended ones included: the account's login history. */
export function history(ctx: SessionCtx, page: PageInput) {
  return pageOfSessions(ctx, {}, page);
}

/** Ends one of the user's sessions; another user's session id is reported as not found. */
export async function revoke(ctx: SessionCtx, id: string): Promise<void> {
  const session = await ctx.db.session.findFirst({
    where: { id, userId: ctx.actor.userId },
    select: { id: true },
  });
  if (!session) throw notFound('Session');
  await endSessions(ctx.db, { id }, 'revoked', ctx.clock.now());
}

export async function revokeOthers(ctx: SessionCtx): Promise<number> {
  return endSessions(
    ctx.db,
    { userId: ctx.actor.userId, notId: ctx.actor.sessionId },
    'revoked_others',
    ctx.clock.now(),
  );
}
