import type { ProductView } from '@bosonline/contracts';
import type { Prisma } from '@bosonline/db';
import type { ObjectStoragePort } from '../../ports/index.ts';

export const productInclude = {
  category: true,
  images: { orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] },
  variants: {
    where: { deletedAt: null },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    include: {
      stocks: {
        where: { warehouse: { deletedAt: null } },
        include: { warehouse: { select: { name: true } } },
        orderBy: { warehouseId: 'asc' },
      },
    },
  },
} satisfies Prisma.ProductInclude;

export type ProductRow = Prisma.ProductGetPayload<{ include: typeof productInclude }>;
export type VariantRow = ProductRow['variants'][number];

export function imageView(storage: ObjectStoragePort, image: ProductRow['images'][number]) {
  return {
    id: image.id,
    url: storage.publicUrl(image.key),
    width: image.width,
    height: image.height,
    bytes: image.bytes,
    mimeType: image.mimeType,
  };
}

export function variantView(variant: VariantRow) {
  const stock = variant.stocks.map((s) => ({
    warehouseId: s.warehouseId,
    warehouseName: s.warehouse.name,
    quantity: s.quantity,
  }));
  return {
    id: variant.id,
    productId: variant.productId,
    sku: variant.sku,
    name: variant.name,
    options: variant.options as Record<string, string>,
    price: variant.price,
    compareAtPrice: variant.compareAtPrice,
    cost: variant.cost,
    weightGrams: variant.weightGrams,
    status: variant.status,
    stock,
    totalStock: stock.reduce((sum, s) => sum + s.quantity, 0),
  };
}

export function productView(storage: ObjectStoragePort, row: ProductRow): ProductView {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    description: row.description,
    category: categoryView(row.category),
    weightGrams: row.weightGrams,
    lengthCm: row.lengthCm,
    widthCm: row.widthCm,
    heightCm: row.heightCm,
    status: row.status,
    images: row.images.map((image) => imageView(storage, image)),
    variants: row.variants.map(variantView),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function categoryView(category: { id: number; slug: string; name: string } | null) {
  return category && { id: category.id, slug: category.slug, name: category.name };
}

/** Figures of a product's live variants shown in lists and exports. */
export function variantFigures(variants: Array<{ price: number; stocks: Array<{ quantity: number }> }>) {
  const prices = variants.map((v) => v.price);
  return {
    variantCount: variants.length,
    minPrice: prices.length ? Math.min(...prices) : null,
    maxPrice: prices.length ? Math.max(...prices) : null,
    totalStock: variants.reduce((sum, v) => sum + v.stocks.reduce((s, x) => s + x.quantity, 0), 0),
  };
}

/** A variant's display name: what the seller typed, else its option values ("Merah / XL"). */
export function variantName(
  name: string | null,
  options: Record<string, string>,
  productName: string,
): string {
  if (name) return name;
  const values = Object.values(options);
  return values.length ? values.join(' / ') : productName;
}
