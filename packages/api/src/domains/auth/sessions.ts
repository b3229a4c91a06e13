import type { TokenPair } from '@bosonline/contracts';
import type { Db, SessionEndReason } from '@bosonline/db';
import type { Context } from '../../context.ts';
import { hashToken, newOpaqueToken, type Realm, signAccessToken } from '../../lib/tokens.ts';

type Tx = Pick<Db, 'session' | 'refreshToken'>;

/** Starts a login session and returns its first token pair. */
export async function startSession(
  ctx: Pick<Context, 'db' | 'clock' | 'tokens' | 'req'>,
  realm: Realm,
  subjectId: string,
): Promise<TokenPair> {
  const now = ctx.clock.now();
  const refreshToken = newOpaqueToken();
  const session = await ctx.db.session.create({
    data: {
      realm,
      userId: realm === 'seller' ? subjectId : null,
      adminUserId: realm === 'admin' ? subjectId : null,
      ip: ctx.req.ip,
      userAgent: ctx.req.userAgent,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ctx.tokens.refreshTtlSeconds * 1000),
      refreshTokens: { create: { tokenHash: hashToken(refreshToken), createdAt: now } },
    },
  });
  return tokenPair(ctx, realm, subjectId, session.id, refreshToken);
}

export async function tokenPair(
  ctx: Pick<Context, 'clock' | 'tokens'>,
  realm: Realm,
  subjectId: string,
  sessionId: string,
  refreshToken: string,
): Promise<TokenPair> {
  const accessToken = await signAccessToken(
    ctx.tokens,
    { subject: subjectId, sessionId, realm },
    ctx.clock.now(),
  );
  return { accessToken, refreshToken, expiresIn: ctx.tokens.accessTtlSeconds, tokenType: 'Bearer' };
}

/** Ends sessions that are still open; returns how many were ended. */
export async function endSessions(
  db: Tx,
  where: { id?: string; userId?: string; adminUserId?: string; notId?: string },
  reason: SessionEndReason,
  now: Date,
): Promise<number> {
  const result = await db.session.updateMany({
    where: {
      id: where.notId ? { not: where.notId } : where.id,
      userId: where.userId,
      adminUserId: where.adminUserId,
      endedAt: null,
    },
    data: { endedAt: now, endReason: reason },
  });
  return result.count;
}
