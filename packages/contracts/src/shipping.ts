import { z } from 'zod';
import { uuidSchema } from './common.ts';
import { regionIdSchema, regionOutput } from './region.ts';
import { orderStatuses } from './states.ts';

// The spec's "API Boscod" group, seller side: Cek Ongkir, Tracking Order, Warehouse (registering a
// pickup address with BosCOD) and Wilayah (BosCOD's region search, mapped to our regions).

/** "Cek Ongkir": rates between any two regions for a weight, not only a form's cart. */
export const shippingRatesInput = z.object({
  originId: regionIdSchema,
  destinationId: regionIdSchema,
  /** Grams, as product weights are kept (BosCOD is asked in kilograms). */
  weight: z.coerce
    .number({ error: 'Weight must be a number of grams' })
    .int('Weight must be whole grams')
    .min(1, 'Weight must be at least 1 gram')
    .max(99_000, 'Weight must be at most 99 000 grams (99 kg)'),
  courierCode: z.string().trim().min(1).max(20).toLowerCase().optional(),
});

export const shippingRateOutput = z.object({
  courierCode: z.string(),
  courierName: z.string(),
  serviceCode: z.string(),
  serviceName: z.string(),
  price: z.number().int(),
  etd: z.string(),
  cod: z.boolean(),
});
export const shippingRatesOutput = z.array(shippingRateOutput);

/** "Tracking Order": one of the store's orders, by its invoice or its AWB. */
export const shippingTrackingInput = z.object({
  q: z
    .string({ error: 'Invoice or AWB is required' })
    .trim()
    .min(3, 'Invoice or AWB is required')
    .max(60, 'Invoice or AWB must be at most 60 characters'),
});

export const shippingTrackingOutput = z.object({
  invoice: z.string(),
  status: z.enum(orderStatuses),
  courierCode: z.string(),
  serviceCode: z.string(),
  awb: z.string().nullable(),
  /** `at` is null when the courier gave no time for a checkpoint. */
  history: z.array(z.object({ at: z.date().nullable(), status: z.string(), description: z.string() })),
  /** The courier's photo of the delivered parcel. */
  proofOfDeliveryUrl: z.string().nullable(),
});
export type ShippingTracking = z.infer<typeof shippingTrackingOutput>;

/** "Warehouse": registers one of the store's warehouses with BosCOD as a pickup address. */
export const shippingWarehouseInput = z.object({ id: uuidSchema });
export const shippingWarehouseOutput = z.object({ id: z.string(), boscodId: z.string() });

/** "Wilayah": BosCOD's regions for a search text, each with ours when we know which it is. */
export const shippingRegionsInput = z.object({
  q: z
    .string({ error: 'Search text is required' })
    .trim()
    .min(3, 'Type at least 3 characters')
    .max(100, 'Search text must be at most 100 characters'),
});
export const shippingRegionsOutput = z.array(
  z.object({
    boscodId: z.number().int(),
    name: z.string(),
    district: z.string().nullable(),
    city: z.string().nullable(),
    province: z.string().nullable(),
    postalCode: z.string().nullable(),
    /** Our region for it, or null when none matches. */
    region: regionOutput.nullable(),
  }),
);
