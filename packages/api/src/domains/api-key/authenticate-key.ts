import { type ApiKeyScope, can } from '@bosonline/contracts';
import type { Context } from '../../context.ts';
import { unauthorized } from '../../lib/errors.ts';
import type { Authenticated } from '../auth/authenticated.ts';
import { hashApiKey } from './hash.ts';

// lastUsedAt is shown in the keys list, not an audit log: write it at most once a minute.
const touchEveryMs = 60_000;

/**
 * A store API key as the bearer: it acts in its store as the owner who made it, narrowed to its
 * scopes (checked per procedure in trpc.ts). Counted per key against `apiKeyPerKey`; a revoked
 * key, or one whose maker may no longer manage keys (`apiKey.manage`: no longer the owner), is a 401.
 */
export async function authenticateApiKey(
  ctx: Context,
  key: string,
): Promise<Extract<Authenticated, { realm: 'seller' }>> {
  const row = await ctx.db.storeApiKey.findUnique({ where: { hash: hashApiKey(key) } });
  if (!row || row.revokedAt) throw unauthorized('API key is invalid or has been revoked');
  await ctx.rateLimits.consume('apiKeyPerKey', row.id, 'This API key made too many requests');
  const member = await ctx.db.storeMember.findFirst({
    where: {
      storeId: row.storeId,
      userId: row.createdByUserId,
      status: 'active',
      user: { status: 'active' },
    },
    select: { id: true, role: true },
  });
  if (!member || !can(member.role, 'apiKey.manage')) {
    throw unauthorized('API key is no longer valid for this store');
  }
  const now = ctx.clock.now();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > touchEveryMs) {
    await ctx.db.storeApiKey.updateMany({
      where: { id: row.id, lastUsedAt: row.lastUsedAt },
      data: { lastUsedAt: now },
    });
  }
  return {
    realm: 'seller',
    // No session stands behind a key; its id takes that place (session procedures refuse keys).
    actor: { userId: row.createdByUserId, sessionId: row.id },
    tenant: { storeId: row.storeId, role: member.role, memberId: member.id },
    apiKey: { id: row.id, scopes: row.scopes as ApiKeyScope[] },
  };
}
