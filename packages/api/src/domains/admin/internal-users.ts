import type {
  internalUserActiveInput,
  internalUserCreateInput,
  internalUserListInput,
  internalUserUpdateInput,
} from '@bosonline/contracts';
import type { AdminUser, Db } from '@bosonline/db';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import type { Auditor } from '../../lib/audit.ts';
import { conflict, notFound } from '../../lib/errors.ts';
import { pageArgs, toPage } from '../../lib/pagination.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { endSessions } from '../auth/sessions.ts';
import type { Tx } from '../inventory/ledger.ts';
import { lockActiveSuperadminsSql } from './admin.sql.ts';

// AdminBosOnline › auth: the platform's internal users. The one rule beyond the permission table:
// the platform always keeps an active superadmin, so no write may deactivate, delete or demote the
// last one (409).

type ReadCtx = Pick<Context, 'db'>;
type WriteCtx = Pick<Context, 'db' | 'clock'> & { audit: Auditor };

/** What staff see of an internal user (and what the audit log keeps): never the hash. */
function view(row: AdminUser) {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    active: row.active,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function list(ctx: ReadCtx, input: z.output<typeof internalUserListInput>) {
  const q = input.q;
  const rows = await ctx.db.adminUser.findMany({
    where: {
      role: input.role,
      active: input.active,
      ...(q
        ? {
            OR: [
              { name: { contains: q, mode: 'insensitive' } },
              { email: { contains: q, mode: 'insensitive' } },
            ],
          }
        : {}),
    },
    orderBy: { id: 'asc' },
    ...pageArgs(input),
  });
  return toPage(rows, input, view);
}

export async function detail(ctx: ReadCtx, id: string) {
  const row = await ctx.db.adminUser.findUnique({ where: { id } });
  if (!row) throw notFound('Internal user');
  return view(row);
}

async function assertEmailFree(db: Pick<Db, 'adminUser'>, email: string, exceptId?: string) {
  const taken = await db.adminUser.findUnique({ where: { email }, select: { id: true } });
  if (taken && taken.id !== exceptId) throw conflict('This email is already in use', 'email');
}

/**
 * Locks the active superadmins' rows for the rest of the transaction, so two requests that each
 * remove "another" superadmin cannot together remove the last two.
 */
async function lockSuperadmins(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>(lockActiveSuperadminsSql());
  return rows.map((r) => r.id);
}

/** 409 when `row` is the last active superadmin and the write would take that away. */
async function guardLastSuperadmin(tx: Tx, row: AdminUser, stillSuperadmin: boolean) {
  if (row.role !== 'superadmin' || !row.active || stillSuperadmin) return;
  const superadmins = await lockSuperadmins(tx);
  if (superadmins.every((id) => id === row.id)) {
    throw conflict('This is the last active superadmin; make another superadmin first');
  }
}

async function loadForWrite(tx: Tx, id: string): Promise<AdminUser> {
  const row = await tx.adminUser.findUnique({ where: { id } });
  if (!row) throw notFound('Internal user');
  return row;
}

export async function create(ctx: WriteCtx, input: z.output<typeof internalUserCreateInput>) {
  await assertEmailFree(ctx.db, input.email);
  const passwordHash = await hashPassword(input.password);
  return ctx.db.$transaction(async (tx) => {
    const row = await tx.adminUser.create({
      data: { name: input.name, email: input.email, role: input.role, passwordHash },
    });
    await ctx.audit.record(tx, { targetType: 'adminUser', targetId: row.id, after: view(row) });
    return view(row);
  });
}

export async function update(ctx: WriteCtx, input: z.output<typeof internalUserUpdateInput>) {
  if (input.email) await assertEmailFree(ctx.db, input.email, input.id);
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return ctx.db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, input.id);
    await guardLastSuperadmin(tx, before, (input.role ?? before.role) === 'superadmin');
    const row = await tx.adminUser.update({
      where: { id: input.id },
      data: { name: input.name, email: input.email, role: input.role, passwordHash },
    });
    // A new password ends every login made with the old one.
    if (passwordHash) await endSessions(tx, { adminUserId: row.id }, 'password_changed', ctx.clock.now());
    await ctx.audit.record(tx, {
      targetType: 'adminUser',
      targetId: row.id,
      before: view(before),
      after: { ...view(row), ...(passwordHash ? { passwordChanged: true } : {}) },
    });
    return view(row);
  });
}

/** Deactivating ends the user's sessions at once (their next request is a 401). */
export async function setActive(ctx: WriteCtx, input: z.output<typeof internalUserActiveInput>) {
  return ctx.db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, input.id);
    if (!input.active) await guardLastSuperadmin(tx, before, false);
    const row = await tx.adminUser.update({ where: { id: input.id }, data: { active: input.active } });
    if (!input.active) await endSessions(tx, { adminUserId: row.id }, 'suspended', ctx.clock.now());
    await ctx.audit.record(tx, {
      targetType: 'adminUser',
      targetId: row.id,
      before: view(before),
      after: view(row),
    });
    return view(row);
  });
}

export async function remove(ctx: WriteCtx, id: string) {
  await ctx.db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, id);
    await guardLastSuperadmin(tx, before, false);
    await endSessions(tx, { adminUserId: id }, 'account_deleted', ctx.clock.now());
    await tx.adminUser.delete({ where: { id } });
    await ctx.audit.record(tx, { targetType: 'adminUser', targetId: id, before: view(before) });
  });
}
