import type { ShippingRate } from '../../ports/index.ts';

// How a courier service is named and matched, for every place that compares one: forms store the
// codes a seller picked, buyers and sellers send codes, and the provider answers its own spelling.

/** Service codes compare without case or surrounding spaces (`reg`, `REG `, `REG` are one service). */
export const serviceKey = (code: string) => code.trim().toUpperCase();

/** Courier codes are the provider's lower-case slugs (`jne`, `sicepat`). */
export const courierKey = (code: string) => code.trim().toLowerCase();

/** Whether a rate is the given courier's given service. */
export function isService(
  rate: Pick<ShippingRate, 'courierCode' | 'serviceCode'>,
  courierCode: string,
  serviceCode: string,
) {
  return (
    courierKey(rate.courierCode) === courierKey(courierCode) &&
    serviceKey(rate.serviceCode) === serviceKey(serviceCode)
  );
}

/** Whether a form's courier list offers this courier's service. */
export function offersService(
  offered: ReadonlyArray<{ code: string; services: readonly string[] }>,
  courierCode: string,
  serviceCode: string,
): boolean {
  const courier = offered.find((c) => courierKey(c.code) === courierKey(courierCode));
  return Boolean(courier?.services.some((s) => serviceKey(s) === serviceKey(serviceCode)));
}
