import { cacheKeyRoot } from '../../ports/cache/port.ts';

// Every cache key, named in one place. What belongs to a store lives under `bos:store:<id>:`, so
// "everything cached for a store" is one pattern; shared reference data lives elsewhere.
//
//   bos:store:<storeId>:form:<formId>   a published form as buyers load it (and its slug)
//   bos:store:<storeId>:facts           the store's side of an order (sender, accounts, CS team)
//   bos:store:<storeId>:origins         who may frame its hosted pages (subdomain, verified domains)
//   bos:store:<storeId>:risk-baseline   its COD risk baseline: district return rates, median total
//   bos:region:search:<level>:<limit>:<q>  region search answers (reference data)
//   bos:shipping:couriers               the shipping provider's courier catalogue

/** How long each kind lives. Invalidation is explicit; the TTL only bounds a lost race or outage. */
export const cacheTtl = {
  form: 10 * 60,
  storeFacts: 10 * 60,
  // Also forgotten when an order ends (delivered, returned, canceled); the orders placed meanwhile
  // move a 2 000-order window by a few, which this bounds.
  riskBaseline: 60,
  regionSearch: 24 * 60 * 60,
  courierCatalog: 10 * 60,
} as const;

export const cacheKeys = {
  /** The prefix of everything cached for one store. */
  store: (storeId: string) => `${cacheKeyRoot}store:${storeId}:`,
  form: (storeId: string, formId: string) => `${cacheKeyRoot}store:${storeId}:form:${formId}`,
  storeFacts: (storeId: string) => `${cacheKeyRoot}store:${storeId}:facts`,
  storeOrigins: (storeId: string) => `${cacheKeyRoot}store:${storeId}:origins`,
  riskBaseline: (storeId: string) => `${cacheKeyRoot}store:${storeId}:risk-baseline`,
  regionSearch: (input: { q: string; level?: string; limit: number }) =>
    `${cacheKeyRoot}region:search:${input.level ?? 'any'}:${input.limit}:${encodeURIComponent(input.q.toLowerCase())}`,
  courierCatalog: `${cacheKeyRoot}shipping:couriers`,
};
