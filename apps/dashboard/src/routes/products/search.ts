import { catalogStatuses } from '@bosonline/contracts';
import { optional, searchText, z } from '../url-search.ts';

// The product and stock lists' filters, kept in the URL so a list can be shared or bookmarked. A
// hand-edited URL with a value the server would refuse drops that filter instead of breaking the page.

/** Active or inactive, for products and variants alike. */
export type CatalogStatus = (typeof catalogStatuses)[number];

export const productSearch = z.object({
  status: optional(z.enum(catalogStatuses)),
  /** Name or SKU. */
  q: optional(searchText()),
  categoryId: optional(z.coerce.number().check(z.refine(Number.isSafeInteger), z.positive())),
});
export type ProductSearch = z.output<typeof productSearch>;

export const inventorySearch = z.object({
  q: optional(searchText()),
  warehouseId: optional(z.uuid()),
  stock: optional(z.enum(['out', 'low'])),
});
export type InventorySearch = z.output<typeof inventorySearch>;

/** Whether any filter besides the status tab is set. */
export function hasProductFilters(search: ProductSearch): boolean {
  return Boolean(search.q || search.categoryId);
}
