import { courierCodes } from '@bosonline/contracts';
import type { Context } from '../../context.ts';

type CourierCode = (typeof courierCodes)[number];
const known = new Set<string>(courierCodes);

/**
 * The provider's couriers a form can offer (those our forms know), with their services, for the
 * seller's form builder. A provider outage propagates (503 in the one middleware).
 */
export async function courierCatalog(ctx: Pick<Context, 'ports'>) {
  const catalog = await ctx.ports.shipping.couriers();
  return catalog.flatMap((courier) => {
    const code = courier.code.toLowerCase();
    return known.has(code) ? [{ ...courier, code: code as CourierCode }] : [];
  });
}
