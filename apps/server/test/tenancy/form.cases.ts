import { expect } from 'vitest';
import { type DomainCases, idOf, type TenancyFixture } from './case.ts';

/** A form input selling store A's seeded variant: B using it must look like a missing variant. */
const formOf = (fx: TenancyFixture) => ({
  name: 'Stolen form',
  paymentMethods: ['cod' as const],
  couriers: [{ code: 'jne', services: ['REG'] }],
  items: [{ variantId: idOf(fx, 'variant') }],
});

export const formCases: DomainCases = {
  // Runs after the product and staff seeds: the form sells their variant and rotates to their CS.
  async seed(fx) {
    const form = await fx.a.client.form.create.mutate({
      ...formOf(fx),
      name: 'Tenant A form',
      slug: 'tenant-a-form',
      staffMemberIds: [idOf(fx, 'staffMember')],
    });
    fx.ids.form = form.id;
  },
  cases: {
    'form.list': { call: (b) => b.form.list.query(), expect: 'empty' },
    // The provider's catalogue: the same for every store, nothing of A's in it.
    'form.courierCatalog': {
      call: (b) => b.form.courierCatalog.query(),
      expect: (result) => expect(JSON.stringify(result)).not.toContain('tenant-a-form'),
    },
    'form.detail': { call: (b, fx) => b.form.detail.query({ id: idOf(fx, 'form') }), expect: 'notFound' },
    'form.create': { call: (b, fx) => b.form.create.mutate(formOf(fx)), expect: 'notFound' },
    'form.update': {
      call: (b, fx) => b.form.update.mutate({ id: idOf(fx, 'form'), name: 'Stolen' }),
      expect: 'notFound',
    },
    'form.setStatus': {
      call: (b, fx) => b.form.setStatus.mutate({ ids: [idOf(fx, 'form')], status: 'inactive' }),
      expect: 'notFound',
    },
    'form.successPage': {
      call: (b, fx) => b.form.successPage.query({ id: idOf(fx, 'form') }),
      expect: 'notFound',
    },
    'form.updateSuccessPage': {
      call: (b, fx) => b.form.updateSuccessPage.mutate({ id: idOf(fx, 'form'), message: 'Stolen' }),
      expect: 'notFound',
    },
    'form.delete': { call: (b, fx) => b.form.delete.mutate({ id: idOf(fx, 'form') }), expect: 'notFound' },
    'form.duplicate': {
      call: (b, fx) => b.form.duplicate.mutate({ id: idOf(fx, 'form') }),
      expect: 'notFound',
    },
    'form.duplicateBatch': {
      call: (b, fx) => b.form.duplicateBatch.mutate({ ids: [idOf(fx, 'form')] }),
      expect: 'notFound',
    },
    'form.exportLink': {
      call: async (b, fx) => {
        const link = await b.form.exportLink.query({ format: 'csv' });
        return (await fetch(`${fx.server.url}${link.url}`)).text();
      },
      expect: (csv) => expect(String(csv)).not.toContain('tenant-a-form'),
    },
  },
};
