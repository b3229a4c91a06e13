import { z } from 'zod';
import { sellerOutput } from './admin.ts';
import { bankAccountOutput } from './bank-account.ts';
import { idListSchema, pageInputSchema, pageOf, uuidSchema } from './common.ts';
import {
  catalogStatusSchema,
  exportFormats,
  imageOutput,
  productListInput,
  productOutput,
  productSummaryOutput,
} from './product.ts';
import { productMarkings } from './states.ts';
import { storeNameSchema, storeOutput, storeUpdateInput } from './store.ts';

// AdminBosOnline › Seller (its detail pages), Products and Store: the platform staff's view of
// every seller's catalogue. Seller-realm shapes are reused wherever the admin sees the same thing.

// --- Seller › Detail ----------------------------------------------------------------------------

/** "Seller Summary": how many sellers there are, by status and marking. */
export const sellerSummaryOutput = z.object({
  total: z.number().int(),
  byStatus: z.object({ active: z.number().int(), suspended: z.number().int(), deleted: z.number().int() }),
  byMarking: z.object({
    none: z.number().int(),
    verified: z.number().int(),
    watch: z.number().int(),
    fraud: z.number().int(),
  }),
  /** Registered since the 1st of this month (Asia/Jakarta). */
  newThisMonth: z.number().int(),
});

/** "Seller Active Status": active, or not (suspended: sessions end, forms go offline). */
export const sellerActiveInput = z.object({
  id: uuidSchema,
  active: z.preprocess(
    (v) => (v === 'true' || v === '1' ? true : v === 'false' || v === '0' ? false : v),
    z.boolean({ error: 'Must be true or false' }),
  ),
});

/** A store of the seller's, named beside what belongs to it. */
const storeRef = z.object({ id: z.string(), name: z.string() });

/** "Detail Bank Seller": the bank accounts of every store the seller owns. */
export const sellerBankAccountsOutput = z.array(bankAccountOutput.extend({ store: storeRef }));

/** "Seller Store": the stores the seller owns, as their owner sees them. */
export const sellerStoresOutput = z.array(storeOutput.extend({ ownerId: z.string() }));

/** `{ storeId }`: the store-scoped reads of a seller's detail page. */
export const storeIdInput = z.object({ storeId: uuidSchema });

/**
 * "Update Detail Seller Store": the fields the seller edits themselves, of the store `id`. An
 * intersection, so the seller schema's "Nothing to update" check still sees only its own fields.
 */
export const adminStoreUpdateInput = z.object({ id: uuidSchema }).and(storeUpdateInput);

/** "Seller Product": one store's products, with the seller-side list's search, filters and paging. */
export const sellerProductListInput = productListInput.unwrap().extend({ storeId: uuidSchema });

/** "Update Status Produk Seller": one or many products of that store. */
export const sellerProductStatusInput = z.object({
  storeId: uuidSchema,
  ids: idListSchema,
  status: catalogStatusSchema,
});

export const adminExportFormatInput = z.object({ format: z.enum(exportFormats).default('csv') });

/** "Download Product Seller": that store's products (CSV or XLSX, as the seller downloads them). */
export const sellerProductExportInput = adminExportFormatInput.extend({ storeId: uuidSchema });

// --- Seller › Notes ------------------------------------------------------------------------------

const noteBody = z
  .string({ error: 'Note is required' })
  .trim()
  .min(1, 'Note is required')
  .max(5000, 'Note must be at most 5000 characters');

export const sellerNoteOutput = z.object({
  id: z.string(),
  sellerId: z.string(),
  body: z.string(),
  author: z.object({ id: z.string(), email: z.string() }),
  updatedBy: z.object({ id: z.string(), email: z.string() }).nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export const sellerNotePageOutput = pageOf(sellerNoteOutput);

/** Newest first; position cursors (`<ms>_<id>`). */
export const sellerNoteListInput = pageInputSchema.extend({
  id: uuidSchema,
  cursor: z.string().max(64).optional(),
});
export const sellerNoteCreateInput = z.object({ id: uuidSchema, body: noteBody });
/** `id` is the note's. */
export const sellerNoteUpdateInput = z.object({ id: uuidSchema, body: noteBody });

// --- Seller › Domains ----------------------------------------------------------------------------

/** "Seller Domains": each store's subdomain and custom domains, and its forms' hosted pages. */
export const sellerDomainsOutput = z.array(
  z.object({
    store: storeRef,
    subdomain: z.object({ slug: z.string(), hostname: z.string(), url: z.string() }).nullable(),
    domains: z.array(
      z.object({
        id: z.string(),
        hostname: z.string(),
        status: z.string(),
        isDefault: z.boolean(),
        verifiedAt: z.date().nullable(),
      }),
    ),
    /** Hosted form pages (`/f/{slug}`) of the store's live forms. */
    formPages: z.array(
      z.object({ formId: z.string(), name: z.string(), slug: z.string(), path: z.string() }),
    ),
  }),
);

// --- Products --------------------------------------------------------------------------------------

export const productMarkingSchema = z.enum(productMarkings, {
  error: `Marking must be one of ${productMarkings.join(', ')}`,
});

/** Filters of the list across every seller (and of its download). */
export const adminProductFilter = z.object({
  /** Part of a product name, or a product or variant SKU prefix. */
  q: z.string().trim().max(100).optional(),
  status: catalogStatusSchema.optional(),
  /** A marking, or `none` for unmarked products. */
  marking: z.enum([...productMarkings, 'none']).optional(),
  /** The seller's products (all the stores they own). */
  sellerId: uuidSchema.optional(),
  storeId: uuidSchema.optional(),
});

/** "Get List Product": newest first; position cursors (`<ms>_<id>`). */
export const adminProductListInput = pageInputSchema
  .extend({ cursor: z.string().max(64).optional() })
  .extend(adminProductFilter.shape)
  .default({ limit: 20 });

const productOwner = z.object({
  store: storeRef,
  seller: sellerOutput.pick({ id: true, name: true, email: true, status: true }),
  marking: productMarkingSchema.nullable(),
});

export const adminProductOutput = productSummaryOutput.extend(productOwner.shape);
export const adminProductPageOutput = pageOf(adminProductOutput);

/** "Detail Product Seller": the product as its seller sees it, plus whose it is and its marking. */
export const adminProductDetailOutput = productOutput.extend(productOwner.shape);

export const adminProductExportInput = adminExportFormatInput.extend(adminProductFilter.shape);

/** "Download Product Variant": variants of one product, one store, one seller or everyone. */
export const adminVariantExportInput = adminExportFormatInput.extend({
  productId: uuidSchema.optional(),
  storeId: uuidSchema.optional(),
  sellerId: uuidSchema.optional(),
});

/** "Edit status product": any seller's products, many at once. */
export const adminProductStatusInput = z.object({ ids: idListSchema, status: catalogStatusSchema });

/** "Update Marking Product": one marking (or none) for many products at once. */
export const productMarkingManyInput = z.object({
  ids: idListSchema,
  marking: productMarkingSchema.nullable(),
});

/** "Recap Product": the catalogue across every seller. */
export const adminProductRecapOutput = z.object({
  total: z.number().int(),
  byStatus: z.object({ active: z.number().int(), inactive: z.number().int() }),
  byMarking: z.object({
    none: z.number().int(),
    verified: z.number().int(),
    watch: z.number().int(),
    banned: z.number().int(),
  }),
  /** Stores with at least one live product. */
  stores: z.number().int(),
  newThisMonth: z.number().int(),
});

/** "Product Form": the forms selling any of the product's variants. */
export const productFormsOutput = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    status: catalogStatusSchema,
    path: z.string(),
    /** The product's variants the form offers. */
    variantIds: z.array(z.string()),
    createdAt: z.date(),
  }),
);

// --- Store ---------------------------------------------------------------------------------------

/** "Create Store": a new store owned by an existing seller account. */
export const adminStoreCreateInput = z.object({
  sellerId: uuidSchema,
  name: storeNameSchema,
});
export const adminStoreOutput = storeOutput.extend({ ownerId: z.string() });

/** "Upload Image Custom": the uploaded image and the store it belongs to. */
export const adminImageOutput = imageOutput.extend({ storeId: z.string() });
