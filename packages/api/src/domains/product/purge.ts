import type { Prisma } from '@bosonline/db';
import type { Tx } from '../inventory/ledger.ts';

/**
 * Removes never-sold variants for good: their ledger, stock rows and order-form listings go with
 * them (FormItem restricts the delete). Sold variants are archived by the callers instead.
 */
export async function purgeVariants(tx: Tx, variants: Prisma.VariantWhereInput): Promise<void> {
  await tx.inventoryMovement.deleteMany({ where: { variant: variants } });
  await tx.stock.deleteMany({ where: { variant: variants } });
  await tx.formItem.deleteMany({ where: { variant: variants } });
  await tx.variant.deleteMany({ where: variants });
}
