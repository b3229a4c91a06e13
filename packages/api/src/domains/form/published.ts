import type { FormSettings, ShieldRules } from '@bosonline/contracts';
import type { CatalogStatus, Db, Prisma } from '@bosonline/db';
import { type AppError, forbidden, isAppError } from '../../lib/errors.ts';
import { looksLikeUuid } from '../../lib/ids.ts';
import { publishedFormSql } from './form.sql.ts';
import { formSettings, storedShieldRules } from './settings.ts';
import { optionsOf, sellable } from './views.ts';

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
  productId: string;
  productName: string;
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
  /** Order Shield rules: the checkout judges orders with them, buyers never see them. */
  shield: ShieldRules;
  items: PublishedFormItem[];
  /** The CS members the form's orders rotate among (empty: the store's whole CS team). */
  staffMemberIds: string[];
}

interface ItemJson {
  price: number | null;
  variant: {
    id: string;
    sku: string;
    name: string;
    options: Prisma.JsonValue;
    price: number;
    weightGrams: number | null;
    status: CatalogStatus;
    deletedAt: string | null;
    productId: string;
    product: { name: string; status: CatalogStatus; deletedAt: string | null; weightGrams: number };
  };
}

type FormRow = Parameters<typeof formSettings>[0] &
  Omit<PublishedForm, 'settings' | 'items' | 'shield'> & {
    items: ItemJson[];
    storeOpen: boolean;
    shield: unknown;
  };

/**
 * The store's owner is suspended by platform staff: every form of the store is offline. A 403
 * with its own message rather than the 404 of a closed form, so buyers (and the hosted page) can
 * tell "not available" from "no such form"; it lifts as soon as the seller is reactivated.
 */
export function storeUnavailable(): AppError {
  return forbidden('This store is not available right now');
}

export function isStoreUnavailable(error: unknown): boolean {
  return isAppError(error, 'FORBIDDEN') && error.message === storeUnavailable().message;
}

/**
 * The form a buyer may order from: active and not deleted, with its settings parsed through the
 * contract schemas and its items priced. Unavailable items are kept (flagged) so a page can show
 * them as sold out; null when there is no such form; `storeUnavailable()` while the store's owner
 * is suspended.
 *
 * One statement (items and staff aggregated as JSON): every checkout call starts here, and on the
 * order path each round trip to the database costs more than the query itself.
 */
export async function loadPublishedForm(
  db: Pick<Db, '$queryRaw'>,
  formId: string,
  /** Only these SKUs' items (an order needs its cart, not a 1 000-item catalogue). */
  skus?: string[],
): Promise<PublishedForm | null> {
  if (!looksLikeUuid(formId)) return null;
  const [row] = await db.$queryRaw<FormRow[]>(publishedFormSql(formId, skus));
  if (!row) return null;
  if (!row.storeOpen) throw storeUnavailable();
  return {
    id: row.id,
    storeId: row.storeId,
    name: row.name,
    slug: row.slug,
    headline: row.headline,
    description: row.description,
    settings: formSettings(row),
    shield: storedShieldRules(row.shield),
    items: row.items.map(({ price, variant }) => ({
      variantId: variant.id,
      sku: variant.sku,
      variantName: variant.name,
      options: optionsOf(variant.options),
      price: price ?? variant.price,
      weightGrams: variant.weightGrams ?? variant.product.weightGrams,
      status: variant.status,
      productId: variant.productId,
      productName: variant.product.name,
      available: sellable(variant),
    })),
    staffMemberIds: row.staffMemberIds,
  };
}
