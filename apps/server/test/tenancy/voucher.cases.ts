import { expect } from 'vitest';
import { type DomainCases, idOf } from './case.ts';

const voucher = (now: Date) => ({
  code: 'TENANT10',
  name: 'Store A voucher',
  kind: 'product' as const,
  valueType: 'percentage' as const,
  value: 10,
  startsAt: now,
  endsAt: new Date(now.getTime() + 86_400_000),
});

export const voucherCases: DomainCases = {
  async seed(fx) {
    const created = await fx.a.client.voucher.create.mutate(voucher(fx.server.clock.now()));
    fx.ids.voucher = created.id;
  },
  cases: {
    'voucher.list': { call: (b) => b.voucher.list.query(), expect: 'empty' },
    'voucher.detail': {
      call: (b, fx) => b.voucher.detail.query({ id: idOf(fx, 'voucher') }),
      expect: 'notFound',
    },
    'voucher.update': {
      call: (b, fx) => b.voucher.update.mutate({ id: idOf(fx, 'voucher'), name: 'Thief' }),
      expect: 'notFound',
    },
    'voucher.setStatus': {
      call: (b, fx) => b.voucher.setStatus.mutate({ id: idOf(fx, 'voucher'), status: 'inactive' }),
      expect: 'notFound',
    },
    'voucher.delete': {
      call: (b, fx) => b.voucher.delete.mutate({ id: idOf(fx, 'voucher') }),
      expect: 'notFound',
    },
    // The same code in B's store is B's own voucher; A's keeps its terms.
    'voucher.create': {
      call: (b, fx) => b.voucher.create.mutate({ ...voucher(fx.server.clock.now()), value: 90 }),
      expect: async (_result, fx) => {
        const mine = await fx.a.client.voucher.detail.query({ id: idOf(fx, 'voucher') });
        expect(mine).toMatchObject({ name: 'Store A voucher', value: 10, status: 'active' });
      },
    },
  },
};
