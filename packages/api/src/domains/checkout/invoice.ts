import type { Tx } from '../inventory/ledger.ts';

/**
 * The store's next invoice number, `INV` + n: one upsert that increments and returns the counter.
 * Run it outside the order's transaction: the counter row is then locked for one statement, not
 * for the whole checkout, and a number whose order is rolled back is simply skipped (gaps are
 * fine; duplicates are not).
 */
export async function allocateInvoice(db: Tx, storeId: string): Promise<string> {
  const [row] = await db.$queryRaw<Array<{ last: number }>>`
    INSERT INTO "InvoiceCounter" ("storeId", "last") VALUES (${storeId}::uuid, 1)
    ON CONFLICT ("storeId") DO UPDATE SET "last" = "InvoiceCounter"."last" + 1
    RETURNING "last"`;
  if (!row) throw new Error('invoice counter did not answer');
  return `INV${row.last}`;
}
