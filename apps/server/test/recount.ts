import { isSale, type OrderStatus } from '@bosonline/contracts';

// Recounts from raw rows that more than one test compares the server's figures with.

export interface RecountOrder {
  status: string;
  items: Array<{ productId: string; quantity: number; price: number }>;
}

/**
 * Per product, as the product recap counts it: units and revenue of sales (neither on hold nor
 * canceled, contracts' isSale), units of returned orders; products that sold nothing at all are
 * left out. Sorted by product id.
 */
export function recountProducts(list: RecountOrder[], productId?: string) {
  const products = new Map<
    string,
    { productId: string; units: number; revenue: number; returnedUnits: number; all: number }
  >();
  for (const o of list) {
    for (const i of o.items) {
      if (productId && i.productId !== productId) continue;
      const p = products.get(i.productId) ?? {
        productId: i.productId,
        units: 0,
        revenue: 0,
        returnedUnits: 0,
        all: 0,
      };
      p.all += i.quantity;
      if (isSale(o.status as OrderStatus)) {
        p.units += i.quantity;
        p.revenue += i.quantity * i.price;
      }
      if (o.status === 'returned') p.returnedUnits += i.quantity;
      products.set(i.productId, p);
    }
  }
  return [...products.values()]
    .filter((p) => p.all !== 0)
    .map(({ all: _all, ...p }) => p)
    .sort((a, b) => a.productId.localeCompare(b.productId));
}
