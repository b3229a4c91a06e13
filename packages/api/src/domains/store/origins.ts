import { subdomainHostname } from '@bosonline/contracts';
import type { Context } from '../../context.ts';
import { cacheKeys, cacheTtl } from '../cache/keys.ts';
import { readThrough } from '../cache/read-through.ts';

/**
 * Who may frame a store's hosted page besides this server: its subdomain and its verified custom
 * domains, where a seller may put the page in an iframe. Everyone else is refused (clickjacking).
 * Cached with the store's other public reads; subdomain and domain writes forget it.
 */
export function frameOrigins(
  ctx: Pick<Context, 'db' | 'ports'> & Partial<Pick<Context, 'logger'>>,
  storeId: string,
): Promise<string[]> {
  return readThrough(ctx, cacheKeys.storeOrigins(storeId), cacheTtl.storeFacts, async () => {
    const store = await ctx.db.store.findUnique({
      where: { id: storeId },
      select: { slug: true, domains: { where: { status: 'verified' }, select: { hostname: true } } },
    });
    if (!store) return [];
    const { slug, domains } = store;
    const hostnames = [...(slug ? [subdomainHostname(slug)] : []), ...domains.map((d) => d.hostname)];
    // Validated when added; checked again because a stray space or ';' would rewrite the policy.
    return hostnames.filter((h) => /^[a-z0-9.-]+$/i.test(h)).map((h) => `https://${h}`);
  });
}
