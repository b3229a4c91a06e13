import type { DomainCases } from './case.ts';

// Store B (no orders of its own) asks for its recaps: they must count nothing of store A's orders
// (the runner also checks that none of A's ids appear).
const nothingCounted = (result: unknown) => {
  const text = JSON.stringify(result);
  if (/"(orders|units)":[1-9]/.test(text)) throw new Error(`recap counted A’s orders: ${text}`);
};

export const recapCases: DomainCases = {
  cases: {
    'recap.store': { call: (b) => b.recap.store.query({}), expect: nothingCounted },
    'recap.product': { call: (b) => b.recap.product.query({}), expect: nothingCounted },
    'recap.cs': { call: (b) => b.recap.cs.query({}), expect: nothingCounted },
    'recap.revenue': { call: (b) => b.recap.revenue.query({ period: 'month' }), expect: nothingCounted },
  },
};
