import { courierCodes } from '@bosonline/contracts';
import type { Context } from '../../context.ts';
import { type CourierInfo, ShippingUnavailableError } from '../../ports/index.ts';
import { cacheKeys, cacheTtl } from '../cache/keys.ts';
import { readThrough } from '../cache/read-through.ts';

type CourierCode = (typeof courierCodes)[number];
const known = new Set<string>(courierCodes);

type CatalogCtx = Pick<Context, 'ports'> & Partial<Pick<Context, 'logger'>>;

/**
 * The provider's couriers and services, through the cache: every buyer's page names couriers, and
 * the provider's list changes on its own schedule (no write of ours), so it simply expires. An
 * outage with nothing cached propagates (503 in the one middleware).
 */
export function providerCouriers(ctx: CatalogCtx): Promise<CourierInfo[]> {
  return readThrough(ctx, cacheKeys.courierCatalog, cacheTtl.courierCatalog, () =>
    ctx.ports.shipping.couriers(),
  );
}

/** The provider's couriers a form can offer (those our forms know), for the seller's form builder. */
export async function courierCatalog(ctx: CatalogCtx) {
  const catalog = await providerCouriers(ctx);
  return catalog.flatMap((courier) => {
    const code = courier.code.toLowerCase();
    return known.has(code) ? [{ ...courier, code: code as CourierCode }] : [];
  });
}

/** The provider's couriers, or null while it is down and none are cached (pages that can do with codes). */
export async function courierCatalogOrNull(ctx: CatalogCtx): Promise<CourierInfo[] | null> {
  try {
    return await providerCouriers(ctx);
  } catch (error) {
    if (error instanceof ShippingUnavailableError) return null;
    throw error;
  }
}
