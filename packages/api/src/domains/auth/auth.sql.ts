import { Prisma, unwatchedWrite } from '@bosonline/db';
import type { Realm } from '../../lib/tokens.ts';

// The auth domain's raw statements, in one place so sql-statements.test.ts runs each one
// (EXPLAIN) against the migrated template: a renamed column fails CI, not every signed-in request.

/**
 * The token's session with its account (the seller with active memberships, or the admin) when
 * `subject` is the session's, touching lastSeenAt (with the request's ip and user agent) when it
 * is older than `staleBefore` and the session is live; one statement, for why see session-check.ts.
 * The touch is an `unwatchedWrite`: it changes nothing a kept check answers (session-cache.ts), and
 * telling the cache of it would forget every session once a minute per signed-in person.
 */
export function checkSessionSql(check: {
  sessionId: string;
  subject: string;
  realm: Realm;
  now: Date;
  staleBefore: Date;
  ip: string | null;
  userAgent: string | null;
}) {
  return Prisma.sql`${Prisma.raw(unwatchedWrite)}
    WITH "touch" AS (
      UPDATE "Session" SET "lastSeenAt" = ${check.now}, "ip" = ${check.ip}, "userAgent" = ${check.userAgent}
      WHERE "id" = ${check.sessionId}::uuid AND "lastSeenAt" < ${check.staleBefore}
        AND "endedAt" IS NULL AND "expiresAt" > ${check.now} AND "realm" = ${check.realm}::"AuthRealm")
    SELECT s."id", s."realm"::text AS "realm", s."userId"::text AS "userId",
      s."adminUserId"::text AS "adminUserId", s."expiresAt", s."endedAt",
      u."status"::text AS "userStatus", u."name" AS "userName", u."email" AS "userEmail",
      u."phone" AS "userPhone", u."createdAt" AS "userCreatedAt",
      COALESCE((
        SELECT json_agg(json_build_object('id', m."id", 'storeId', m."storeId", 'storeName', st."name",
            'role', m."role", 'ownerActive', o."status" = 'active') ORDER BY m."createdAt")
        FROM "StoreMember" m
        JOIN "Store" st ON st."id" = m."storeId"
        JOIN "User" o ON o."id" = st."ownerId"
        WHERE m."userId" = u."id" AND m."status" = 'active'
      ), '[]'::json) AS "memberships",
      CASE WHEN a."id" IS NULL THEN NULL ELSE json_build_object('id', a."id", 'email', a."email",
        'role', a."role", 'active', a."active") END AS "admin"
    FROM "Session" s
    LEFT JOIN "User" u ON u."id" = s."userId" AND u."id" = ${check.subject}::uuid
    LEFT JOIN "AdminUser" a ON a."id" = s."adminUserId" AND a."id" = ${check.subject}::uuid
    WHERE s."id" = ${check.sessionId}::uuid`;
}
