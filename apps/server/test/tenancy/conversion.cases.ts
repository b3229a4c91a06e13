import { type DomainCases, idOf } from './case.ts';

// A's form's ad conversions: B can neither read whether A set tokens, nor replace them, nor read
// what A's orders sent.

export const conversionCases: DomainCases = {
  async seed(fx) {
    await fx.a.client.conversion.updateSettings.mutate({
      id: idOf(fx, 'form'),
      metaAccessToken: 'EAAB-tenant-a-token-0123456789',
    });
  },
  cases: {
    'conversion.settings': {
      call: (b, fx) => b.conversion.settings.query({ id: idOf(fx, 'form') }),
      expect: 'notFound',
    },
    'conversion.updateSettings': {
      call: (b, fx) => b.conversion.updateSettings.mutate({ id: idOf(fx, 'form'), metaAccessToken: null }),
      expect: 'notFound',
    },
    'conversion.deliveries': {
      call: (b, fx) => b.conversion.deliveries.query({ id: idOf(fx, 'form') }),
      expect: 'notFound',
    },
  },
};
