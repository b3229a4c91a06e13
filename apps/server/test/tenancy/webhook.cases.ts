import { expect } from 'vitest';
import { type DomainCases, idOf } from './case.ts';

// Nothing listens on port 9 (discard): a ping from B, were it to reach A's webhook, would only log.
const url = 'http://127.0.0.1:9/hooks/a';

export const webhookCases: DomainCases = {
  async seed(fx) {
    const hook = await fx.a.client.webhook.create.mutate({ url, events: ['order.paid'] });
    fx.ids.webhook = hook.id;
    await fx.a.client.webhook.ping.mutate({ id: hook.id });
    const log = await fx.a.client.webhook.deliveries.query({ id: hook.id });
    fx.ids.webhookDelivery = log.items[0]?.id ?? '';
  },
  cases: {
    'webhook.list': { call: (b) => b.webhook.list.query(), expect: 'empty' },
    'webhook.detail': {
      call: (b, fx) => b.webhook.detail.query({ id: idOf(fx, 'webhook') }),
      expect: 'notFound',
    },
    'webhook.update': {
      call: (b, fx) => b.webhook.update.mutate({ id: idOf(fx, 'webhook'), url: 'http://127.0.0.1:9/thief' }),
      expect: 'notFound',
    },
    'webhook.delete': {
      call: (b, fx) => b.webhook.delete.mutate({ id: idOf(fx, 'webhook') }),
      expect: 'notFound',
    },
    'webhook.rotateSecret': {
      call: (b, fx) => b.webhook.rotateSecret.mutate({ id: idOf(fx, 'webhook') }),
      expect: 'notFound',
    },
    'webhook.ping': {
      call: (b, fx) => b.webhook.ping.mutate({ id: idOf(fx, 'webhook') }),
      expect: 'notFound',
    },
    'webhook.deliveries': {
      call: (b, fx) => b.webhook.deliveries.query({ id: idOf(fx, 'webhook') }),
      expect: 'notFound',
    },
    'webhook.redeliver': {
      call: (b, fx) =>
        b.webhook.redeliver.mutate({ id: idOf(fx, 'webhook'), deliveryId: idOf(fx, 'webhookDelivery') }),
      expect: 'notFound',
    },
    // B's own webhook to the same URL is B's; A's keeps its events.
    'webhook.create': {
      call: (b) => b.webhook.create.mutate({ url, events: ['order.created'] }),
      expect: async (_result, fx) => {
        const mine = await fx.a.client.webhook.detail.query({ id: idOf(fx, 'webhook') });
        expect(mine.events).toEqual(['order.paid']);
      },
    },
  },
};
