import { type DomainCases, idOf } from './case.ts';

export const abandonedCases: DomainCases = {
  // Runs after formCases: a buyer leaves a checkout of store A's form unfinished.
  async seed(fx) {
    const saved = await fx.server.client().checkout.saveAbandoned.mutate({
      formId: idOf(fx, 'form'),
      phone: '081355550001',
      name: 'Buyer of A',
      data: { receiver_address: 'Jl. Rahasia 1' },
    });
    fx.ids.abandoned = saved.id;
  },
  cases: {
    'abandoned.list': {
      call: (b, fx) => b.abandoned.list.query({ formId: idOf(fx, 'form') }),
      expect: 'empty',
    },
    'abandoned.followUp': {
      call: (b, fx) => b.abandoned.followUp.mutate({ id: idOf(fx, 'abandoned') }),
      expect: 'notFound',
    },
  },
};
