import { z } from 'zod';
import type { Permission } from './permissions.ts';

/**
 * Scopes of a store API key (a seller's own system calling us as `Bearer bos_sk_…`). A read scope
 * opens the queries of its routers; a write scope opens their mutations guarded by one of its
 * permissions (contracts/permissions.ts). Nothing else is reachable with a key: no sessions,
 * profile, staff, money settings or other keys.
 */
export const apiKeyScopes = ['orders:read', 'orders:write', 'catalog:read', 'catalog:write'] as const;
export type ApiKeyScope = (typeof apiKeyScopes)[number];

const orderRouters = ['order', 'followUp'];
const catalogRouters = ['product', 'form', 'voucher', 'warehouse'];

export const apiKeyScopeGrants: Record<
  ApiKeyScope,
  { access: 'read' | 'write'; routers: readonly string[]; permissions: readonly Permission[] }
> = {
  'orders:read': { access: 'read', routers: orderRouters, permissions: [] },
  'orders:write': {
    access: 'write',
    routers: orderRouters,
    permissions: ['order.edit', 'order.manage', 'order.followUp', 'order.create'],
  },
  'catalog:read': { access: 'read', routers: catalogRouters, permissions: [] },
  'catalog:write': {
    access: 'write',
    routers: catalogRouters,
    permissions: ['catalog.manage', 'inventory.manage', 'form.manage', 'voucher.manage', 'warehouse.manage'],
  },
};

/**
 * Whether a key with `scopes` may call a procedure: a query needs a read scope over its router, a
 * mutation a write scope over its router that grants the procedure's permission.
 */
export function apiKeyAllows(
  scopes: readonly string[],
  procedure: { path: string; type: 'query' | 'mutation' | 'subscription'; permission?: Permission },
): boolean {
  const routerName = procedure.path.split('.')[0] ?? '';
  return scopes.some((scope) => {
    const grant = apiKeyScopeGrants[scope as ApiKeyScope];
    if (!grant?.routers.includes(routerName)) return false;
    if (procedure.type === 'query') return grant.access === 'read';
    return (
      procedure.type === 'mutation' &&
      grant.access === 'write' &&
      !!procedure.permission &&
      grant.permissions.includes(procedure.permission)
    );
  });
}

/** Every key starts so, which is how the server tells a key from a login token. */
export const apiKeyPrefix = 'bos_sk_';

export const apiKeyCreateInput = z.object({
  name: z.string({ error: 'Name is required' }).trim().min(1, 'Name is required').max(80),
  scopes: z
    .array(z.enum(apiKeyScopes, { error: `Scope must be one of ${apiKeyScopes.join(', ')}` }))
    .min(1, 'Choose at least one scope')
    .transform((scopes) => [...new Set(scopes)]),
});

export const apiKeyOutput = z.object({
  id: z.string(),
  name: z.string(),
  /** The key's first characters, to tell keys apart; the key itself is never shown again. */
  prefix: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});
export type ApiKeyView = z.infer<typeof apiKeyOutput>;

/** The answer to creating a key: the only time the whole key is shown. */
export const apiKeyCreatedOutput = apiKeyOutput.extend({ key: z.string() });
