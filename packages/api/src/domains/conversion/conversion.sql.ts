import { Prisma } from '@bosonline/db';

// The conversion outbox's raw statements, in one place so sql-statements.test.ts runs each one
// (EXPLAIN) against the migrated template.

/** What the outbox needs to decide whether an order's change is its Purchase, in one read. */
export interface OrderConversionFacts {
  formId: string;
  paymentMethod: string;
  createdAt: Date;
  pixels: Prisma.JsonValue;
  codPurchaseOn: string;
  prepaidPurchaseOn: string;
  metaToken: boolean;
  tiktokToken: boolean;
  eventId: string | null;
}

/** The order's form's conversion settings and the browser's event id; no row when the form has none. */
export function orderConversionFacts(orderId: string) {
  return Prisma.sql`
    SELECT o."formId", o."paymentMethod"::text AS "paymentMethod", o."createdAt", f."pixels",
      s."codPurchaseOn"::text AS "codPurchaseOn", s."prepaidPurchaseOn"::text AS "prepaidPurchaseOn",
      s."metaAccessToken" IS NOT NULL AS "metaToken", s."tiktokAccessToken" IS NOT NULL AS "tiktokToken",
      a."eventId"
    FROM "Order" o
    JOIN "Form" f ON f."id" = o."formId"
    JOIN "ConversionSetting" s ON s."formId" = o."formId"
    LEFT JOIN "OrderAdContext" a ON a."orderId" = o."id"
    WHERE o."id" = ${orderId}::uuid`;
}

/** A form's conversion settings as the checkout needs them. */
export interface FormConversionFacts {
  codPurchaseOn: string;
  prepaidPurchaseOn: string;
  metaToken: boolean;
  tiktokToken: boolean;
}

/**
 * At checkout, on a form with a pixel: keeps what the buyer's browser told us (the pixel's event
 * id, IP, user agent) and reads the form's conversion settings, in one statement.
 */
export function keepAdContextReadingSettings(context: {
  orderId: string;
  formId: string;
  eventId: string;
  clientIp: string | null;
  userAgent: string | null;
  sourceUrl: string | null;
  createdAt: Date;
}) {
  return Prisma.sql`
    WITH "kept" AS (
      INSERT INTO "OrderAdContext" ("orderId", "eventId", "clientIp", "userAgent", "sourceUrl", "createdAt")
      VALUES (${context.orderId}::uuid, ${context.eventId}, ${context.clientIp}, ${context.userAgent},
        ${context.sourceUrl}, ${context.createdAt}))
    SELECT s."codPurchaseOn"::text AS "codPurchaseOn", s."prepaidPurchaseOn"::text AS "prepaidPurchaseOn",
      s."metaAccessToken" IS NOT NULL AS "metaToken", s."tiktokAccessToken" IS NOT NULL AS "tiktokToken"
    FROM "ConversionSetting" s
    WHERE s."formId" = ${context.formId}::uuid`;
}
