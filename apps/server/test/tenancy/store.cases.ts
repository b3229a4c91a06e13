import { isBosError } from '@bosonline/sdk';
import { expect } from 'vitest';
import { imageForm, pngImage } from '../catalog-fixtures.ts';
import { type DomainCases, idOf } from './case.ts';

// A's subdomain and hostname are not ids (B may legitimately echo them back), so they stay out
// of `fx.ids`, which the harness searches every answer for.
const slugOfA = `tenancy-a-${process.pid}`;
const hostnameOfA = `shop-${process.pid}.tenancy-a.example.com`;

/** Runs a call that must fail, handing its error to the expectation instead of throwing. */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

export const storeCases: DomainCases = {
  async seed(fx) {
    const a = fx.a.client;
    await a.store.setSubdomain.mutate({ slug: slugOfA });
    const domain = await a.store.addDomain.mutate({ hostname: hostnameOfA });
    fx.server.dns.publish(domain.txtRecord.name, domain.txtRecord.value);
    await a.store.verifyDomain.mutate({ id: domain.id });
    fx.ids.storeDomain = domain.id;
    const [notification] = (await a.store.notifications.query()).items;
    if (!notification) throw new Error('verifying a domain left no notification');
    fx.ids.notification = notification.id;
  },
  cases: {
    'store.get': {
      call: (b) => b.store.get.query(),
      expect: (result, fx) => expect(result).toMatchObject({ id: fx.b.storeId, slug: null }),
    },
    // B's logo is stored as B's: A's profile keeps its own.
    'store.uploadLogo': {
      call: async (b) => b.store.uploadLogo.mutate(imageForm(await pngImage(64, 64), 'logo.png')),
      expect: async (_result, fx) => {
        expect((await fx.a.client.store.get.query()).logoUrl ?? null).toBeNull();
      },
    },
    'store.update': {
      call: (b) => b.store.update.mutate({ name: 'Store B renamed' }),
      expect: async (result, fx) => {
        expect(result).toMatchObject({ id: fx.b.storeId, name: 'Store B renamed' });
        expect((await fx.a.client.store.get.query()).name).not.toBe('Store B renamed');
      },
    },
    'store.checkSubdomain': {
      call: (b) => b.store.checkSubdomain.query({ slug: slugOfA }),
      expect: (result) =>
        expect(result).toMatchObject({ available: false, reason: 'This subdomain is already taken' }),
    },
    'store.setSubdomain': {
      call: (b) => failure(b.store.setSubdomain.mutate({ slug: slugOfA })),
      expect: async (error, fx) => {
        expect(isBosError(error, 'CONFLICT'), String(error)).toBe(true);
        expect((await fx.a.client.store.get.query()).slug).toBe(slugOfA);
      },
    },
    'store.domains': {
      call: (b) => b.store.domains.query(),
      expect: (result) => expect(result).toEqual({ subdomain: null, domains: [] }),
    },
    'store.addDomain': {
      call: (b) => failure(b.store.addDomain.mutate({ hostname: hostnameOfA })),
      expect: (error) => expect(isBosError(error, 'CONFLICT'), String(error)).toBe(true),
    },
    'store.verifyDomain': {
      call: (b, fx) => b.store.verifyDomain.mutate({ id: idOf(fx, 'storeDomain') }),
      expect: 'notFound',
    },
    'store.setDefaultDomain': {
      call: (b, fx) => b.store.setDefaultDomain.mutate({ id: idOf(fx, 'storeDomain') }),
      expect: 'notFound',
    },
    'store.removeDomain': {
      call: (b, fx) => b.store.removeDomain.mutate({ id: idOf(fx, 'storeDomain') }),
      expect: 'notFound',
    },
    'store.onboarding': {
      call: (b) => b.store.onboarding.query(),
      expect: (result) => {
        const steps = (result as { steps: Array<{ key: string; done: boolean }> }).steps;
        expect(steps.find((s) => s.key === 'subdomain')?.done).toBe(false);
      },
    },
    'store.dismissOnboarding': {
      call: (b) => b.store.dismissOnboarding.mutate(),
      expect: async (result, fx) => {
        expect((result as { dismissedAt: unknown }).dismissedAt).toBeInstanceOf(Date);
        expect((await fx.a.client.store.onboarding.query()).dismissedAt).toBeNull();
      },
    },
    'store.notifications': { call: (b) => b.store.notifications.query(), expect: 'empty' },
    'store.markNotificationsRead': {
      call: (b, fx) => b.store.markNotificationsRead.mutate({ ids: [idOf(fx, 'notification')] }),
      expect: async (result, fx) => {
        expect(result).toEqual({ updated: 0 });
        expect((await fx.a.client.store.notifications.query()).unread).toBe(1);
      },
    },
  },
};
