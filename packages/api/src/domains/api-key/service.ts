import type { ApiKeyView, apiKeyCreateInput } from '@bosonline/contracts';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';
import { newApiKey } from './hash.ts';

type KeyCtx = Pick<SellerContext, 'db' | 'tenant' | 'actor' | 'clock'>;

function view(row: {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}

/** A new key for the store; the answer is the only place the whole key ever appears. */
export async function createApiKey(ctx: KeyCtx, input: z.output<typeof apiKeyCreateInput>) {
  const { key, prefix, hash } = newApiKey();
  const row = await ctx.db.storeApiKey.create({
    data: {
      storeId: ctx.tenant.storeId,
      name: input.name,
      prefix,
      hash,
      scopes: input.scopes,
      createdByUserId: ctx.actor.userId,
    },
  });
  return { ...view(row), key };
}

/** The store's keys, newest first, revoked ones included (marked) so their use can be traced. */
export async function listApiKeys(ctx: Pick<KeyCtx, 'db' | 'tenant'>) {
  const rows = await ctx.db.storeApiKey.findMany({
    where: { storeId: ctx.tenant.storeId },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
  });
  return rows.map(view);
}

/** Revoking is immediate (every request checks the key) and final; revoking twice is harmless. */
export async function revokeApiKey(ctx: KeyCtx, id: string) {
  const row = await ctx.db.storeApiKey.findFirst({ where: { id, storeId: ctx.tenant.storeId } });
  if (!row) throw notFound('API key');
  if (row.revokedAt) return view(row);
  const updated = await ctx.db.storeApiKey.update({
    where: { id: row.id },
    data: { revokedAt: ctx.clock.now() },
  });
  return view(updated);
}
