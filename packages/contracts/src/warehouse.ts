import { z } from 'zod';
import { uuidSchema } from './common.ts';
import { phoneSchema } from './phone.ts';
import { regionIdSchema, regionOutput } from './region.ts';

const postalCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{5}$/, 'Postal code must be 5 digits')
  .nullish()
  .transform((v) => v ?? null);

const latitudeSchema = z
  .number({ error: 'Latitude must be a number' })
  .min(-90, 'Latitude must be between -90 and 90')
  .max(90, 'Latitude must be between -90 and 90')
  .nullish()
  .transform((v) => v ?? null);

const longitudeSchema = z
  .number({ error: 'Longitude must be a number' })
  .min(-180, 'Longitude must be between -180 and 180')
  .max(180, 'Longitude must be between -180 and 180')
  .nullish()
  .transform((v) => v ?? null);

const warehouseFields = {
  name: z
    .string({ error: 'Warehouse name is required' })
    .trim()
    .min(1, 'Warehouse name is required')
    .max(120, 'Warehouse name must be at most 120 characters'),
  contactName: z
    .string({ error: 'Contact name is required' })
    .trim()
    .min(1, 'Contact name is required')
    .max(120, 'Contact name must be at most 120 characters'),
  contactPhone: phoneSchema,
  /** A district or subdistrict: the courier picks up from there. */
  regionId: regionIdSchema,
  address: z
    .string({ error: 'Address is required' })
    .trim()
    .min(5, 'Address must be at least 5 characters')
    .max(500, 'Address must be at most 500 characters'),
  postalCode: postalCodeSchema,
  latitude: latitudeSchema,
  longitude: longitudeSchema,
};

export const warehouseInput = z.object(warehouseFields);

export const warehouseUpdateInput = z
  .object(warehouseFields)
  .partial()
  .extend({ id: uuidSchema })
  .refine((v) => Object.entries(v).some(([key, value]) => key !== 'id' && value !== undefined), {
    message: 'Nothing to update',
  });

export const warehouseOutput = z.object({
  id: z.string(),
  name: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  regionId: z.number(),
  region: regionOutput,
  address: z.string(),
  postalCode: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  isDefault: z.boolean(),
  /** BosCOD's id for it once registered as a pickup address (API Boscod → Warehouse). */
  boscodId: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type WarehouseView = z.infer<typeof warehouseOutput>;
export const warehouseListOutput = z.array(warehouseOutput);
