import { z } from 'zod';

export const emailSchema = z
  .string({ error: 'Email is required' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Enter a valid email address' }).max(254));

export const passwordSchema = z
  .string({ error: 'Password is required' })
  .min(8, 'Password must be at least 8 characters')
  .max(128, 'Password must be at most 128 characters');

export const personNameSchema = z
  .string({ error: 'Name is required' })
  .trim()
  .min(1, 'Name is required')
  .max(120, 'Name must be at most 120 characters');

export const uuidSchema = z.uuid({ error: 'Must be a valid id' });

/** Every REST answer has this shape; tRPC answers the `data` part directly. */
export const messageSchema = z.object({ message: z.string() });

/** Cursor pagination shared by every list. */
export const pageInputSchema = z.object({
  // Most lists resume after a row id; a junk cursor is a 400 here, not a database error.
  cursor: z.uuid({ error: 'Cursor is not one this list handed out' }).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type PageInput = z.infer<typeof pageInputSchema>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/**
 * The largest PostgreSQL `integer`: what every serial id (regions, categories) and every stored
 * rupiah amount (prices, totals, fees) must fit in. A larger number is refused as input, never
 * handed to a query that would fail on it.
 */
export const maxInt4 = 2_147_483_647;

/** Rupiah amounts are whole numbers; prices and costs are never negative, and fit their column. */
export const rupiahSchema = z
  .number({ error: 'Must be a number' })
  .int('Must be a whole number of rupiah')
  .min(0, 'Must not be negative')
  .max(maxInt4, 'Is too large');

/** Optional free text that arrives as "" from forms: trimmed, and blank becomes null. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `Must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));
}

/** Sort direction of list endpoints. */
export const sortDirSchema = z.enum(['asc', 'desc']).default('desc');

/** Many ids at once (bulk actions); at most 100 per call. */
export const idListSchema = z
  .array(z.uuid({ error: 'Must be a valid id' }))
  .min(1, 'Pick at least one')
  .max(100, 'At most 100 at once');

/** `{ id }`: the input of detail, delete and toggle procedures. */
export const idInput = z.object({ id: uuidSchema });

/** A boolean that also accepts "true"/"false", as REST query strings carry it. */
export const boolParam = z.preprocess(
  (v) => (v === 'true' || v === '1' ? true : v === 'false' || v === '0' ? false : v),
  z.boolean({ error: 'Must be true or false' }),
);
