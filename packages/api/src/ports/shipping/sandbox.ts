import { createHash } from 'node:crypto';
import {
  type Booking,
  type PickupAddress,
  type ProviderRegion,
  type RateQuery,
  type ShipmentRequest,
  type ShippingPort,
  type ShippingRate,
  ShippingUnavailableError,
  type Tracking,
  type TrackingEvent,
} from './port.ts';
import { type BoscodWebhookBody, signBoscodWebhook } from './webhook.ts';

/** A webhook the sandbox sends, signed as BosCOD signs, to be delivered after `delayMs`. */
export interface SandboxWebhook {
  id: string;
  rawBody: string;
  signature: string;
  delayMs: number;
}

/**
 * When BosCOD's webhooks follow a booking in the sandbox, after the booking: the AWB, the pickup,
 * the delivery. Short enough that a new user sees the demo's orders move within the hour.
 */
export const sandboxScript: ReadonlyArray<{ event: BoscodWebhookBody['event']; afterMs: number }> = [
  { event: 'awb_assigned', afterMs: 30_000 },
  { event: 'picked_up', afterMs: 10 * 60_000 },
  { event: 'delivered', afterMs: 60 * 60_000 },
];

interface SandboxService {
  code: string;
  name: string;
  /** Rupiah per started kilogram in the nearest zone. */
  perKg: number;
  etd: [number, number];
  cod: boolean;
}

/** Courier codes and services as Indonesian aggregators name them; COD on the usual subset. */
export const sandboxCouriers: Record<string, { name: string; services: SandboxService[] }> = {
  jne: {
    name: 'JNE',
    services: [
      { code: 'REG', name: 'Reguler', perKg: 10_000, etd: [2, 3], cod: true },
      { code: 'YES', name: 'Yakin Esok Sampai', perKg: 18_000, etd: [1, 1], cod: false },
    ],
  },
  jnt: {
    name: 'J&T Express',
    services: [{ code: 'EZ', name: 'Regular', perKg: 10_000, etd: [2, 3], cod: true }],
  },
  sicepat: {
    name: 'SiCepat',
    services: [
      { code: 'REG', name: 'Reguler', perKg: 9_500, etd: [2, 3], cod: true },
      { code: 'BEST', name: 'Besok Sampai Tujuan', perKg: 16_000, etd: [1, 1], cod: false },
    ],
  },
  anteraja: {
    name: 'AnterAja',
    services: [{ code: 'REG', name: 'Regular', perKg: 9_500, etd: [2, 4], cod: true }],
  },
  ninja: {
    name: 'Ninja Xpress',
    services: [{ code: 'STD', name: 'Standard', perKg: 9_000, etd: [2, 4], cod: true }],
  },
  idx: {
    name: 'ID Express',
    services: [{ code: '00', name: 'Standard', perKg: 9_000, etd: [2, 3], cod: true }],
  },
  sap: {
    name: 'SAP Express',
    services: [{ code: 'REG', name: 'Regular', perKg: 9_000, etd: [2, 4], cod: true }],
  },
  pos: {
    name: 'POS Indonesia',
    services: [{ code: 'KILAT', name: 'Pos Kilat Khusus', perKg: 11_000, etd: [3, 5], cod: false }],
  },
  lion: {
    name: 'Lion Parcel',
    services: [{ code: 'REGPACK', name: 'Regpack', perKg: 9_000, etd: [3, 5], cod: false }],
  },
  tiki: {
    name: 'TIKI',
    services: [{ code: 'REG', name: 'Regular', perKg: 10_500, etd: [3, 4], cod: false }],
  },
};

/** The BosCOD regions the sandbox knows: those of BosCOD's documents and the spec's examples. */
const sandboxRegions: ProviderRegion[] = [
  {
    id: 15_022,
    name: 'Sibuak',
    district: 'Tapung',
    city: 'Kabupaten Kampar',
    province: 'Riau',
    postalCode: '28464',
  },
  {
    id: 76_518,
    name: 'Buduran',
    district: 'Buduran',
    city: 'Kabupaten Sidoarjo',
    province: 'Jawa Timur',
    postalCode: '61252',
  },
];

/**
 * Zone from the distance between region ids: ids are numbered depth-first by BPS code, so nearby
 * ids are nearby places (same district, city, province). Deterministic, which is what tests need.
 */
function zone(origin: number, destination: number): { factor: number; extraDays: number } {
  const gap = Math.abs(origin - destination);
  if (gap <= 300) return { factor: 1, extraDays: 0 };
  if (gap <= 3_000) return { factor: 1.4, extraDays: 1 };
  return { factor: 2.2, extraDays: 2 };
}

/**
 * The default ShippingProvider: deterministic rates, a failure switch, and BosCOD's asynchronous
 * life: each booking is followed by signed webhooks (AWB, pickup, delivery) handed to `deliver`,
 * which the server posts through its own webhook handling. With `awbByWebhook` the booking answers
 * no AWB, exactly as BosCOD; without it (the tests' default) the AWB is in the answer too, and the
 * webhook that repeats it changes nothing.
 */
export class SandboxShipping implements ShippingPort {
  /** Where signed webhooks go (connected at start-up); none are made until then. */
  private outbox:
    | { secret: string; deliver: (webhook: SandboxWebhook) => Promise<void>; now: () => Date }
    | undefined;

  /** Answer bookings without their AWB, which comes by webhook only (as BosCOD does). */
  awbByWebhook: boolean;
  /**
   * Whether bookings are followed by their pickup and delivery webhooks; tests of what happens to a
   * parcel the courier stays quiet about (tracking poll, COD follow-ups) turn it off.
   */
  lifecycle = true;

  constructor(options: { awbByWebhook?: boolean; remember?: number } = {}) {
    this.awbByWebhook = options.awbByWebhook ?? false;
    this.remember = options.remember ?? 10_000;
  }

  /** Sends this sandbox's webhooks, signed with `secret`, to `deliver`; `now` is the app's clock. */
  connectWebhooks(secret: string, deliver: (webhook: SandboxWebhook) => Promise<void>, now: () => Date) {
    this.outbox = { secret, deliver, now };
  }

  /** Make every call fail as if the provider were down (the 503 path). */
  failing = false;
  /** Only bookings fail; rates still answer (a COD order is written, then taken back). */
  failingBookings = false;
  /**
   * The latest bookings (newest last), for tests and tracking. Only the last `remember` are kept:
   * a demo server booking every order here grew by each one, for ever (the soak bench found it). A
   * forgotten booking is still answered the same on a retry (its ref and AWB derive from the key).
   */
  readonly booked: Array<ShipmentRequest & Booking & { bookedAt: Date }> = [];
  readonly canceled: string[] = [];
  private readonly byKey = new Map<string, ShipmentRequest & Booking & { bookedAt: Date }>();
  private readonly remember: number;
  /** A courier history to answer for a shipment (by its ref) instead of the single booked line. */
  readonly history = new Map<string, TrackingEvent[]>();

  private guard() {
    if (this.failing) throw new ShippingUnavailableError();
  }

  async couriers() {
    this.guard();
    return Object.entries(sandboxCouriers).map(([code, c]) => ({
      code,
      name: c.name,
      cod: c.services.some((s) => s.cod),
      services: c.services.map((s) => ({ code: s.code, name: s.name, cod: s.cod })),
    }));
  }

  async rates(query: RateQuery): Promise<ShippingRate[]> {
    this.guard();
    const kg = Math.max(1, Math.ceil(query.weightGrams / 1000));
    const { factor, extraDays } = zone(query.originRegionId, query.destinationRegionId);
    return Object.entries(sandboxCouriers)
      .filter(([code]) => !query.courierCode || code === query.courierCode)
      .flatMap(([code, courier]) =>
        courier.services.map((s) => ({
          courierCode: code,
          courierName: courier.name,
          serviceCode: s.code,
          serviceName: s.name,
          // Rounded to 500 rupiah, as couriers quote.
          price: Math.round((s.perKg * kg * factor) / 500) * 500,
          etd: `${s.etd[0] + extraDays}-${s.etd[1] + extraDays}`,
          cod: s.cod,
        })),
      );
  }

  async book(request: ShipmentRequest): Promise<Booking> {
    this.guard();
    if (this.failingBookings) throw new ShippingUnavailableError();
    const known = this.byKey.get(request.idempotencyKey);
    if (known) return { shipmentRef: known.shipmentRef, awb: known.awb };
    const digest = createHash('sha256')
      .update(`${request.courierCode}:${request.idempotencyKey}`)
      .digest('hex');
    const booking = {
      shipmentRef: `SBX-${digest.slice(0, 12).toUpperCase()}`,
      awb: `${request.courierCode.toUpperCase()}${BigInt(`0x${digest.slice(0, 12)}`)
        .toString()
        .slice(0, 12)}`,
    };
    // The app's clock when connected (tests move it), so the booked line reads the booking's time.
    const record = { ...request, ...booking, bookedAt: this.outbox?.now() ?? new Date() };
    this.booked.push(record);
    this.byKey.set(request.idempotencyKey, record);
    for (const gone of this.booked.splice(0, Math.max(0, this.booked.length - this.remember))) {
      if (this.byKey.get(gone.idempotencyKey) === gone) this.byKey.delete(gone.idempotencyKey);
    }
    await this.scheduleWebhooks(request, booking);
    return this.awbByWebhook ? { ...booking, awb: null } : booking;
  }

  private async scheduleWebhooks(request: ShipmentRequest, booking: Booking) {
    if (!this.outbox || !this.lifecycle) return;
    for (const step of sandboxScript) {
      const body: BoscodWebhookBody = {
        id: `${booking.shipmentRef}:${step.event}`,
        event: step.event,
        order_no: booking.shipmentRef,
        external_id: request.idempotencyKey,
        awb: booking.awb,
        occurred_at: new Date(this.outbox.now().getTime() + step.afterMs).toISOString(),
        description: `Sandbox: ${step.event.replaceAll('_', ' ')}`,
        pod_photo_url: null,
      };
      const rawBody = JSON.stringify(body);
      await this.outbox.deliver({
        id: body.id,
        rawBody,
        signature: signBoscodWebhook(this.outbox.secret, rawBody),
        delayMs: step.afterMs,
      });
    }
  }

  async track(shipmentRef: string): Promise<Tracking> {
    this.guard();
    const scripted = this.history.get(shipmentRef);
    const booking = this.booked.find((b) => b.shipmentRef === shipmentRef);
    if (scripted) return { awb: booking?.awb ?? null, events: scripted, proofOfDeliveryUrl: null };
    if (!booking) return { awb: null, events: [], proofOfDeliveryUrl: null };
    return {
      awb: booking.awb,
      events: [
        {
          at: booking.bookedAt,
          status: 'booked',
          description: `Pesanan ${booking.reference} diterima kurir`,
        },
      ],
      proofOfDeliveryUrl: null,
    };
  }

  async cancel(shipmentRef: string): Promise<void> {
    this.guard();
    this.canceled.push(shipmentRef);
    this.canceled.splice(0, Math.max(0, this.canceled.length - this.remember));
  }

  async registerWarehouse(address: PickupAddress): Promise<string> {
    this.guard();
    const digest = createHash('sha256').update(`${address.name}:${address.regionId}:${address.address}`);
    return `SBX-WH-${digest.digest('hex').slice(0, 10).toUpperCase()}`;
  }

  async searchRegions(search: string): Promise<ProviderRegion[]> {
    this.guard();
    const words = search.toLowerCase().split(/\s+/).filter(Boolean);
    return sandboxRegions.filter((r) => {
      const text = [r.name, r.district, r.city, r.province].join(' ').toLowerCase();
      return words.every((w) => text.includes(w));
    });
  }
}
