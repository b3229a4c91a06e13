import type { FormSettings } from '@bosonline/contracts';
import type { CatalogStatus, Db } from '@bosonline/db';
import { looksLikeUuid } from '../../lib/ids.ts';
import { formSettings } from './settings.ts';
import { formInclude, itemAvailable, optionsOf } from './views.ts';

export interface PublishedFormItem {
  variantId: string;
  sku: string;
  variantName: string;
  options: Record<string, string>;
  /** What the buyer pays: the form's price, else the variant's. */
  price: number;
  /** The variant's weight, else its product's. */
  weightGrams: number;
  status: CatalogStatus;
  variantDeletedAt: Date | null;
  productId: string;
  productName: string;
  productStatus: CatalogStatus;
  productDeletedAt: Date | null;
  /** Variant and product active and not deleted: buyers may order it. */
  available: boolean;
}

export interface PublishedForm {
  id: string;
  storeId: string;
  name: string;
  slug: string;
  headline: string;
  description: string;
  settings: FormSettings;
  items: PublishedFormItem[];
  /** The CS members the form's orders rotate among (empty: the store's whole CS team). */
  staffMemberIds: string[];
}

/**
 * The form a buyer may order from: active and not deleted, with its settings parsed through the
 * contract schemas and its items priced. Unavailable items are kept (flagged) so a page can show
 * them as sold out; null when there is no such form.
 */
export async function loadPublishedForm(
  db: Pick<Db, 'form'>,
  formId: string,
  /** Only these SKUs' items (an order needs its cart, not a 1 000-item catalogue). */
  skus?: string[],
): Promise<PublishedForm | null> {
  if (!looksLikeUuid(formId)) return null;
  const row = await db.form.findFirst({
    where: { id: formId, status: 'active', deletedAt: null },
    // Lean: items with variant and product, and only the ids of the form's CS staff.
    include: {
      items: skus ? { ...formInclude.items, where: { variant: { sku: { in: skus } } } } : formInclude.items,
      staff: { select: { memberId: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    storeId: row.storeId,
    name: row.name,
    slug: row.slug,
    headline: row.headline,
    description: row.description,
    settings: formSettings(row),
    items: row.items.map((item) => {
      const { variant } = item;
      return {
        variantId: variant.id,
        sku: variant.sku,
        variantName: variant.name,
        options: optionsOf(variant.options),
        price: item.price ?? variant.price,
        weightGrams: variant.weightGrams ?? variant.product.weightGrams,
        status: variant.status,
        variantDeletedAt: variant.deletedAt,
        productId: variant.productId,
        productName: variant.product.name,
        productStatus: variant.product.status,
        productDeletedAt: variant.product.deletedAt,
        available: itemAvailable(item),
      };
    }),
    staffMemberIds: row.staff.map((s) => s.memberId),
  };
}
