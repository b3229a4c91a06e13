import { createHash } from 'node:crypto';
import {
  type Booking,
  type RateQuery,
  type ShipmentRequest,
  type ShippingPort,
  type ShippingRate,
  ShippingUnavailableError,
  type TrackingEvent,
} from './port.ts';

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

/** The default ShippingProvider: deterministic rates, instant AWBs, scripted tracking, a failure switch. */
export class SandboxShipping implements ShippingPort {
  /** Make every call fail as if the provider were down (the 503 path). */
  failing = false;
  /** Only bookings fail; rates still answer (a COD order is written, then taken back). */
  failingBookings = false;
  readonly booked: Array<ShipmentRequest & Booking> = [];
  readonly canceled: string[] = [];
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
    const known = this.booked.find((b) => b.idempotencyKey === request.idempotencyKey);
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
    this.booked.push({ ...request, ...booking });
    return booking;
  }

  async track(shipmentRef: string): Promise<TrackingEvent[]> {
    this.guard();
    const scripted = this.history.get(shipmentRef);
    if (scripted) return scripted;
    const booking = this.booked.find((b) => b.shipmentRef === shipmentRef);
    if (!booking) return [];
    return [
      { at: new Date(0), status: 'booked', description: `Pesanan ${booking.reference} diterima kurir` },
    ];
  }

  async cancel(shipmentRef: string): Promise<void> {
    this.guard();
    this.canceled.push(shipmentRef);
  }
}
