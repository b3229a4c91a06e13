import type {
  changePasswordInput,
  deleteAccountInput,
  Invitation,
  Me,
  updateProfileInput,
} from '@bosonline/contracts';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';
import { hashPassword } from '../../lib/passwords.ts';
import type { Account } from '../auth/authenticated.ts';
import { assertIdentityFree, assertPassword } from '../auth/identity.ts';
import { endSessions } from '../auth/sessions.ts';
import { notify } from '../notification/notify.ts';
import { inviterLookup } from '../staff/inviters.ts';
import { roleLabels } from '../staff/role-labels.ts';
import { userWithStoresSql } from './profile.sql.ts';

type ProfileCtx = Pick<Context, 'db' | 'clock'> & {
  actor: { userId: string; sessionId: string };
  tenant?: { storeId: string } | null;
  /** The person as this request's session check read them (authenticate.ts); null for an API key. */
  account?: Account | null;
};

/** Who is calling: answered from the request's own session check when it read the account. */
export async function me(ctx: ProfileCtx): Promise<Me> {
  return meOf(ctx.account ?? (await readAccount(ctx)), ctx.tenant);
}

/** The account as stored now (after an edit, the session check's copy is the old one). */
async function readAccount(ctx: ProfileCtx): Promise<Account> {
  const [user] = await ctx.db.$queryRaw<Account[]>(userWithStoresSql(ctx.actor.userId));
  if (!user) throw notFound('User');
  return user;
}

function meOf(user: Account, tenant: ProfileCtx['tenant']): Me {
  const { stores } = user;
  const current = tenant ? stores.find((s) => s.id === tenant.storeId) : undefined;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    phone: user.phone,
    createdAt: user.createdAt,
    store: current ?? stores.find((s) => s.role === 'owner') ?? stores[0] ?? null,
    stores,
  };
}

export async function update(ctx: ProfileCtx, input: z.output<typeof updateProfileInput>): Promise<Me> {
  const { userId } = ctx.actor;
  await assertIdentityFree(ctx.db, input, userId);
  await ctx.db.user.update({ where: { id: userId }, data: input });
  return meOf(await readAccount(ctx), ctx.tenant);
}

/** Stores that added this person and wait for their answer, newest first. */
export async function invitations(ctx: ProfileCtx): Promise<Invitation[]> {
  const rows = await ctx.db.storeMember.findMany({
    where: { userId: ctx.actor.userId, status: 'invited' },
    select: {
      id: true,
      role: true,
      createdAt: true,
      invitedById: true,
      store: { select: { id: true, name: true } },
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
  });
  const inviterOf = await inviterLookup(ctx.db, rows);
  return rows.map(({ invitedById, ...row }) => ({ ...row, invitedBy: inviterOf(invitedById) }));
}

/** Only the invited person answers, and only a pending invitation: anything else is not found. */
const pendingOf = (ctx: ProfileCtx, id: string) =>
  ({ id, userId: ctx.actor.userId, status: 'invited' }) as const;

/** Joins the store: from now on the session check lists it, like any active membership. */
export async function acceptInvitation(ctx: ProfileCtx, id: string): Promise<void> {
  await answerInvitation(ctx, id, true);
}

/** Says no: the membership goes, and the store may invite again later. */
export async function declineInvitation(ctx: ProfileCtx, id: string): Promise<void> {
  await answerInvitation(ctx, id, false);
}

/** The answer, and the inviting store told of it (its bell), in one transaction. */
async function answerInvitation(ctx: ProfileCtx, id: string, accepted: boolean): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    const invitation = await tx.storeMember.findFirst({
      where: pendingOf(ctx, id),
      select: { storeId: true, role: true, user: { select: { name: true } } },
    });
    // Counted, not assumed: a second tab answering at the same moment finds nothing left.
    const { count } = accepted
      ? await tx.storeMember.updateMany({ where: pendingOf(ctx, id), data: { status: 'active' } })
      : await tx.storeMember.deleteMany({ where: pendingOf(ctx, id) });
    if (!invitation || count === 0) throw notFound('Invitation');
    const who = `${invitation.user.name} (${roleLabels[invitation.role]})`;
    await notify(tx, invitation.storeId, {
      type: accepted ? 'staff.invitation_accepted' : 'staff.invitation_declined',
      title: accepted ? 'Undangan tim diterima' : 'Undangan tim ditolak',
      body: accepted
        ? `${who} sudah bergabung dengan toko.`
        : `${who} menolak undangan bergabung dengan toko.`,
      link: '/store/staff',
    });
  });
}

/** Changes the password and logs out every other device. */
export async function changePassword(
  ctx: ProfileCtx,
  input: z.output<typeof changePasswordInput>,
): Promise<number> {
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.actor.userId } });
  await assertPassword(user.passwordHash, input.currentPassword, 'currentPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const now = ctx.clock.now();
  return ctx.db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    return endSessions(tx, { userId: user.id, notId: ctx.actor.sessionId }, 'password_changed', now);
  });
}

/**
 * Soft-deletes the account: the row stays for the store's history, but its email and phone are
 * released (so they can register again), it can no longer log in, and every session ends.
 */
export async function deleteAccount(
  ctx: ProfileCtx,
  input: z.output<typeof deleteAccountInput>,
): Promise<void> {
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.actor.userId } });
  await assertPassword(user.passwordHash, input.password, 'password');
  const now = ctx.clock.now();
  await ctx.db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: {
        status: 'deleted',
        deletedAt: now,
        email: `deleted+${user.id}@deleted.bosonline.invalid`,
        phone: `deleted:${user.id}`,
      },
    });
    await tx.storeMember.updateMany({ where: { userId: user.id }, data: { status: 'inactive' } });
    await endSessions(tx, { userId: user.id }, 'account_deleted', now);
  });
}
