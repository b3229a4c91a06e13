import type { Db } from '@bosonline/db';

/**
 * Who invited each membership, by name. invitedById has no relation in the schema (the inviter may
 * leave the store or delete their account), so names are looked up and a missing one is null.
 */
export async function inviterLookup(
  db: Pick<Db, 'user'>,
  rows: ReadonlyArray<{ invitedById: string | null }>,
): Promise<(invitedById: string | null) => { id: string; name: string } | null> {
  const ids = [...new Set(rows.flatMap((r) => (r.invitedById ? [r.invitedById] : [])))];
  const users = ids.length
    ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return (invitedById) => {
    const name = invitedById ? names.get(invitedById) : undefined;
    return invitedById && name ? { id: invitedById, name } : null;
  };
}
