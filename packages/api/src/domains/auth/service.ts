import {
  type adminLoginInput,
  type forgotPasswordInput,
  type loginInput,
  normalizePhone,
  type refreshInput,
  type registerInput,
  type resetPasswordInput,
  type TokenPair,
} from '@bosonline/contracts';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import { serviceUnavailable, unauthorized } from '../../lib/errors.ts';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../../lib/passwords.ts';
import { hashToken, newOpaqueToken } from '../../lib/tokens.ts';
import { MessagingUnavailableError } from '../../ports/index.ts';
import { openStore } from '../store/open.ts';
import { assertIdentityFree } from './identity.ts';
import {
  accountKey,
  afterLoginFailure,
  afterLoginSuccess,
  afterPasswordReset,
  beforeLoginAttempt,
} from './login-guard.ts';
import { endSessions, startSession, tokenPair } from './sessions.ts';

type AuthCtx = Pick<Context, 'db' | 'clock' | 'tokens' | 'req' | 'rateLimits' | 'ports' | 'logger'>;

const resetTokenTtlMs = 30 * 60 * 1000;

/** Creates the seller, an empty store they own, and logs them in. */
export async function register(ctx: AuthCtx, input: z.output<typeof registerInput>): Promise<TokenPair> {
  await ctx.rateLimits.consume('registerPerIp', ctx.req.ip ?? 'unknown');
  await assertIdentityFree(ctx.db, input);
  const passwordHash = await hashPassword(input.password);
  const user = await ctx.db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: { name: input.name, email: input.email, phone: input.phone, passwordHash },
    });
    await openStore(tx, created.id, input.storeName ?? `Toko ${input.name}`);
    return created;
  });
  return startSession(ctx, 'seller', user.id);
}

/** Finds an active seller by email or phone, whichever the identifier looks like. */
async function findUserByLogin(ctx: Pick<Context, 'db'>, login: string) {
  const phone = normalizePhone(login);
  const where = login.includes('@') ? { email: login.trim().toLowerCase() } : phone ? { phone } : null;
  if (!where) return null;
  const user = await ctx.db.user.findUnique({ where });
  return user && user.status === 'active' ? user : null;
}

export async function login(ctx: AuthCtx, input: z.output<typeof loginInput>): Promise<TokenPair> {
  const key = accountKey('seller', input.login);
  await beforeLoginAttempt(ctx, 'seller', key);
  const user = await findUserByLogin(ctx, input.login);
  const ok = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await burnPasswordCheck(input.password);
  if (!user || !ok) {
    await afterLoginFailure(ctx, key);
    // One message for unknown account and wrong password: no account enumeration.
    throw unauthorized('Email/phone or password is incorrect');
  }
  await afterLoginSuccess(ctx, key);
  return startSession(ctx, 'seller', user.id);
}

export async function adminLogin(ctx: AuthCtx, input: z.output<typeof adminLoginInput>): Promise<TokenPair> {
  const key = accountKey('admin', input.email);
  await beforeLoginAttempt(ctx, 'admin', key);
  const admin = await ctx.db.adminUser.findUnique({ where: { email: input.email } });
  const ok = admin?.active
    ? await verifyPassword(admin.passwordHash, input.password)
    : await burnPasswordCheck(input.password);
  if (!admin?.active || !ok) {
    await afterLoginFailure(ctx, key);
    throw unauthorized('Email or password is incorrect');
  }
  await afterLoginSuccess(ctx, key);
  return startSession(ctx, 'admin', admin.id);
}

/**
 * Rotates a refresh token. A token is good exactly once; presenting a used one means it leaked
 * (or a client raced itself), so the whole session family is ended.
 */
export async function refresh(ctx: AuthCtx, input: z.output<typeof refreshInput>): Promise<TokenPair> {
  const now = ctx.clock.now();
  const stored = await ctx.db.refreshToken.findUnique({
    where: { tokenHash: hashToken(input.refreshToken) },
    include: { session: true },
  });
  const session = stored?.session;
  if (!stored || !session || session.endedAt || session.expiresAt <= now) {
    throw unauthorized('Refresh token is invalid or expired');
  }
  const subjectId = session.realm === 'seller' ? session.userId : session.adminUserId;
  if (!subjectId) throw unauthorized('Refresh token is invalid or expired');

  const next = newOpaqueToken();
  const rotated = await ctx.db.$transaction(async (tx) => {
    // Conditional update: of two concurrent uses of one token, only one can win.
    const used = await tx.refreshToken.updateMany({
      where: { id: stored.id, usedAt: null },
      data: { usedAt: now },
    });
    if (used.count === 0) return false;
    await tx.refreshToken.create({
      data: { sessionId: session.id, tokenHash: hashToken(next), createdAt: now },
    });
    await tx.session.update({
      where: { id: session.id },
      data: {
        lastSeenAt: now,
        ip: ctx.req.ip,
        userAgent: ctx.req.userAgent,
        expiresAt: new Date(now.getTime() + ctx.tokens.refreshTtlSeconds * 1000),
      },
    });
    return true;
  });
  if (!rotated) {
    await endSessions(ctx.db, { id: session.id }, 'refresh_reuse', now);
    ctx.logger.warn(
      { sessionId: session.id, requestId: ctx.req.requestId },
      'refresh token reuse: session revoked',
    );
    throw unauthorized('Refresh token was already used; the session has been revoked for safety');
  }
  return tokenPair(ctx, session.realm, subjectId, session.id, next);
}

export async function logout(ctx: Pick<Context, 'db' | 'clock'>, sessionId: string): Promise<void> {
  await endSessions(ctx.db, { id: sessionId }, 'logout', ctx.clock.now());
}

/**
 * Sends a one-time reset link over WhatsApp. Answers the same whether or not the account
 * exists, so the endpoint cannot be used to discover accounts.
 */
export async function forgotPassword(
  ctx: AuthCtx,
  input: z.output<typeof forgotPasswordInput>,
): Promise<void> {
  await ctx.rateLimits.consume('passwordResetPerAccount', accountKey('seller', input.login));
  const user = await findUserByLogin(ctx, input.login);
  if (!user) return;
  const now = ctx.clock.now();
  const token = newOpaqueToken();
  await ctx.db.passwordResetToken.create({
    data: {
      userId: user.id,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + resetTokenTtlMs),
    },
  });
  try {
    await ctx.ports.messaging.send({
      to: user.phone,
      template: 'password_reset',
      language: 'id',
      params: [user.name, token],
      text: `Halo ${user.name}, kode reset kata sandi bosOnline Anda: ${token} (berlaku 30 menit). Abaikan jika Anda tidak memintanya.`,
    });
  } catch (error) {
    if (error instanceof MessagingUnavailableError) {
      throw serviceUnavailable('Could not send the reset message right now; try again in a few minutes');
    }
    throw error;
  }
}

export async function resetPassword(ctx: AuthCtx, input: z.output<typeof resetPasswordInput>): Promise<void> {
  const now = ctx.clock.now();
  const stored = await ctx.db.passwordResetToken.findUnique({ where: { tokenHash: hashToken(input.token) } });
  if (!stored || stored.usedAt || stored.expiresAt <= now) {
    throw unauthorized('Reset token is invalid or expired');
  }
  const passwordHash = await hashPassword(input.password);
  const user = await ctx.db.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: stored.id, usedAt: null },
      data: { usedAt: now },
    });
    if (claimed.count === 0) throw unauthorized('Reset token is invalid or expired');
    const user = await tx.user.update({ where: { id: stored.userId }, data: { passwordHash } });
    await endSessions(tx, { userId: stored.userId }, 'password_changed', now);
    return user;
  });
  // The reset path is the way out of a slowed-down account.
  await afterPasswordReset(ctx, 'seller', [user.email, user.phone]);
}
