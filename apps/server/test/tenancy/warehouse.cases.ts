import { expect } from 'vitest';
import { type DomainCases, idOf } from './case.ts';

let regionId = 0;
/** A's default warehouse when B starts calling (another domain's seed may have made the first). */
let defaultOfA: string | undefined;
const warehouse = (name: string) => ({
  name,
  contactName: 'Alfian',
  contactPhone: '081234567890',
  regionId,
  address: 'Jl. Raya Buduran 1',
});

export const warehouseCases: DomainCases = {
  async seed(fx) {
    const [district] = await fx.a.client.region.search.query({ q: 'buduran', level: 'district' });
    if (!district) throw new Error('Buduran not found');
    regionId = district.id;
    const created = await fx.a.client.warehouse.create.mutate(warehouse('Gudang A'));
    fx.ids.depot = created.id;
    defaultOfA = (await fx.a.client.warehouse.list.query()).find((w) => w.isDefault)?.id;
  },
  cases: {
    'warehouse.list': { call: (b) => b.warehouse.list.query(), expect: 'empty' },
    'warehouse.detail': {
      call: (b, fx) => b.warehouse.detail.query({ id: idOf(fx, 'depot') }),
      expect: 'notFound',
    },
    'warehouse.update': {
      call: (b, fx) => b.warehouse.update.mutate({ id: idOf(fx, 'depot'), name: 'Thief' }),
      expect: 'notFound',
    },
    'warehouse.setDefault': {
      call: (b, fx) => b.warehouse.setDefault.mutate({ id: idOf(fx, 'depot') }),
      expect: 'notFound',
    },
    'warehouse.delete': {
      call: (b, fx) => b.warehouse.delete.mutate({ id: idOf(fx, 'depot') }),
      expect: 'notFound',
    },
    // The warehouse lands in B's store; A's warehouses and default are untouched.
    'warehouse.create': {
      call: (b) => b.warehouse.create.mutate(warehouse('Gudang B')),
      expect: async (result, fx) => {
        const created = result as { id: string };
        expect((await fx.b.client.warehouse.list.query()).map((w) => w.id)).toContain(created.id);
        const mine = await fx.a.client.warehouse.list.query();
        expect(mine.map((w) => w.id)).not.toContain(created.id);
        expect(mine.find((w) => w.isDefault)?.id).toBe(defaultOfA);
      },
    },
  },
};
