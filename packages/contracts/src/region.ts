import { z } from 'zod';

/** Indonesian administrative levels, from the top down. */
export const regionLevels = ['province', 'city', 'district', 'subdistrict'] as const;
export const regionLevelSchema = z.enum(regionLevels, {
  error: 'Level must be one of province, city, district, subdistrict',
});
export type RegionLevel = z.infer<typeof regionLevelSchema>;

/** A region id (`addr_id`); REST path and query strings carry it as text. */
export const regionIdSchema = z.coerce
  .number({ error: 'Region id must be a number' })
  .int('Region id must be a whole number')
  .positive('Region id must be positive')
  // The column is a 32-bit integer; anything larger cannot name a region.
  .max(2_147_483_647, 'Region id is too large');

export const regionIdInput = z.object({ id: regionIdSchema });
export const regionChildrenInput = z.object({ parentId: regionIdSchema });
export const regionSearchInput = z.object({
  q: z
    .string({ error: 'Search text is required' })
    .trim()
    .min(2, 'Type at least 2 characters')
    .max(100, 'Search text must be at most 100 characters'),
  level: regionLevelSchema.optional(),
  limit: z.coerce
    .number({ error: 'Limit must be a number' })
    .int('Limit must be a whole number')
    .min(1, 'Limit must be at least 1')
    .max(50, 'Limit must be at most 50')
    .default(20),
});

const regionRefOutput = z.object({ id: z.number(), name: z.string() }).nullable();

/**
 * A region with its ancestors: `province`/`city`/`district`/`subdistrict` hold the chain down to
 * (and including) the region itself; levels below it are null. `label` reads bottom-up, as
 * Indonesian addresses do: "Buduran, Kabupaten Sidoarjo, Jawa Timur".
 */
export const regionOutput = z.object({
  id: z.number(),
  code: z.string(),
  level: regionLevelSchema,
  name: z.string(),
  parentId: z.number().nullable(),
  postalCode: z.string().nullable(),
  label: z.string(),
  province: regionRefOutput,
  city: regionRefOutput,
  district: regionRefOutput,
  subdistrict: regionRefOutput,
});
export type RegionView = z.infer<typeof regionOutput>;
export const regionListOutput = z.array(regionOutput);

/**
 * How well a search hit answers the query:
 * - `exact`: every word of the query starts a word of the hit's label, and the hit's own name
 *   holds one of them ("buduran", "buduran sidoarjo" → Buduran);
 * - `partial`: every word is in the label, but only in its parents' names ("surabaya" → the
 *   districts of Kota Surabaya): right area, the buyer still has to say which one;
 * - `fuzzy`: found through similar spelling only ("budran" → Buduran).
 * Pickers must not choose anything but an `exact` hit on the buyer's behalf.
 */
export const regionMatchSchema = z.enum(['exact', 'partial', 'fuzzy']);
export type RegionMatch = z.infer<typeof regionMatchSchema>;

/** A search hit: the region, how well it matches and its rank score (0–1, higher first). */
export const regionSearchHitOutput = regionOutput.extend({
  match: regionMatchSchema,
  score: z.number(),
});
export type RegionSearchHit = z.infer<typeof regionSearchHitOutput>;
export const regionSearchOutput = z.array(regionSearchHitOutput);
