import type { FormSettings, ShieldRules } from '@bosonline/contracts';
import { type CatalogStatus, type Db, Prisma } from '@bosonline/db';
import { TRPCError } from '@trpc/server';
import { looksLikeUuid } from '../../lib/ids.ts';
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
export function storeUnavailable(): TRPCError {
  return new TRPCError({ code: 'FORBIDDEN', message: 'This store is not available right now' });
}

export function isStoreUnavailable(error: unknown): boolean {
  return (
    error instanceof TRPCError && error.code === 'FORBIDDEN' && error.message === storeUnavailable().message
  );
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
  const skuFilter = skus ? Prisma.sql`AND v."sku" = ANY(${skus}::text[])` : Prisma.empty;
  const [row] = await db.$queryRaw<FormRow[]>`
    SELECT f."id", f."storeId", f."name", f."slug", f."headline", f."description",
      f."paymentMethods"::text[] AS "paymentMethods", f."couriers", f."codFee", f."insurance",
      f."allowVouchers", f."paymentWindowHours", f."customFields", f."successPage", f."pixels", f."theme",
      f."shield",
      COALESCE((
        SELECT json_agg(json_build_object(
          'price', i."price",
          'variant', json_build_object(
            'id', v."id", 'sku', v."sku", 'name', v."name", 'options', v."options", 'price', v."price",
            'weightGrams', v."weightGrams", 'status', v."status", 'deletedAt', v."deletedAt",
            'productId', v."productId",
            'product', json_build_object('name', p."name", 'status', p."status",
              'deletedAt', p."deletedAt", 'weightGrams', p."weightGrams")))
          ORDER BY i."position", i."variantId")
        FROM "FormItem" i
        JOIN "Variant" v ON v."id" = i."variantId"
        JOIN "Product" p ON p."id" = v."productId"
        WHERE i."formId" = f."id" ${skuFilter}
      ), '[]'::json) AS "items",
      ARRAY(SELECT s."memberId"::text FROM "FormStaff" s WHERE s."formId" = f."id") AS "staffMemberIds",
      (SELECT u."status" = 'active' FROM "Store" st JOIN "User" u ON u."id" = st."ownerId"
        WHERE st."id" = f."storeId") AS "storeOpen"
    FROM "Form" f
    WHERE f."id" = ${formId}::uuid AND f."status" = 'active' AND f."deletedAt" IS NULL`;
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
