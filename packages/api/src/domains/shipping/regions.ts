import type { shippingRegionsOutput } from '@bosonline/contracts';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import type { ProviderRegion } from '../../ports/index.ts';
import { regionInclude, regionView } from '../region/service.ts';

type RegionsCtx = Pick<Context, 'db' | 'ports'>;

/**
 * Ours for a provider region: the alias that names its id (BosCOD ids and ours never overlap), or
 * else the one region whose name and district's name are the provider's.
 */
async function oursFor(ctx: RegionsCtx, region: ProviderRegion) {
  const alias = await ctx.db.regionAlias.findUnique({
    where: { id: region.id },
    select: { region: { include: regionInclude } },
  });
  if (alias) return regionView(alias.region);
  if (!region.district) return null;
  const byName = await ctx.db.region.findMany({
    where: {
      searchName: region.name.toLowerCase(),
      parent: { searchName: region.district.toLowerCase() },
    },
    include: regionInclude,
    take: 2,
  });
  return byName.length === 1 && byName[0] ? regionView(byName[0]) : null;
}

/** "Wilayah": the provider's region search, each hit with our region when we know which it is. */
export async function searchProviderRegions(
  ctx: RegionsCtx,
  q: string,
): Promise<z.infer<typeof shippingRegionsOutput>> {
  const found = await ctx.ports.shipping.searchRegions(q);
  return Promise.all(
    found.slice(0, 50).map(async (r) => ({
      boscodId: r.id,
      name: r.name,
      district: r.district,
      city: r.city,
      province: r.province,
      postalCode: r.postalCode,
      region: await oursFor(ctx, r),
    })),
  );
}
