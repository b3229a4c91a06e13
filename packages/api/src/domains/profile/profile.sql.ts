import { Prisma } from '@bosonline/db';

// The profile domain's raw statements, in one place so sql-statements.test.ts runs each one
// (EXPLAIN) against the migrated template: a renamed column fails CI, not every app start.

/** The user and the stores they are an active member of (with their role), oldest membership first. */
export function userWithStoresSql(userId: string) {
  return Prisma.sql`
    SELECT u."id", u."name", u."email", u."phone", u."createdAt",
      COALESCE((
        SELECT json_agg(json_build_object('id', st."id", 'name', st."name", 'role', m."role")
          ORDER BY m."createdAt")
        FROM "StoreMember" m JOIN "Store" st ON st."id" = m."storeId"
        WHERE m."userId" = u."id" AND m."status" = 'active'
      ), '[]'::json) AS "stores"
    FROM "User" u WHERE u."id" = ${userId}::uuid`;
}
