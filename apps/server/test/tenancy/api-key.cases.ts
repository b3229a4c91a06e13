import { expect } from 'vitest';
import { type DomainCases, idOf } from './case.ts';

export const apiKeyCases: DomainCases = {
  async seed(fx) {
    const key = await fx.a.client.apiKey.create.mutate({ name: 'A system', scopes: ['orders:read'] });
    fx.ids.apiKey = key.id;
  },
  cases: {
    'apiKey.list': { call: (b) => b.apiKey.list.query(), expect: 'empty' },
    'apiKey.revoke': {
      call: (b, fx) => b.apiKey.revoke.mutate({ id: idOf(fx, 'apiKey') }),
      expect: 'notFound',
    },
    'apiKey.create': {
      call: (b) => b.apiKey.create.mutate({ name: 'B system', scopes: ['catalog:read'] }),
      expect: async (_result, fx) => {
        const aKeys = await fx.a.client.apiKey.list.query();
        expect(aKeys.map((k) => k.name)).toEqual(['A system']);
      },
    },
    'whatsapp.validateNumber': {
      call: (b) => b.whatsapp.validateNumber.query({ phone: '081234567004' }),
      expect: (result) => expect(result).toEqual({ phone: '6281234567004', valid: true, checked: true }),
    },
  },
};
