import { normalizePhone } from '@bosonline/contracts';
import type { Context } from '../../context.ts';

// Password guessing, counted the way OWASP's authentication guidance suggests: failures on one
// account from one address shut that address out of that account; failures from everywhere only
// slow the account down, so an attacker cannot lock the real owner out from their own phone.

type GuardCtx = Pick<Context, 'rateLimits' | 'req'>;
type Realm = 'seller' | 'admin';

const resetHint: Record<Realm, string | undefined> = {
  seller: 'Forgot the password? Reset it with a code sent over WhatsApp (POST /auth/forgot-password).',
  admin: undefined,
};

/** One counter per account whatever its spelling: `Demo@X.id`, `08…`, `628…` and `+628…` are one key. */
export function accountKey(realm: Realm, login: string): string {
  const value = login.trim().toLowerCase();
  if (value.includes('@')) return `${realm}:email:${value}`;
  const phone = normalizePhone(value);
  return `${realm}:${phone ? `phone:${phone}` : `login:${value}`}`;
}

const ipAccountKey = (ctx: GuardCtx, key: string) => `${ctx.req.ip ?? 'unknown'}|${key}`;

/** Before the password is checked: 429 when this address (or, slowed down, anyone) must wait. */
export async function beforeLoginAttempt(ctx: GuardCtx, realm: Realm, key: string): Promise<void> {
  const hint = resetHint[realm];
  await ctx.rateLimits.consume('loginPerIp', ctx.req.ip ?? 'unknown', hint);
  await ctx.rateLimits.assertAvailable('loginFailuresPerIpAccount', ipAccountKey(ctx, key), hint);
  if (await ctx.rateLimits.exhausted('loginFailuresPerAccount', key)) {
    await ctx.rateLimits.consume('loginSlowedPerAccount', key, hint);
  }
}

export async function afterLoginFailure(ctx: GuardCtx, key: string): Promise<void> {
  await ctx.rateLimits.penalize('loginFailuresPerIpAccount', ipAccountKey(ctx, key));
  await ctx.rateLimits.penalize('loginFailuresPerAccount', key);
}

/**
 * A success clears this address's failures; the account-wide count runs out on its own. Nor does
 * it count against the address: a shop's CS behind one connection (or every seller behind a
 * proxy whose TRUST_PROXY is unset) log in all day, while credential stuffing is mostly failures.
 */
export async function afterLoginSuccess(ctx: GuardCtx, key: string): Promise<void> {
  await ctx.rateLimits.reset('loginFailuresPerIpAccount', ipAccountKey(ctx, key));
  await ctx.rateLimits.refund('loginPerIp', ctx.req.ip ?? 'unknown');
}

/** A new password ends the slow-down of every spelling of the account. */
export async function afterPasswordReset(ctx: GuardCtx, realm: Realm, logins: Array<string | null>) {
  for (const login of logins) {
    if (!login) continue;
    const key = accountKey(realm, login);
    await ctx.rateLimits.reset('loginFailuresPerAccount', key);
    await ctx.rateLimits.reset('loginSlowedPerAccount', key);
  }
}
