import { Prisma } from '@bosonline/db';

// The form domain's raw statements, in one place so sql-statements.test.ts runs each one
// (EXPLAIN) against the migrated template: a renamed column fails CI, not a buyer's checkout.

/**
 * An active form with its settings, its items (only `skus`' when given) with their variants and
 * products, its CS rotation and whether the store's owner is active; one statement, for why see
 * published.ts's loadPublishedForm.
 */
export function publishedFormSql(formId: string, skus?: string[]) {
  // By the store's (storeId, sku) key: a cart's few variants, then their form items by the form's
  // key, instead of every item of a 1 000-item form joined and filtered.
  const skuFilter = skus
    ? Prisma.sql`AND v."storeId" = f."storeId" AND v."sku" = ANY(${skus}::text[])`
    : Prisma.empty;
  return Prisma.sql`
    SELECT f."id", f."storeId", f."name", f."slug", f."headline", f."description",
      f."paymentMethods"::text[] AS "paymentMethods", f."couriers", f."codFee", f."insurance",
      f."allowVouchers", f."paymentWindowHours", f."customFields", f."successPage", f."pixels", f."theme",
      f."riskPolicy", f."shield",
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
}
