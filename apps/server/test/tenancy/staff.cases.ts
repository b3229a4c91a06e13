import { expect } from 'vitest';
import { newSeller } from '../harness.ts';
import { type DomainCases, idOf } from './case.ts';

export const staffCases: DomainCases = {
  async seed(fx) {
    const member = await fx.a.client.staff.create.mutate({ ...newSeller(), role: 'cs' });
    fx.ids.staffMember = member.id;
    fx.ids.staffUser = member.userId;
  },
  cases: {
    'staff.list': { call: (b) => b.staff.list.query(), expect: 'empty' },
    'staff.update': {
      call: (b, fx) => b.staff.update.mutate({ id: idOf(fx, 'staffMember'), weight: 0 }),
      expect: 'notFound',
    },
    'staff.setStatus': {
      call: (b, fx) => b.staff.setStatus.mutate({ id: idOf(fx, 'staffMember'), status: 'inactive' }),
      expect: 'notFound',
    },
    'staff.setStatusMany': {
      call: (b, fx) => b.staff.setStatusMany.mutate({ ids: [idOf(fx, 'staffMember')], status: 'inactive' }),
      expect: 'notFound',
    },
    'staff.delete': {
      call: (b, fx) => b.staff.delete.mutate({ id: idOf(fx, 'staffMember') }),
      expect: 'notFound',
    },
    // B's new member lands in B's store; A's team is untouched.
    'staff.create': {
      call: (b) => b.staff.create.mutate({ ...newSeller(), role: 'cs' }),
      expect: async (_result, fx) => {
        const team = await fx.a.client.staff.list.query();
        expect(team.items.map((m) => [m.id, m.status, m.weight])).toContainEqual([
          idOf(fx, 'staffMember'),
          'active',
          1,
        ]);
        expect(team.items).toHaveLength(2);
      },
    },
  },
};
