import { z } from 'zod';
import {
  boolParam,
  idListSchema,
  maxInt4,
  optionalText,
  pageInputSchema,
  pageOf,
  rupiahSchema,
  uuidSchema,
} from './common.ts';
import { catalogStatuses } from './states.ts';

export const catalogStatusSchema = z.enum(catalogStatuses, { error: 'Status must be active or inactive' });

/** SKUs are printed on labels and typed by buyers' CS: letters, digits and . _ - / only, no spaces. */
export const skuSchema = z
  .string({ error: 'SKU is required' })
  .trim()
  .min(1, 'SKU is required')
  .max(64, 'SKU must be at most 64 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'SKU may contain letters, digits and . _ - / only (no spaces)');

const gramsSchema = z
  .number({ error: 'Weight is required' })
  .int('Weight must be whole grams')
  .min(1, 'Weight must be at least 1 gram')
  .max(500_000, 'Weight must be at most 500 kg');
const centimetresSchema = z
  .number()
  .int('Must be whole centimetres')
  .min(1, 'Must be at least 1 cm')
  .max(1_000, 'Must be at most 1000 cm')
  .nullish();
/**
 * The most a stock row may hold: a stock take can set no more, and an adjustment that would leave
 * more is refused (inventory/ledger.ts) rather than overflow the column.
 */
export const maxStock = 10_000_000;
const quantitySchema = z
  .number({ error: 'Quantity is required' })
  .int('Quantity must be a whole number')
  .min(0, 'Stock cannot be negative')
  .max(maxStock, 'Quantity is too large');

/** Option values of a variant, e.g. { "Warna": "Merah", "Ukuran": "XL" }. */
const optionsSchema = z
  .record(z.string().trim().min(1).max(30), z.string().trim().min(1, 'Option value is required').max(60))
  .refine((o) => Object.keys(o).length <= 3, 'At most 3 options (e.g. colour, size, material)')
  .default({});

export const variantInput = z
  .object({
    /** Present when editing an existing variant; absent for a new one. */
    id: uuidSchema.optional(),
    sku: skuSchema,
    name: optionalText(120),
    /** What sets this variant apart, at most 3 options: `{ Ukuran: '500 g' }`, `{ Warna: 'Merah', Ukuran: 'XL' }`. */
    options: optionsSchema,
    /**
     * Selling price in whole rupiah: a plain integer, `45000` for Rp45.000. No decimals, no
     * thousands separators, not a string (`'45.000'` and `45.5` are refused).
     */
    price: rupiahSchema,
    /** The struck-through "was" price, in whole rupiah like `price`; higher than `price`. */
    compareAtPrice: rupiahSchema.nullish(),
    /** What the variant costs the seller, in whole rupiah (for margins; buyers never see it). */
    cost: rupiahSchema.nullish(),
    /**
     * This variant's shipping weight in whole grams (`1500` for 1.5 kg), when it differs from the
     * product's; leave it out (or null) to ship at the product's `weightGrams`.
     */
    weightGrams: gramsSchema.nullish(),
    status: catalogStatusSchema.default('active'),
    /**
     * Starting stock, one entry per warehouse of the store: `[{ warehouseId, quantity: 10 }]`.
     * Each quantity is that warehouse's own count, not a total; warehouses left out have none.
     * New variants only: later changes go through `product.inventory.update`.
     */
    stock: z
      .array(
        z.object({
          /** One of the store's warehouses (`warehouse.list`), each listed once. */
          warehouseId: uuidSchema,
          /** Units on hand in that warehouse: a whole number, 0 or more. */
          quantity: quantitySchema,
        }),
      )
      .max(50)
      .default([]),
  })
  .superRefine((v, ctx) => {
    if (v.compareAtPrice != null && v.compareAtPrice <= v.price) {
      ctx.addIssue({
        code: 'custom',
        path: ['compareAtPrice'],
        message: 'Compare-at price must be higher than the price',
      });
    }
  });
export type VariantInput = z.output<typeof variantInput>;

function uniqueSkus(variants: Array<{ sku: string }>, ctx: z.RefinementCtx) {
  const seen = new Map<string, number>();
  variants.forEach((v, i) => {
    const key = v.sku.toUpperCase();
    if (seen.has(key)) {
      ctx.addIssue({
        code: 'custom',
        path: ['variants', i, 'sku'],
        message: 'SKU is repeated in this product',
      });
    }
    seen.set(key, i);
  });
}

/** Categories are keyed by a PostgreSQL `integer`: an id past its range is no category, not a query error. */
const categoryIdSchema = z.number().int().positive().max(maxInt4, 'Unknown category');

const productFields = {
  sku: skuSchema,
  name: z.string({ error: 'Name is required' }).trim().min(1, 'Name is required').max(200),
  description: z.string().trim().max(10_000, 'Description must be at most 10 000 characters').default(''),
  categoryId: categoryIdSchema.nullish(),
  /**
   * Shipping weight of one unit in whole grams (`250` for 250 g, `1500` for 1.5 kg; not kg, no
   * decimals), packaging included: couriers price by it. A variant's own `weightGrams` overrides it.
   */
  weightGrams: gramsSchema,
  lengthCm: centimetresSchema,
  widthCm: centimetresSchema,
  heightCm: centimetresSchema,
  status: catalogStatusSchema.default('active'),
  /** Uploaded image ids in display order (first = cover). */
  imageIds: z.array(uuidSchema).max(10, 'At most 10 images').default([]),
};

export const productCreateInput = z
  .object({
    ...productFields,
    /** What buyers choose between (sizes, colours…): at least one, each with its own SKU and price. */
    variants: z.array(variantInput).min(1, 'Add at least one variant').max(100, 'At most 100 variants'),
  })
  .superRefine((p, ctx) => uniqueSkus(p.variants, ctx));

export const productUpdateInput = z
  .object({ id: uuidSchema, ...productFields })
  .partial()
  .required({ id: true });

export const variantsUpdateInput = z
  .object({
    productId: uuidSchema,
    /** The full list: variants left out are removed (kept as history if they were ever sold). */
    variants: z.array(variantInput).min(1, 'Keep at least one variant').max(100, 'At most 100 variants'),
  })
  .superRefine((p, ctx) => uniqueSkus(p.variants, ctx));

export const statusInput = z.object({ id: uuidSchema, status: catalogStatusSchema });
export const statusManyInput = z.object({ ids: idListSchema, status: catalogStatusSchema });

export const productSorts = ['newest', 'oldest', 'name_asc', 'name_desc', 'updated'] as const;
export const productListInput = pageInputSchema
  .extend({
    q: z.string().trim().max(100).optional(),
    status: catalogStatusSchema.optional(),
    categoryId: z.coerce.number().pipe(categoryIdSchema).optional(),
    sort: z.enum(productSorts).default('newest'),
  })
  .default({ limit: 20, sort: 'newest' });

export const skuCheckInput = z.object({
  sku: skuSchema,
  /** The record being edited, whose own SKU does not count as taken. */
  excludeId: uuidSchema.optional(),
});
export const skuCheckOutput = z.object({ sku: z.string(), available: z.boolean(), message: z.string() });

export const imageOutput = z.object({
  id: z.string(),
  url: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  mimeType: z.string(),
});

export const categoryOutput = z.object({ id: z.number().int(), slug: z.string(), name: z.string() });

export const stockOutput = z.object({
  warehouseId: z.string(),
  warehouseName: z.string(),
  quantity: z.number().int(),
});

export const variantOutput = z.object({
  id: z.string(),
  productId: z.string(),
  sku: z.string(),
  name: z.string(),
  options: z.record(z.string(), z.string()),
  /** Whole rupiah. */
  price: z.number().int(),
  compareAtPrice: z.number().int().nullable(),
  cost: z.number().int().nullable(),
  /** Grams; null when the variant ships at its product's `weightGrams`. */
  weightGrams: z.number().int().nullable(),
  status: catalogStatusSchema,
  /** On hand in each warehouse. */
  stock: z.array(stockOutput),
  /** The sum over all warehouses. */
  totalStock: z.number().int(),
});

export const productOutput = z.object({
  id: z.string(),
  sku: z.string(),
  name: z.string(),
  description: z.string(),
  category: categoryOutput.nullable(),
  /** Grams per unit; variants with their own `weightGrams` override it. */
  weightGrams: z.number().int(),
  lengthCm: z.number().int().nullable(),
  widthCm: z.number().int().nullable(),
  heightCm: z.number().int().nullable(),
  status: catalogStatusSchema,
  images: z.array(imageOutput),
  variants: z.array(variantOutput),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type ProductView = z.infer<typeof productOutput>;

export const productSummaryOutput = z.object({
  id: z.string(),
  sku: z.string(),
  name: z.string(),
  status: catalogStatusSchema,
  category: categoryOutput.nullable(),
  imageUrl: z.string().nullable(),
  variantCount: z.number().int(),
  minPrice: z.number().int().nullable(),
  maxPrice: z.number().int().nullable(),
  totalStock: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export const productListOutput = pageOf(productSummaryOutput);

export const productIdInput = z.object({ productId: uuidSchema });
export const variantListOutput = z.array(variantOutput);

export const exportKinds = ['products', 'variants', 'inventory'] as const;
export const exportFormats = ['csv', 'xlsx'] as const;
export const exportInput = z.object({
  kind: z.enum(exportKinds),
  format: z.enum(exportFormats).default('csv'),
});
export const exportLinkOutput = z.object({ url: z.string(), filename: z.string(), expiresAt: z.date() });

export const deleteProductOutput = z.object({
  message: z.string(),
  /** `soft` when the product had been sold: it stays for order history, hidden from the catalogue. */
  mode: z.enum(['hard', 'soft']),
});

/** Images: what the upload endpoint accepts. */
export const imageRules = {
  maxBytes: 5 * 1024 * 1024,
  types: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const,
  maxEdge: 2_000,
  minEdge: 50,
};

export const inventoryListInput = pageInputSchema
  .extend({
    /** `variantId:warehouseId` of the last row. */
    cursor: z
      .string()
      .regex(/^[0-9a-f-]{36}:[0-9a-f-]{36}$/, 'Cursor is not one this list handed out')
      // Both halves are ids the query compares with uuid columns: `----…:----…` has the shape only.
      .refine((cursor) => cursor.split(':').every((id) => uuidSchema.safeParse(id).success), {
        message: 'Cursor is not one this list handed out',
      })
      .optional(),
    q: z.string().trim().max(100).optional(),
    warehouseId: uuidSchema.optional(),
    productId: uuidSchema.optional(),
    /** `out`: nothing on hand; `low`: at or below `lowThreshold`. */
    stock: z.enum(['out', 'low']).optional(),
    lowThreshold: z.coerce.number().int().min(0).max(100_000).default(5),
    activeOnly: boolParam.optional(),
  })
  .default({ limit: 20, lowThreshold: 5 });

export const inventoryRowOutput = z.object({
  /** `variantId:warehouseId`, the row's cursor. */
  id: z.string(),
  variantId: z.string(),
  productId: z.string(),
  productName: z.string(),
  sku: z.string(),
  variantName: z.string(),
  warehouseId: z.string(),
  warehouseName: z.string(),
  quantity: z.number().int(),
  updatedAt: z.date(),
});
export const inventoryListOutput = pageOf(inventoryRowOutput);

export const movementReasons = ['restock', 'adjustment', 'damaged', 'returned'] as const;

export const inventoryUpdateInput = z.object({
  items: z
    .array(
      z
        .object({
          variantId: uuidSchema,
          warehouseId: uuidSchema,
          /** Set the count to this (a stock take)… */
          quantity: quantitySchema.optional(),
          /** …or move it by this much (+ restock, − damaged). */
          delta: z.number().int('Must be a whole number').min(-maxStock).max(maxStock).optional(),
          reason: z.enum(movementReasons, {
            error: 'Reason must be restock, adjustment, damaged or returned',
          }),
          note: optionalText(300),
        })
        .refine((i) => (i.quantity === undefined) !== (i.delta === undefined), {
          message: 'Give either quantity (set) or delta (adjust)',
          path: ['quantity'],
        }),
    )
    .min(1, 'Nothing to update')
    .max(500, 'At most 500 rows at once'),
});
export const inventoryUpdateOutput = z.object({
  updated: z.array(
    z.object({
      variantId: z.string(),
      warehouseId: z.string(),
      quantity: z.number().int(),
      delta: z.number().int(),
    }),
  ),
});

export const movementListInput = pageInputSchema.extend({
  variantId: uuidSchema,
  warehouseId: uuidSchema.optional(),
});
export const movementOutput = z.object({
  id: z.string(),
  warehouseId: z.string(),
  delta: z.number().int(),
  quantityAfter: z.number().int(),
  reason: z.string(),
  note: z.string().nullable(),
  actorName: z.string().nullable(),
  createdAt: z.date(),
});
export const movementListOutput = pageOf(movementOutput);
