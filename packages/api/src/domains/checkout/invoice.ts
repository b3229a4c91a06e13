import { Prisma } from '@bosonline/db';

/**
 * The store's next invoice number, `INV` + n: one upsert that increments and returns the counter
 * (`last`). The checkout runs it inside its risk read (risk/risk.sql.ts), one round trip for both,
 * and outside the order's transaction: the counter row is then locked for one statement, not for
 * the whole checkout, and a number whose order is rolled back is simply skipped (gaps are fine;
 * duplicates are not).
 */
export function nextInvoiceSql(storeId: string): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "InvoiceCounter" ("storeId", "last") VALUES (${storeId}::uuid, 1)
    ON CONFLICT ("storeId") DO UPDATE SET "last" = "InvoiceCounter"."last" + 1
    RETURNING "last"`;
}

export const invoiceOf = (last: number) => `INV${last}`;
