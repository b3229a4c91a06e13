import type { EstimateRatesView, estimateRatesInput } from '@bosonline/contracts';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import { invalidField, notFound } from '../../lib/errors.ts';
import type { ShippingRate } from '../../ports/index.ts';
import type { PublishedForm } from '../form/published.ts';
import { assertAddressRegion } from '../region/service.ts';
import { providerCouriers } from '../shipping/catalog.ts';
import { courierRates } from '../shipping/rates.ts';
import { serviceKey } from '../shipping/services.ts';
import { loadForm } from './load-form.ts';
import { codFee, insuranceFee } from './pricing.ts';
import { publishedForm } from './public.ts';
import { shipFromOf } from './sender.ts';
import type { SellerChoice } from './summary.ts';

type ShippingCtx = Pick<Context, 'db' | 'ports'>;

/**
 * "Courier List" (`GET /order/{id}/courier`): the form's couriers and services that the provider
 * still offers, with its names and COD support. A service the provider dropped is left out.
 */
export async function couriers(ctx: ShippingCtx & Pick<Context, 'logger'>, formId: string) {
  const view = await loadForm(ctx, formId);
  const catalog = await providerCouriers(ctx);
  return view.couriers.flatMap((wanted) => {
    const courier = catalog.find((c) => c.code === wanted.code);
    const allowed = new Set(wanted.services.map(serviceKey));
    const services = courier?.services.filter((s) => allowed.has(serviceKey(s.code))) ?? [];
    if (!courier || services.length === 0) return [];
    return [{ code: courier.code, name: courier.name, cod: services.some((s) => s.cod), services }];
  });
}

/** The cart priced and weighed from the form's own items; a SKU not sold there is a 400 on its line. */
function cartOf(form: PublishedForm, items: Array<{ sku: string; qty: number }>) {
  const bySku = new Map(form.items.filter((item) => item.available).map((item) => [item.sku, item]));
  let weightGrams = 0;
  let goodsValue = 0;
  items.forEach((line, i) => {
    const item = bySku.get(line.sku);
    if (!item) throw invalidField(`items.${i}.sku`, `SKU ${line.sku} is not sold on this form`);
    weightGrams += item.weightGrams * line.qty;
    goodsValue += item.price * line.qty;
  });
  return { weightGrams, goodsValue };
}

/**
 * "Estimation Rates": what each of the form's courier services would cost this cart to the buyer's
 * district, cheapest first, with the COD fee and insurance fee the cart would pay on it (the same
 * arithmetic `createOrder` charges). With `cod`, only services that can collect cash are listed.
 * Priced from where the order would leave (`shipFromOf`): the store's default warehouse, or for a
 * seller placing a manual order (`seller`), the warehouse they named.
 */
export async function estimateRates(
  ctx: ShippingCtx,
  input: z.output<typeof estimateRatesInput>,
  seller?: SellerChoice,
): Promise<EstimateRatesView> {
  const form = await publishedForm(
    ctx,
    input.formId,
    input.items.map((line) => line.sku),
  );
  if (seller && form.storeId !== seller.storeId) throw notFound('Form');
  const { weightGrams, goodsValue } = cartOf(form, input.items);
  const destination = await assertAddressRegion(ctx.db, input.regionId, 'regionId');
  const { regionId: originRegionId } = await shipFromOf(
    ctx,
    form.storeId,
    seller?.warehouseName,
    undefined,
    'warehouseName',
  );

  // One query per offered courier, as the provider prices one courier per request.
  const quoted = await Promise.all(
    form.settings.couriers.map((courier) =>
      courierRates(
        ctx,
        { originRegionId, destinationRegionId: destination.id, weightGrams, courierCode: courier.code },
        courier.services,
      ),
    ),
  );

  const { settings } = form;
  const codOffered = settings.paymentMethods.includes('cod');
  const insurance = insuranceFee(settings.insurance, goodsValue);
  const view = (rate: ShippingRate) => {
    const cod = codOffered && rate.cod;
    return {
      courierCode: rate.courierCode,
      courierName: rate.courierName,
      serviceCode: rate.serviceCode,
      serviceName: rate.serviceName,
      price: rate.price,
      etd: rate.etd,
      cod,
      codFee: cod ? codFee(settings.codFee, goodsValue) : null,
      insuranceFee: insurance,
    };
  };
  const rates = quoted
    .flat()
    .map(view)
    .filter((rate) => !input.cod || rate.cod)
    .sort(
      (a, b) =>
        a.price - b.price ||
        a.courierCode.localeCompare(b.courierCode) ||
        a.serviceCode.localeCompare(b.serviceCode),
    );
  return { weightGrams, goodsValue, rates };
}
