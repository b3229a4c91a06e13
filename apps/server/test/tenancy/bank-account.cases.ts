import { expect } from 'vitest';
import { type DomainCases, idOf } from './case.ts';

export const bankAccountCases: DomainCases = {
  async seed(fx) {
    const account = await fx.a.client.bankAccount.create.mutate({
      bankCode: 'BCA',
      accountNumber: '1111222233',
      accountHolder: 'Store A',
    });
    fx.ids.bankAccount = account.id;
  },
  cases: {
    'bankAccount.list': { call: (b) => b.bankAccount.list.query(), expect: 'empty' },
    'bankAccount.detail': {
      call: (b, fx) => b.bankAccount.detail.query({ id: idOf(fx, 'bankAccount') }),
      expect: 'notFound',
    },
    'bankAccount.update': {
      call: (b, fx) => b.bankAccount.update.mutate({ id: idOf(fx, 'bankAccount'), accountHolder: 'Thief' }),
      expect: 'notFound',
    },
    'bankAccount.setStatus': {
      call: (b, fx) => b.bankAccount.setStatus.mutate({ id: idOf(fx, 'bankAccount'), active: false }),
      expect: 'notFound',
    },
    'bankAccount.delete': {
      call: (b, fx) => b.bankAccount.delete.mutate({ id: idOf(fx, 'bankAccount') }),
      expect: 'notFound',
    },
    // Creating the same account number in B's store is B's business, and A's copy stays A's.
    'bankAccount.create': {
      call: (b) =>
        b.bankAccount.create.mutate({ bankCode: 'BCA', accountNumber: '1111222233', accountHolder: 'B' }),
      expect: async (_result, fx) => {
        const mine = await fx.a.client.bankAccount.detail.query({ id: idOf(fx, 'bankAccount') });
        expect(mine.accountHolder).toBe('Store A');
      },
    },
  },
};
