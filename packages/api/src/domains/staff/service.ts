import type {
  MemberStatus,
  StaffView,
  StoreRole,
  staffCreateInput,
  staffListInput,
  staffUpdateInput,
} from '@bosonline/contracts';
import type { Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { Context, SellerContext } from '../../context.ts';
import { conflict, forbidden, invalidField, notFound } from '../../lib/errors.ts';
import { pageArgs, toPage } from '../../lib/pagination.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { inviterLookup } from './inviters.ts';
import { roleLabels } from './role-labels.ts';

export { pickWeighted } from './rotation.ts';

const withUser = {
  user: { select: { id: true, name: true, email: true, phone: true } },
} satisfies Prisma.StoreMemberInclude;
type Row = Prisma.StoreMemberGetPayload<{ include: typeof withUser }>;

async function views(ctx: SellerContext, rows: Row[]): Promise<StaffView[]> {
  const inviterOf = await inviterLookup(ctx.db, rows);
  return rows.map((row) => ({
    id: row.id,
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    phone: row.user.phone,
    role: row.role,
    status: row.status,
    weight: row.weight,
    createdAt: row.createdAt,
    invitedBy: inviterOf(row.invitedById),
  }));
}

async function viewOf(ctx: SellerContext, row: Row): Promise<StaffView> {
  const [view] = await views(ctx, [row]);
  if (!view) throw new Error('staff view missing');
  return view;
}

/** Name and email by substring; phone also when typed as 08… (stored as 62…). */
export function matchUser(q: string): Prisma.UserWhereInput {
  const or: Prisma.UserWhereInput[] = [
    { name: { contains: q, mode: 'insensitive' } },
    { email: { contains: q, mode: 'insensitive' } },
  ];
  const digits = q.replace(/[\s\-+().]/g, '');
  if (/^\d+$/.test(digits)) {
    or.push({ phone: { contains: digits } });
    if (digits.startsWith('0')) or.push({ phone: { contains: `62${digits.slice(1)}` } });
  }
  return { OR: or };
}

export async function list(ctx: SellerContext, input: z.output<typeof staffListInput>) {
  const { status, role, q, ...page } = input;
  const rows = await ctx.db.storeMember.findMany({
    where: { storeId: ctx.tenant.storeId, status, role, ...(q ? { user: matchUser(q) } : {}) },
    include: withUser,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    ...pageArgs(page),
  });
  const result = toPage(rows, page, (row) => row);
  return { items: await views(ctx, result.items), nextCursor: result.nextCursor };
}

async function owned(ctx: SellerContext, id: string): Promise<Row> {
  const row = await ctx.db.storeMember.findFirst({
    where: { id, storeId: ctx.tenant.storeId },
    include: withUser,
  });
  if (!row) throw notFound('Staff member');
  return row;
}

/** Admins run the CS team; only the owner decides who else holds admin rights. */
function assertMayGrant(ctx: SellerContext, role: StoreRole) {
  if (role !== 'cs' && ctx.tenant.role !== 'owner') {
    throw forbidden('Only the store owner can add, change or remove admins');
  }
}

function assertMayManage(ctx: SellerContext, target: { id: string; role: StoreRole }) {
  if (target.role === 'owner') {
    throw forbidden("The store owner's membership cannot be changed, deactivated or removed");
  }
  if (target.id === ctx.tenant.memberId) {
    throw forbidden('You cannot change your own membership; ask the store owner');
  }
  assertMayGrant(ctx, target.role);
}

/**
 * The account an email + phone pair names, if any. A pair that is not one account's is a conflict,
 * with one answer whichever half is taken: saying which would tell any store whose phone number
 * goes with whose email.
 */
async function existingAccount(ctx: SellerContext, email: string, phone: string) {
  const select = { id: true, phone: true, email: true, status: true, deletedAt: true } as const;
  const [byEmail, byPhone] = await Promise.all([
    ctx.db.user.findUnique({ where: { email }, select }),
    ctx.db.user.findUnique({ where: { phone }, select }),
  ]);
  if (!byEmail && !byPhone) return null;
  if (!byEmail || !byPhone || byEmail.id !== byPhone.id) {
    throw conflict(
      "This email and phone number are not one bosOnline account's: use the email and phone the person's account uses, or new ones to create an account",
      'email',
    );
  }
  const user = byEmail;
  if (user.status !== 'active' || user.deletedAt) {
    throw conflict('This account is not active and cannot be added to a store', 'email');
  }
  return user;
}

/** Best effort: the membership exists whatever the provider does, and the answer says whether it went. */
async function sendInvitation(ctx: SellerContext, member: Row, accountCreated: boolean): Promise<boolean> {
  const store = await ctx.db.store.findUnique({ where: { id: ctx.tenant.storeId }, select: { name: true } });
  const storeName = store?.name ?? 'bosOnline';
  const role = roleLabels[member.role];
  // An existing account joins only when its owner says yes (profile.acceptInvitation).
  const next = accountCreated
    ? `Masuk dengan email ini dan kata sandi yang dibuat oleh pengundang Anda (${member.user.email}).`
    : `Masuk ke dashboard bosOnline dengan akun Anda yang sudah ada (${member.user.email}), lalu terima atau tolak undangan ini di Beranda.`;
  try {
    await ctx.ports.messaging.send({
      to: member.user.phone,
      template: 'staff_invitation',
      language: 'id',
      params: [member.user.name, storeName, role, member.user.email],
      text: `Halo ${member.user.name}, Anda diundang oleh toko ${storeName} sebagai ${role} di bosOnline. ${next}`,
    });
    return true;
  } catch (error) {
    ctx.logger.warn({ err: error, memberId: member.id }, 'staff invitation not sent');
    return false;
  }
}

const alreadyMember: Record<Row['status'], string> = {
  active: 'This person is already a member of this store',
  inactive: 'This person is already a member of this store (inactive); activate them instead',
  invited: 'This person has already been invited to this store and has not answered yet',
};

const waitingForThem =
  'This person has been invited and has not accepted yet; we are waiting for them to accept (remove the invitation to cancel it)';

export async function create(
  ctx: SellerContext & Pick<Context, 'rateLimits'>,
  input: z.output<typeof staffCreateInput>,
) {
  assertMayGrant(ctx, input.role);
  const storeId = ctx.tenant.storeId;
  await ctx.rateLimits.consume('staffInvitePerStore', storeId);
  const membership = { storeId, role: input.role, weight: input.weight, invitedById: ctx.actor.userId };
  const existing = await existingAccount(ctx, input.email, input.phone);
  let row: Row;
  if (existing) {
    // The person keeps their own name and password; nothing of their account is changed.
    const member = await ctx.db.storeMember.findUnique({
      where: { storeId_userId: { storeId, userId: existing.id } },
      select: { status: true },
    });
    if (member) throw conflict(alreadyMember[member.status], 'email');
    await ctx.rateLimits.consume('staffInvitePerAccount', existing.id);
    // Someone else's account: they are invited, and get no access until they accept.
    row = await ctx.db.storeMember.create({
      data: { ...membership, userId: existing.id, status: 'invited' },
      include: withUser,
    });
  } else {
    if (!input.password) {
      throw invalidField('password', 'Password is required to create an account for a new staff member');
    }
    const passwordHash = await hashPassword(input.password);
    row = await ctx.db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, phone: input.phone, passwordHash },
      });
      return tx.storeMember.create({ data: { ...membership, userId: user.id }, include: withUser });
    });
  }
  const accountCreated = !existing;
  const invitationSent = await sendInvitation(ctx, row, accountCreated);
  return { ...(await viewOf(ctx, row)), accountCreated, invitationSent };
}

export async function update(ctx: SellerContext, input: z.output<typeof staffUpdateInput>) {
  const target = await owned(ctx, input.id);
  assertMayManage(ctx, target);
  if (input.role) assertMayGrant(ctx, input.role);
  const row = await ctx.db.storeMember.update({
    where: { id: target.id },
    data: { role: input.role, weight: input.weight },
    include: withUser,
  });
  return viewOf(ctx, row);
}

/**
 * The store turns members on and off; an invitation is not theirs to turn on (only the invited
 * person accepts) and not a switch either way: removing it (staff.delete) cancels it. Turning it
 * off instead would leave an inactive membership the store could later activate without consent.
 */
export async function setStatus(ctx: SellerContext, id: string, status: MemberStatus) {
  const target = await owned(ctx, id);
  assertMayManage(ctx, target);
  if (target.status === 'invited') throw conflict(waitingForThem);
  // The status filter repeats the check in SQL: an invitation is never turned on by the store.
  const { count } = await ctx.db.storeMember.updateMany({
    where: { id, status: { not: 'invited' } },
    data: { status },
  });
  if (count === 0) throw conflict(waitingForThem);
  return viewOf(ctx, await owned(ctx, id));
}

/** All or nothing: every id is checked (an invitation among them is a conflict) before any row changes. */
export async function setStatusMany(ctx: SellerContext, ids: string[], status: MemberStatus) {
  const unique = [...new Set(ids)];
  const storeId = ctx.tenant.storeId;
  const targets = await ctx.db.storeMember.findMany({
    where: { id: { in: unique }, storeId },
    select: { id: true, role: true, status: true },
  });
  if (targets.length !== unique.length) throw notFound('Staff member');
  for (const target of targets) assertMayManage(ctx, target);
  if (targets.some((t) => t.status === 'invited')) throw conflict(waitingForThem);
  // The role filter repeats the check in SQL, so a concurrent promotion to admin is not overridden.
  const roles: StoreRole[] = ctx.tenant.role === 'owner' ? ['admin', 'cs'] : ['cs'];
  const result = await ctx.db.storeMember.updateMany({
    where: { id: { in: unique }, storeId, role: { in: roles }, status: { not: 'invited' } },
    data: { status },
  });
  return { updated: result.count };
}

/** Removes the membership only: the person's account (and any other stores of theirs) stays. */
export async function remove(ctx: SellerContext, id: string) {
  const target = await owned(ctx, id);
  assertMayManage(ctx, target);
  await ctx.db.storeMember.delete({ where: { id } });
}
