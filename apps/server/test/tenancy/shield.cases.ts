import { expect } from 'vitest';
import { type DomainCases, idOf } from './case.ts';

// A's order (INV777, seeded by orderCases) and A's block list entry: B can neither decide on the
// order, ban its buyer, nor see or remove the entry.
const invoice = 'INV777';

export const shieldCases: DomainCases = {
  async seed(fx) {
    const entry = await fx.a.client.shield.addBlock.mutate({
      kind: 'device',
      value: 'device-of-a-0001',
      reason: 'A blocks it',
    });
    fx.ids.shieldBlock = entry.id;
  },
  cases: {
    'shield.blocks': { call: (b) => b.shield.blocks.query({}), expect: 'empty' },
    'shield.removeBlock': {
      call: (b, fx) => b.shield.removeBlock.mutate({ id: idOf(fx, 'shieldBlock') }),
      expect: 'notFound',
    },
    'shield.banBuyer': { call: (b) => b.shield.banBuyer.mutate({ invoice }), expect: 'notFound' },
    'shield.release': { call: (b) => b.shield.release.mutate({ invoice }), expect: 'notFound' },
    'shield.markSpam': { call: (b) => b.shield.markSpam.mutate({ invoice }), expect: 'notFound' },
    // B's own entry for the same device is B's; A's keeps its reason.
    'shield.addBlock': {
      call: (b) => b.shield.addBlock.mutate({ kind: 'device', value: 'device-of-a-0001', reason: 'B too' }),
      expect: async (_result, fx) => {
        const mine = await fx.a.client.shield.blocks.query({});
        expect(mine.items.map((i) => i.reason)).toEqual(['A blocks it']);
      },
    },
  },
};
