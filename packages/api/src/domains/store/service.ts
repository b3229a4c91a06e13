import {
  type StoreView,
  socialMediaSchema,
  type storeUpdateInput,
  subdomainHostname,
} from '@bosonline/contracts';
import type { Store } from '@bosonline/db';
import type { z } from 'zod';
import type { StoreScope } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';
import type { Tx } from '../inventory/ledger.ts';

/** The tenant's store as the API shows it, with the hostname buyers are sent to. */
export async function get(ctx: StoreScope): Promise<StoreView> {
  const store = await ctx.db.store.findUnique({
    where: { id: ctx.tenant.storeId },
    include: { domains: { where: { isDefault: true, status: 'verified' }, take: 1 } },
  });
  if (!store) throw notFound('Store');
  const subdomain = store.slug ? subdomainHostname(store.slug) : null;
  // Rows were validated on the way in; a malformed one (hand-edited) shows as no links, not a 500.
  const socialMedia = socialMediaSchema.safeParse(store.socialMedia);
  return {
    id: store.id,
    name: store.name,
    description: store.description,
    logoUrl: store.logoUrl,
    csPhone: store.csPhone,
    socialMedia: socialMedia.success ? socialMedia.data : [],
    slug: store.slug,
    url: subdomain ? `https://${subdomain}` : null,
    defaultDomain: store.domains[0]?.hostname ?? subdomain,
    createdAt: store.createdAt,
  };
}

/**
 * "Update Store" (and the admin realm's "Update Detail Seller Store"). `record` runs in the same
 * transaction with the row before and after, for the admin realm's audit log.
 */
export async function update(
  ctx: StoreScope,
  input: z.output<typeof storeUpdateInput>,
  record?: (tx: Tx, before: Store, after: Store) => Promise<void>,
) {
  await ctx.db.$transaction(async (tx) => {
    const before = await tx.store.findUnique({ where: { id: ctx.tenant.storeId } });
    if (!before) throw notFound('Store');
    const after = await tx.store.update({ where: { id: ctx.tenant.storeId }, data: input });
    await record?.(tx, before, after);
  });
  return get(ctx);
}
