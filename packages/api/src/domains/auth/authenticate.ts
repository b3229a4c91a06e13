import { apiKeyPrefix } from '@bosonline/contracts';
import type { Context } from '../../context.ts';
import { unauthorized } from '../../lib/errors.ts';
import { verifyAccessToken } from '../../lib/tokens.ts';
import { authenticateApiKey } from '../api-key/authenticate-key.ts';
import type { Authenticated } from './authenticated.ts';
import { checkSession } from './session-check.ts';

/**
 * Resolves the bearer token to a live session. The session row is checked on every request so a
 * logout or revocation takes effect at once, not when the access token expires; session, account
 * and memberships come in one statement (session-check.ts). The caller checks the realm, so a
 * valid token of the wrong realm is a 403 rather than a 401.
 */
export async function authenticate(ctx: Context): Promise<Authenticated> {
  if (!ctx.req.bearer) throw unauthorized();
  if (ctx.req.bearer.startsWith(apiKeyPrefix)) return authenticateApiKey(ctx, ctx.req.bearer);
  const now = ctx.clock.now();
  const claims = await verifyAccessToken(ctx.tokens, ctx.req.bearer, now);
  if (!claims) throw unauthorized('Access token is invalid or expired');

  const session = await checkSession(ctx, claims, now);
  if (!session || session.endedAt || session.expiresAt <= now || session.realm !== claims.realm) {
    throw unauthorized('Session has ended; log in again');
  }

  if (claims.realm === 'admin') {
    const { admin } = session;
    if (!admin?.active) throw unauthorized('Account is not active');
    return {
      realm: 'admin',
      actor: { adminUserId: admin.id, sessionId: session.id },
      admin: { id: admin.id, email: admin.email, role: admin.role },
    };
  }

  const userId = session.userId;
  if (session.userStatus !== 'active' || !userId) throw unauthorized('Account is not active');
  const memberships = session.memberships;
  // X-Store-Id picks one of the user's stores; without it, their own store (else the oldest). A
  // store whose owner is suspended is closed to its staff too.
  const open = memberships.filter((m) => m.ownerActive);
  const wanted = ctx.req.storeId;
  const membership = wanted
    ? open.find((m) => m.storeId === wanted)
    : (open.find((m) => m.role === 'owner') ?? open[0]);
  const storeUnavailable = !membership && memberships.some((m) => !wanted || m.storeId === wanted);
  return {
    realm: 'seller',
    actor: { userId, sessionId: session.id },
    account: {
      id: userId,
      name: session.userName ?? '',
      email: session.userEmail ?? '',
      phone: session.userPhone ?? '',
      createdAt: session.userCreatedAt ?? now,
      stores: memberships.map((m) => ({ id: m.storeId, name: m.storeName, role: m.role })),
    },
    ...(storeUnavailable ? { storeUnavailable } : {}),
    tenant: membership
      ? { storeId: membership.storeId, role: membership.role, memberId: membership.id }
      : null,
  };
}
