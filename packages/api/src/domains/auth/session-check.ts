import type { Context } from '../../context.ts';
import type { AccessClaims } from '../../lib/tokens.ts';
import { checkSessionSql } from './auth.sql.ts';
import type { CheckedSession } from './checked-session.ts';

// The per-request session check is on every authenticated call, so it is one round trip: the
// session, its account (seller with memberships, or admin) and the once-a-minute lastSeenAt touch
// in one statement. It also reads the few columns profile.me answers (name, email, phone, store
// names), so the dashboard's "who am I" costs no second statement. A live session's check is kept
// a few seconds and forgotten on any change to what it read (session-cache.ts), so a logout or a
// revocation is still refused on the very next request.

// lastSeenAt is a hint for the sessions list, not an audit log: write it at most once a minute.
const touchEveryMs = 60_000;

/** Reads the token's session and account, touching lastSeenAt when it is a live session's. */
export async function checkSession(
  ctx: Pick<Context, 'db' | 'req' | 'sessions'>,
  claims: Pick<AccessClaims, 'sessionId' | 'subject' | 'realm'>,
  now: Date,
): Promise<CheckedSession | null> {
  const key = `${claims.realm}:${claims.sessionId}:${claims.subject}`;
  const kept = ctx.sessions?.get(key, now);
  if (kept) return kept;
  const begunAt = ctx.sessions?.begin() ?? 0;
  const [row] = await ctx.db.$queryRaw<CheckedSession[]>(
    checkSessionSql({
      sessionId: claims.sessionId,
      subject: claims.subject,
      realm: claims.realm,
      now,
      staleBefore: new Date(now.getTime() - touchEveryMs),
      ip: ctx.req.ip ?? null,
      userAgent: ctx.req.userAgent ?? null,
    }),
  );
  // An ended or expired session is kept too: authenticate.ts refuses it on every use, by the one
  // rule of what a live session is, whether the row came from here or from the statement.
  if (row) ctx.sessions?.keep(key, row, begunAt, now);
  return row ?? null;
}
