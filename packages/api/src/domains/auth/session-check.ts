import type { AdminRole, StoreRole } from '@bosonline/contracts';
import type { Context } from '../../context.ts';
import type { AccessClaims } from '../../lib/tokens.ts';

// The per-request session check is on every authenticated call, so it is one round trip: the
// session, its account (seller with memberships, or admin) and the once-a-minute lastSeenAt touch
// in one statement. The row is still read on every request, so a logout or revocation is
// immediate.

// lastSeenAt is a hint for the sessions list, not an audit log: write it at most once a minute.
const touchEveryMs = 60_000;

export interface CheckedSession {
  id: string;
  realm: 'seller' | 'admin';
  userId: string | null;
  adminUserId: string | null;
  expiresAt: Date;
  endedAt: Date | null;
  /** The seller's account, when the token's subject is the session's user. */
  userStatus: string | null;
  /** Active memberships, oldest first, with whether the store's owner is active. */
  memberships: Array<{ id: string; storeId: string; role: StoreRole; ownerActive: boolean }>;
  /** The admin account, when the token's subject is the session's admin. */
  admin: { id: string; email: string; role: AdminRole; active: boolean } | null;
}

/** Reads the token's session and account, touching lastSeenAt when it is a live session's. */
export async function checkSession(
  ctx: Pick<Context, 'db' | 'req'>,
  claims: Pick<AccessClaims, 'sessionId' | 'subject' | 'realm'>,
  now: Date,
): Promise<CheckedSession | null> {
  const staleBefore = new Date(now.getTime() - touchEveryMs);
  const [row] = await ctx.db.$queryRaw<CheckedSession[]>`
    WITH "touch" AS (
      UPDATE "Session" SET "lastSeenAt" = ${now}, "ip" = ${ctx.req.ip ?? null}, "userAgent" = ${ctx.req.userAgent ?? null}
      WHERE "id" = ${claims.sessionId}::uuid AND "lastSeenAt" < ${staleBefore}
        AND "endedAt" IS NULL AND "expiresAt" > ${now} AND "realm" = ${claims.realm}::"AuthRealm")
    SELECT s."id", s."realm"::text AS "realm", s."userId"::text AS "userId",
      s."adminUserId"::text AS "adminUserId", s."expiresAt", s."endedAt",
      u."status"::text AS "userStatus",
      COALESCE((
        SELECT json_agg(json_build_object('id', m."id", 'storeId', m."storeId", 'role', m."role",
            'ownerActive', o."status" = 'active') ORDER BY m."createdAt")
        FROM "StoreMember" m
        JOIN "Store" st ON st."id" = m."storeId"
        JOIN "User" o ON o."id" = st."ownerId"
        WHERE m."userId" = u."id" AND m."status" = 'active'
      ), '[]'::json) AS "memberships",
      CASE WHEN a."id" IS NULL THEN NULL ELSE json_build_object('id', a."id", 'email', a."email",
        'role', a."role", 'active', a."active") END AS "admin"
    FROM "Session" s
    LEFT JOIN "User" u ON u."id" = s."userId" AND u."id" = ${claims.subject}::uuid
    LEFT JOIN "AdminUser" a ON a."id" = s."adminUserId" AND a."id" = ${claims.subject}::uuid
    WHERE s."id" = ${claims.sessionId}::uuid`;
  return row ?? null;
}
