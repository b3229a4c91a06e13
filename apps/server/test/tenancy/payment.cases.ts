import { expect } from 'vitest';
import type { DomainCases } from './case.ts';

export const paymentCases: DomainCases = {
  async seed(fx) {
    // Movements are written by webhooks only; store A's is made directly.
    const entry = await fx.server.db.bosPayEntry.create({
      data: { storeId: fx.a.storeId, kind: 'cod_remittance', amount: 150_000, invoice: 'INV1' },
    });
    fx.ids.bosPayEntry = entry.id;
  },
  cases: {
    'bosPay.saldo': {
      call: (b) => b.bosPay.saldo.query({}),
      expect: (result) => expect(result).toEqual({ balance: 0, items: [], nextCursor: null }),
    },
    // The same channel list for every store: nothing of A's in it.
    'payment.channels': {
      call: (b) => b.payment.channels.query(),
      expect: (result) => expect((result as { channels: unknown[] }).channels.length).toBeGreaterThan(0),
    },
  },
};
