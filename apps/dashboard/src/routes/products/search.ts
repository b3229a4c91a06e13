import { catalogStatuses } from '@bosonline/contracts';
import { optional, searchText, uuid, v } from '../url-search.ts';

// The product and stock lists' filters, kept in the URL so a list can be shared or bookmarked. A
// hand-edited URL with a value the server would refuse drops that filter instead of breaking the page.

/** Active or inactive, for products and variants alike. */
export type CatalogStatus = (typeof catalogStatuses)[number];

export const productSearch = v.object({
  status: optional(v.picklist(catalogStatuses)),
  /** Name or SKU. */
  q: optional(searchText()),
  categoryId: optional(v.pipe(v.unknown(), v.transform(Number), v.safeInteger(), v.minValue(1))),
});
export type ProductSearch = v.InferOutput<typeof productSearch>;

export const inventorySearch = v.object({
  q: optional(searchText()),
  warehouseId: optional(uuid),
  stock: optional(v.picklist(['out', 'low'])),
});
export type InventorySearch = v.InferOutput<typeof inventorySearch>;

/** Whether any filter besides the status tab is set. */
export function hasProductFilters(search: ProductSearch): boolean {
  return Boolean(search.q || search.categoryId);
}
