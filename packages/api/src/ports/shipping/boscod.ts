import { z } from 'zod';
import {
  type Booking,
  type CourierInfo,
  type PickupAddress,
  type ProviderRegion,
  type RateQuery,
  type ShipmentParty,
  type ShipmentRequest,
  type ShippingPort,
  type ShippingRate,
  ShippingUnavailableError,
  type Tracking,
} from './port.ts';
import { sandboxCouriers } from './sandbox.ts';

// The real ShippingProvider: a thin translation to BosCOD's HTTP API (docs/integrations.md). Every
// call has a deadline; reads are retried within it, a booking never is (BosCOD books once per
// external id, so a repeat after a crash is safe, but a blind retry within one call is not needed).
// Anything short of a valid answer is a ShippingUnavailableError (a 503 at the API edge).

export interface BosCodOptions {
  baseUrl: string;
  apiKey: string;
  /** Deadline of one call, retries included. */
  timeoutMs: number;
  /** Extra tries of a read after a network error or a 5xx (default 2). */
  readRetries?: number;
}

const rateRow = z.object({
  cod: z.union([z.literal(0), z.literal(1), z.boolean()]),
  price: z.number().nonnegative(),
  max_price: z.number().nullish(),
  etd: z.union([z.string(), z.number()]),
  service_code: z.string().min(1),
  service_name: z.string().nullish(),
});
// BosCOD wraps answers in `{ data }`; a bare answer is taken too.
const dataOf = <T>(schema: z.ZodType<T>): z.ZodType<T> =>
  z.union([z.object({ data: schema }).transform((b): T => b.data as T), schema]);
const listOf = <T>(row: z.ZodType<T>): z.ZodType<T[]> => dataOf(z.array(row));

const createdOrder = z.object({
  order_no: z.union([z.string().min(1), z.number()]).transform(String),
  external_id: z.string().nullish(),
  awb: z.string().nullish(),
});
const trackingBody = z.object({
  awb: z.string().nullish(),
  pod_photo_url: z.string().nullish(),
  history: z.array(
    z.object({ date: z.string().nullish(), status: z.string(), description: z.string().nullish() }),
  ),
});
/** A checkpoint's time, or null when BosCOD left it out or sent one that is no time (never the epoch). */
function checkpointTime(date: string | null | undefined): Date | null {
  const at = date ? new Date(date) : null;
  return at && Number.isFinite(at.getTime()) && at.getTime() > 0 ? at : null;
}
const warehouseBody = z.object({ id: z.union([z.number().int(), z.string().min(1)]).transform(String) });
const regionRow = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  district: z.string().nullish(),
  city: z.string().nullish(),
  province: z.string().nullish(),
  postal_code: z.string().nullish(),
});

/** BosCOD takes weights in kilograms, 0.5 to 99, to one decimal. */
export function boscodWeight(grams: number): number {
  return Math.min(99, Math.max(0.5, Math.ceil(grams / 100) / 10));
}

const partyOf = (p: ShipmentParty) => ({
  name: p.name,
  phone: p.phone,
  addr_id: p.regionId,
  address: p.address,
});

export class BosCodShipping implements ShippingPort {
  private readonly baseUrl: string;

  constructor(private readonly options: BosCodOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  async couriers(): Promise<CourierInfo[]> {
    // BosCOD has no courier-list call: its couriers are the known aggregator set.
    return Object.entries(sandboxCouriers).map(([code, c]) => ({
      code,
      name: c.name,
      cod: c.services.some((s) => s.cod),
      services: c.services.map((s) => ({ code: s.code, name: s.name, cod: s.cod })),
    }));
  }

  async rates(query: RateQuery): Promise<ShippingRate[]> {
    // One courier per request, as BosCOD prices them; all couriers at once when none is named.
    const codes = query.courierCode ? [query.courierCode] : Object.keys(sandboxCouriers);
    const lists = await Promise.all(codes.map((code) => this.courierRates(query, code)));
    return lists.flat();
  }

  private async courierRates(query: RateQuery, courierCode: string): Promise<ShippingRate[]> {
    const rows = await this.read(
      `/v1/courier/rates?${new URLSearchParams({
        origin_id: String(query.originRegionId),
        destination_id: String(query.destinationRegionId),
        weight: String(boscodWeight(query.weightGrams)),
        courier_code: courierCode,
      })}`,
      listOf(rateRow),
    );
    const known = sandboxCouriers[courierCode];
    return rows.map((r) => ({
      courierCode,
      courierName: known?.name ?? courierCode.toUpperCase(),
      serviceCode: r.service_code,
      serviceName:
        r.service_name ?? known?.services.find((s) => s.code === r.service_code)?.name ?? r.service_code,
      price: Math.round(r.price),
      etd: String(r.etd),
      cod: r.cod === 1 || r.cod === true,
    }));
  }

  async book(request: ShipmentRequest): Promise<Booking> {
    const created = await this.call(
      'POST',
      '/v1/order',
      listOf(createdOrder),
      {
        courier_code: request.courierCode,
        service_code: request.serviceCode,
        shipments: [
          {
            // BosCOD books once per external id: a repeat answers the order it already made.
            external_id: request.idempotencyKey,
            reference: request.reference,
            sender: partyOf(request.sender),
            receiver: partyOf(request.receiver),
            weight: boscodWeight(request.weightGrams),
            item_value: request.itemValue,
            insurance: request.insured ? 1 : 0,
            cod_amount: request.codAmount,
            note: request.note ?? null,
          },
        ],
      },
      0,
    );
    const order = created[0];
    if (!order) throw new ShippingUnavailableError('BosCOD accepted no shipment; please try again');
    // The AWB normally comes later, by webhook.
    return { shipmentRef: order.order_no, awb: order.awb ?? null };
  }

  async track(shipmentRef: string): Promise<Tracking> {
    const body = await this.read(
      `/v1/order/tracking/${encodeURIComponent(shipmentRef)}`,
      dataOf(trackingBody),
    );
    return {
      awb: body.awb ?? null,
      proofOfDeliveryUrl: body.pod_photo_url ?? null,
      events: body.history.map((h) => ({
        at: checkpointTime(h.date),
        status: h.status,
        description: h.description ?? h.status,
      })),
    };
  }

  async cancel(shipmentRef: string): Promise<void> {
    await this.call('POST', `/v1/order/${encodeURIComponent(shipmentRef)}/cancel`, z.unknown(), {}, 0);
  }

  /** Registers a pickup address; answers BosCOD's id for it. */
  async registerWarehouse(address: PickupAddress): Promise<string> {
    const body = await this.call(
      'POST',
      '/v1/warehouse',
      dataOf(warehouseBody),
      {
        name: address.name,
        contact_name: address.contactName,
        contact_phone: address.contactPhone,
        addr_id: address.regionId,
        address: address.address,
        postal_code: address.postalCode,
      },
      0,
    );
    return body.id;
  }

  /** BosCOD's Wilayah search. */
  async searchRegions(search: string): Promise<ProviderRegion[]> {
    const rows = await this.read(`/v1/region?${new URLSearchParams({ search })}`, listOf(regionRow));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      district: r.district ?? null,
      city: r.city ?? null,
      province: r.province ?? null,
      postalCode: r.postal_code ?? null,
    }));
  }

  private read<T>(path: string, schema: z.ZodType<T>): Promise<T> {
    return this.call('GET', path, schema, undefined, this.options.readRetries ?? 2);
  }

  private async call<T>(
    method: 'GET' | 'POST',
    path: string,
    schema: z.ZodType<T>,
    body: unknown,
    retries: number,
  ): Promise<T> {
    // One deadline for the call and its retries, so a slow BosCOD costs the buyer timeoutMs at most.
    const deadline = AbortSignal.timeout(this.options.timeoutMs);
    for (let attempt = 0; ; attempt += 1) {
      let res: Response;
      try {
        res = await fetch(`${this.baseUrl}${path}`, {
          method,
          signal: deadline,
          headers: {
            authorization: `Bearer ${this.options.apiKey}`,
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      } catch {
        if (!deadline.aborted && attempt < retries) continue;
        throw new ShippingUnavailableError(
          deadline.aborted
            ? 'The courier service did not answer in time; please try again in a moment'
            : undefined,
        );
      }
      if (res.status >= 500 && attempt < retries && !deadline.aborted) {
        await res.body?.cancel();
        continue;
      }
      const text = await res.text().catch(() => '');
      if (!res.ok) throw new ShippingUnavailableError(providerMessage(text, res.status));
      const parsed = schema.safeParse(text ? safeJson(text) : {});
      if (!parsed.success)
        throw new ShippingUnavailableError('The courier service answered something unexpected');
      return parsed.data;
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** BosCOD's own words for a refusal (`{ message }`), or a plain one. */
function providerMessage(text: string, status: number): string {
  const message = (safeJson(text) as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && message.trim()
    ? `The courier service refused: ${message.trim().slice(0, 200)}`
    : `The courier service is unavailable (HTTP ${status}); please try again in a moment`;
}
