import {
  type StoreView,
  socialMediaSchema,
  type storeUpdateInput,
  subdomainHostname,
} from '@bosonline/contracts';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';

/** The tenant's store as the API shows it, with the hostname buyers are sent to. */
export async function get(ctx: SellerContext): Promise<StoreView> {
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

export async function update(ctx: SellerContext, input: z.output<typeof storeUpdateInput>) {
  await ctx.db.store.update({ where: { id: ctx.tenant.storeId }, data: input });
  return get(ctx);
}
