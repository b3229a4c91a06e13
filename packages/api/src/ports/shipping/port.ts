import { ProviderUnavailableError } from '../unavailable.ts';

/**
 * Shipping (the "API Boscod" group). Shaped after BosCOD: rates by origin/destination region id and
 * weight; a booking is accepted at once but its AWB may arrive later (BosCOD sends it by webhook),
 * so `book` answers a provider reference and the AWB only when it already has one.
 */
export interface RateQuery {
  originRegionId: number;
  destinationRegionId: number;
  weightGrams: number;
  /** Only this courier's services; all couriers when absent. */
  courierCode?: string;
}

export interface ShippingRate {
  courierCode: string;
  courierName: string;
  serviceCode: string;
  serviceName: string;
  /** Rupiah for the whole parcel. */
  price: number;
  /** Estimated days in transit, e.g. "2-3". */
  etd: string;
  /** Whether the service can collect cash on delivery. */
  cod: boolean;
}

export interface ShipmentParty {
  name: string;
  phone: string;
  regionId: number;
  address: string;
}

export interface ShipmentRequest {
  /** Our order reference (the invoice), echoed by webhooks. */
  reference: string;
  /**
   * The provider books at most once per key: a repeat (a retry after a crash between booking and
   * saving the answer) answers the booking already made instead of a second pickup.
   */
  idempotencyKey: string;
  courierCode: string;
  serviceCode: string;
  sender: ShipmentParty;
  receiver: ShipmentParty;
  weightGrams: number;
  /** Declared value of the goods. */
  itemValue: number;
  insured: boolean;
  /** Cash the courier collects; 0 for prepaid orders. */
  codAmount: number;
  note?: string | null;
}

export interface Booking {
  shipmentRef: string;
  /** The AWB (resi) when the provider already assigned one; null until its webhook arrives. */
  awb: string | null;
}

export interface TrackingEvent {
  /**
   * When the courier says it happened; null when it gave no (readable) time. Tracking is read live
   * on every view, so there is no receipt time to stand in for it, and a made-up one (the epoch,
   * "now") would read as a fact.
   */
  at: Date | null;
  status: string;
  description: string;
}

/** A shipment's journey as the courier reports it. */
export interface Tracking {
  awb: string | null;
  events: TrackingEvent[];
  /** The courier's photo of the handed-over parcel, once delivered. */
  proofOfDeliveryUrl: string | null;
}

/** A courier the provider works with, and its services (what a form may offer buyers). */
export interface CourierInfo {
  code: string;
  name: string;
  /** Whether any of its services collects cash on delivery. */
  cod: boolean;
  services: Array<{ code: string; name: string; cod: boolean }>;
}

/** A region as the provider names it (BosCOD: its own numeric id), from its Wilayah search. */
export interface ProviderRegion {
  id: number;
  name: string;
  district: string | null;
  city: string | null;
  province: string | null;
  postalCode: string | null;
}

/** A pickup address the provider must know before it sends a courier there. */
export interface PickupAddress {
  name: string;
  contactName: string;
  contactPhone: string;
  regionId: number;
  address: string;
  postalCode: string | null;
}

export interface ShippingPort {
  couriers(): Promise<CourierInfo[]>;
  rates(query: RateQuery): Promise<ShippingRate[]>;
  book(request: ShipmentRequest): Promise<Booking>;
  track(shipmentRef: string): Promise<Tracking>;
  cancel(shipmentRef: string): Promise<void>;
  /** Registers a pickup address; answers the provider's id for it. */
  registerWarehouse(address: PickupAddress): Promise<string>;
  /** The provider's regions matching a search text. */
  searchRegions(search: string): Promise<ProviderRegion[]>;
}

/** The provider cannot be reached or refused to work; rendered as 503. */
export class ShippingUnavailableError extends ProviderUnavailableError {
  constructor(message = 'The courier service is unavailable; please try again in a moment') {
    super(message);
  }
}
