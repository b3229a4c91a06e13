import { catalogStatuses } from '@bosonline/contracts';
import { z } from 'zod';

// The product and stock lists' filters, kept in the URL so a list can be shared or bookmarked. A
// hand-edited URL with a value the server would refuse drops that filter instead of breaking the page.

/** Active or inactive, for products and variants alike. */
export type CatalogStatus = (typeof catalogStatuses)[number];

export const productSearch = z.object({
  status: z.enum(catalogStatuses).optional().catch(undefined),
  /** Name or SKU. */
  q: z.string().trim().max(100).optional().catch(undefined),
  categoryId: z.coerce.number().int().positive().optional().catch(undefined),
});
export type ProductSearch = z.output<typeof productSearch>;

export const inventorySearch = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  warehouseId: z.uuid().optional().catch(undefined),
  stock: z.enum(['out', 'low']).optional().catch(undefined),
});
export type InventorySearch = z.output<typeof inventorySearch>;

/** Whether any filter besides the status tab is set. */
export function hasProductFilters(search: ProductSearch): boolean {
  return Boolean(search.q || search.categoryId);
}
