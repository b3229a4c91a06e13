import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationsDir } from './paths.ts';
import { createPglite } from './pglite.ts';
import { migrationNames } from './schema-engine.ts';

// Before invitations, a store adding staff by the email of an existing account made that account
// an active member at once, without asking. The migration turns those memberships into
// invitations the person must accept, and leaves every other membership as it is: the owner's,
// an account the store created for its staff member, one accepted after invitations existed, one
// the store switched off.

const migration = '20261211200000_hole_memberships_invited';
const invitations = '20261209040000_member_invitations';

const day = 86_400_000;
/** When the invitations migration finished on this database: the old code ran before it. */
const cutoff = new Date('2026-12-09T04:00:00Z');
const at = (offset: number) => new Date(cutoff.getTime() + offset);

/**
 * The memberships of one store, by what happened to each, and their status after the migration;
 * `history: false` is a database whose migration history has no finished invitations migration.
 */
async function statusesAfter(history: boolean): Promise<Record<string, string | undefined>> {
  const db = createPglite();
  try {
    const sql = (name: string) => readFile(join(migrationsDir, name, 'migration.sql'), 'utf8');
    for (const name of (await migrationNames()).filter((n) => n < migration)) await db.exec(await sql(name));
    // The history table the schema engine keeps, with the columns the migration reads.
    await db.exec(`CREATE TABLE "_prisma_migrations" (
      "migration_name" text NOT NULL, "finished_at" timestamptz, "rolled_back_at" timestamptz)`);
    if (history)
      await db.query(`INSERT INTO "_prisma_migrations" VALUES ($1, $2, NULL)`, [invitations, cutoff]);

    let n = 0;
    const user = async (createdAt: Date) => {
      n += 1;
      const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
      await db.query(
        `INSERT INTO "User" ("id", "name", "email", "phone", "passwordHash", "createdAt", "updatedAt")
         VALUES ($1, $2, $3, $4, 'x', $5, $5)`,
        [id, `User ${n}`, `u${n}@example.com`, `08123000${String(n).padStart(4, '0')}`, createdAt],
      );
      return id;
    };
    const owner = await user(at(-60 * day));
    const storeId = '10000000-0000-4000-8000-000000000001';
    await db.query(
      `INSERT INTO "Store" ("id", "name", "ownerId", "createdAt", "updatedAt") VALUES ($1, 'Toko', $2, $3, $3)`,
      [storeId, owner, at(-60 * day)],
    );
    const member = async (
      name: string,
      userId: string,
      createdAt: Date,
      fields: { role?: string; status?: string; invitedBy?: string | null } = {},
    ) => {
      await db.query(
        `INSERT INTO "StoreMember" ("id", "storeId", "userId", "role", "status", "invitedById", "createdAt", "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, $3::"StoreRole", $4::"MemberStatus", $5, $6, $6)`,
        [
          storeId,
          userId,
          fields.role ?? 'cs',
          fields.status ?? 'active',
          fields.invitedBy === undefined ? owner : fields.invitedBy,
          createdAt,
        ],
      );
      return [name, userId] as const;
    };
    const cases = [
      await member('owner', owner, at(-60 * day), { role: 'owner', invitedBy: null }),
      // The old hole: an account a month old added as admin five days before invitations.
      await member('added existing admin', await user(at(-30 * day)), at(-5 * day), { role: 'admin' }),
      await member('added existing cs', await user(at(-30 * day)), at(-1000)),
      // The store made this account for its staff member (one transaction, milliseconds apart).
      await member('created account', await user(at(-10 * day)), at(-10 * day + 40)),
      await member('added existing, switched off', await user(at(-30 * day)), at(-5 * day), {
        status: 'inactive',
      }),
      // After invitations: asked, and accepted; or asked and not answered yet.
      await member('accepted invitation', await user(at(-30 * day)), at(day)),
      await member('pending invitation', await user(at(-30 * day)), at(day), { status: 'invited' }),
    ];

    await db.exec(await sql(migration));

    const rows = await db.query<{ userId: string; status: string }>(
      `SELECT "userId", "status"::text AS "status" FROM "StoreMember"`,
    );
    const statusOf = new Map(rows.rows.map((r) => [r.userId, r.status]));
    return Object.fromEntries(cases.map(([name, id]) => [name, statusOf.get(id)]));
  } finally {
    await db.close();
  }
}

const untouched = {
  owner: 'active',
  'created account': 'active',
  'added existing, switched off': 'inactive',
  'accepted invitation': 'active',
  'pending invitation': 'invited',
};

describe(`migration ${migration}`, () => {
  it('makes an account added without its consent an invitation, and nothing else', async () => {
    expect(await statusesAfter(true)).toEqual({
      ...untouched,
      'added existing admin': 'invited',
      'added existing cs': 'invited',
    });
  });

  it('changes nothing where the history does not say when invitations began', async () => {
    expect(await statusesAfter(false)).toEqual({
      ...untouched,
      'added existing admin': 'active',
      'added existing cs': 'active',
    });
  });
});
