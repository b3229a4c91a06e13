import { invalidField } from '../../lib/errors.ts';
import { courierKey, offersService } from '../shipping/services.ts';

// The one rule for which courier service an order on a form may ship with: one the form offers.
// The checkout (buyer or staff) and the seller's later courier edit both ask it, so an order never
// ends up with a courier its form does not list.

/** The form's couriers as its settings keep them. */
type OfferedCouriers = ReadonlyArray<{ code: string; services: readonly string[] }>;

/**
 * 400 naming `fields.courier` when the form does not offer the courier, `fields.service` when it
 * offers the courier but not this service of it.
 */
export function assertFormOffers(
  offered: OfferedCouriers,
  choice: { courierCode: string; serviceCode: string },
  fields: { courier: string; service: string },
): void {
  const { courierCode, serviceCode } = choice;
  if (!offered.some((c) => courierKey(c.code) === courierKey(courierCode)))
    throw invalidField(fields.courier, `Courier ${courierCode} is not offered on this form`);
  if (!offersService(offered, courierCode, serviceCode)) {
    throw invalidField(
      fields.service,
      `Service ${serviceCode} of ${courierCode} is not offered on this form`,
    );
  }
}
