import type { Context } from '../../context.ts';
import type { RateQuery, ShippingRate } from '../../ports/index.ts';
import { resolveRegion } from '../region/service.ts';
import { courierKey, isService, serviceKey } from './services.ts';

// Rate lookups for the checkout, the seller's order edits and the "Cek Ongkir" endpoint. A provider
// outage propagates as `ShippingUnavailableError` (a 503 at the API edge).

type RatesCtx = Pick<Context, 'ports'>;

/**
 * One courier's rates for a parcel, limited to `services` when given (a form's picks). The provider
 * prices one courier per request; what it answers for other couriers is dropped.
 */
export async function courierRates(
  ctx: RatesCtx,
  query: RateQuery & { courierCode: string },
  services?: readonly string[],
): Promise<ShippingRate[]> {
  const allowed = services && new Set(services.map(serviceKey));
  const rates = await ctx.ports.shipping.rates(query);
  return rates.filter(
    (r) =>
      courierKey(r.courierCode) === courierKey(query.courierCode) &&
      (!allowed || allowed.has(serviceKey(r.serviceCode))),
  );
}

/** The price of one courier service for a parcel, or undefined when it does not deliver there. */
export async function serviceRate(
  ctx: RatesCtx,
  query: RateQuery & { courierCode: string; serviceCode: string },
): Promise<ShippingRate | undefined> {
  const rates = await courierRates(ctx, query);
  return rates.find((r) => isService(r, query.courierCode, query.serviceCode));
}

/**
 * "Cek Ongkir": every courier's rates between two regions (ours or BosCOD's ids) for a weight;
 * an unknown region is a 400 naming the field.
 */
export async function checkRates(
  ctx: RatesCtx & Pick<Context, 'db'>,
  input: { originId: number; destinationId: number; weight: number; courierCode?: string },
): Promise<ShippingRate[]> {
  await Promise.all([
    resolveRegion(ctx.db, input.originId, 'origin_id'),
    resolveRegion(ctx.db, input.destinationId, 'destination_id'),
  ]);
  const rates = await ctx.ports.shipping.rates({
    originRegionId: input.originId,
    destinationRegionId: input.destinationId,
    weightGrams: input.weight,
    courierCode: input.courierCode,
  });
  return rates.sort((a, b) => a.price - b.price);
}
