import { expect } from 'vitest';
import { type DomainCases, idOf } from './case.ts';

// API Boscod: B may price parcels and search regions (nothing of A's in the answer), but never
// track A's order nor register A's warehouse. Seeded by warehouseCases and orderCases.
export const shippingCases: DomainCases = {
  cases: {
    'shipping.rates': {
      call: (b) => b.shipping.rates.query({ originId: 15022, destinationId: 76518, weight: 1000 }),
      expect: (result) => expect(Array.isArray(result) && result.length > 0).toBe(true),
    },
    'shipping.regions': {
      call: (b) => b.shipping.regions.query({ q: 'buduran' }),
      expect: (result) => expect(Array.isArray(result)).toBe(true),
    },
    'shipping.tracking': {
      call: (b) => b.shipping.tracking.query({ q: 'INV777' }),
      expect: 'notFound',
    },
    'shipping.registerWarehouse': {
      call: (b, fx) => b.shipping.registerWarehouse.mutate({ id: idOf(fx, 'depot') }),
      expect: 'notFound',
    },
  },
};
