import { isBosError } from '@bosonline/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../src/seed/demo.ts';
import { demoStore } from '../src/seed/demo-store.ts';
import { expectError, newSeller, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    seed: true,
    trustProxy: true,
    rateLimits: {
      loginPerIp: { points: 8, durationSeconds: 60 },
      loginFailuresPerIpAccount: { points: 3, durationSeconds: 900 },
      loginFailuresPerAccount: { points: 4, durationSeconds: 3600 },
      registerPerIp: { points: 3, durationSeconds: 3600 },
      checkoutPerIp: { points: 3, durationSeconds: 60 },
      checkoutPerForm: { points: 8, durationSeconds: 60 },
      voucherCheckoutPerIp: { points: 2, durationSeconds: 60 },
      staffInvitePerStore: { points: 3, durationSeconds: 3600 },
      staffInvitePerAccount: { points: 1, durationSeconds: 86_400 },
    },
  });
});
afterAll(() => server?.close());

async function code(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'OK',
    (e: unknown): string => (isBosError(e) ? (e.data?.code ?? 'UNKNOWN') : String(e)),
  );
}

describe('rate limits', () => {
  /** A login from `ip` (documentation range, TEST-NET-3), as the SDK sends it. */
  const loginFrom = (ip: string, login: string, password: string) =>
    code(server.client({ headers: { 'x-forwarded-for': ip } }).auth.login.mutate({ login, password }));

  it('shuts one address out of an account after repeated wrong passwords; the owner still gets in elsewhere', async () => {
    const seller = newSeller();
    await server.client().auth.register.mutate(seller);
    const attacker = '203.0.113.10';
    const wrong = [];
    for (const password of ['wrong-1', 'wrong-2', 'wrong-3'])
      wrong.push(await loginFrom(attacker, seller.email, password));
    expect(wrong).toEqual(['UNAUTHORIZED', 'UNAUTHORIZED', 'UNAUTHORIZED']);
    expect(await loginFrom(attacker, seller.email, seller.password)).toBe('TOO_MANY_REQUESTS');
    const rest = await server.rest('POST', '/auth/login', {
      body: { login: seller.email, password: seller.password },
      headers: { 'x-forwarded-for': attacker },
    });
    expect(rest.status).toBe(429);
    expect(rest.body.message).toMatch(/Try again in \d+ seconds\. .*forgot-password/);
    // The owner, from their own phone, is not locked out.
    expect(await loginFrom('203.0.113.20', seller.email, seller.password)).toBe('OK');
  });

  it('does not count successful logins against an address: a shop behind one connection logs in all day', async () => {
    const ip = '203.0.113.90';
    const results: string[] = [];
    // The budget per address is 8 attempts a minute here.
    for (let i = 0; i < 12; i++)
      results.push(await loginFrom(ip, demoAccounts.seller.email, demoAccounts.seller.password));
    expect(results).toEqual(Array(12).fill('OK'));
    // Guesses at other accounts from the same address still run out.
    const guesses: string[] = [];
    for (let i = 0; i < 9; i++) guesses.push(await loginFrom(ip, `nobody${i}@example.com`, 'x'));
    expect(guesses).toContain('TOO_MANY_REQUESTS');
  });

  it('counts every spelling of an account as one: 08…, 628… and +628…', async () => {
    const seller = newSeller();
    await server.client().auth.register.mutate(seller);
    const national = seller.phone.slice(1);
    const ip = '203.0.113.30';
    for (const login of [`0${national}`, `62${national}`, `+62${national}`]) {
      expect(await loginFrom(ip, login, 'wrong')).toBe('UNAUTHORIZED');
    }
    expect(await loginFrom(ip, `0${national}`, seller.password)).toBe('TOO_MANY_REQUESTS');
    expect(await loginFrom(ip, `+62 ${national}`, seller.password)).toBe('TOO_MANY_REQUESTS');
  });

  it('a guess from many addresses slows the account down instead of locking the owner out; a reset ends it', async () => {
    const seller = newSeller();
    await server.client().auth.register.mutate(seller);
    for (const n of [41, 42, 43, 44])
      expect(await loginFrom(`203.0.113.${n}`, seller.email, 'guess')).toBe('UNAUTHORIZED');
    // Past the account-wide threshold: one attempt per window, whoever makes it. The owner's goes through…
    expect(await loginFrom('203.0.113.50', seller.email, seller.password)).toBe('OK');
    // …and the next guess, from yet another address, has to wait.
    expect(await loginFrom('203.0.113.51', seller.email, 'guess')).toBe('TOO_MANY_REQUESTS');
    expect(await loginFrom('203.0.113.50', seller.email, seller.password)).toBe('TOO_MANY_REQUESTS');

    await server.client().auth.forgotPassword.mutate({ login: seller.email });
    const resetCode = server.messaging.lastTo(`62${seller.phone.slice(1)}`)?.params[1];
    await server.client().auth.resetPassword.mutate({ token: resetCode ?? '', password: 'fresh-password-1' });
    expect(await loginFrom('203.0.113.50', seller.email, 'fresh-password-1')).toBe('OK');
  });

  it('limits logins per IP across accounts, and registrations per IP', async () => {
    const results: string[] = [];
    for (let i = 0; i < 9; i++) {
      results.push(
        await code(server.client().auth.login.mutate({ login: `nobody${i}@example.com`, password: 'x' })),
      );
    }
    expect(results).toContain('TOO_MANY_REQUESTS');
    const registrations: string[] = [];
    for (let i = 0; i < 3; i++)
      registrations.push(await code(server.client().auth.register.mutate(newSeller())));
    expect(registrations.at(-1)).toBe('TOO_MANY_REQUESTS');
    const before = await server.db.user.count();
    expect(await code(server.client().auth.register.mutate(newSeller()))).toBe('TOO_MANY_REQUESTS');
    expect(await server.db.user.count()).toBe(before);
  });
});

describe('the caller address behind a load balancer (TRUST_PROXY)', () => {
  it('is the entry the load balancer appended: what a caller writes before it picks no new budget', async () => {
    const results: string[] = [];
    for (const spoofed of ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.4']) {
      // A client sends its own X-Forwarded-For; the load balancer appends the address it saw.
      const client = server.client({ headers: { 'x-forwarded-for': `${spoofed}, 203.0.113.99` } });
      results.push(await code(client.auth.register.mutate(newSeller())));
    }
    expect(results).toEqual(['OK', 'OK', 'OK', 'TOO_MANY_REQUESTS']);
  });
});

// Every test plays its own addresses (X-Forwarded-For), so their budgets never mix in this one server.
describe('public checkout limits', () => {
  const formId = demoStore.form.id;
  const from = (ip: string) => server.client({ headers: { 'x-forwarded-for': ip } });

  it('answers 429 once an address has called the public checkout too often, on both doors', async () => {
    const client = from('198.51.100.1');
    await client.checkout.loadForm.query({ formId });
    await client.checkout.couriers.query({ formId });
    await client.checkout.validateWhatsapp.query({ phone: '081234567010' });
    const refused = await expectError(client.checkout.loadForm.query({ formId }), 'TOO_MANY_REQUESTS');
    // How long to wait comes as a number on the SDK's error, the same the message says in words.
    const wait = isBosError(refused) ? refused.retryAfterSeconds : undefined;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect((refused as Error).message).toContain(`Try again in ${wait} seconds`);
    // A receipt look-up (key + phone) shares the budget: keys cannot be guessed at speed.
    await expectError(
      client.checkout.receipt.query({ formId, idempotencyKey: 'guessed-key-0001', phone: '081234567010' }),
      'TOO_MANY_REQUESTS',
    );
    // Junk input costs a call too, and every door shares the budget.
    const rest = await server.rest('GET', `/order/${formId}/rates?region_id=15022&items=BAT-AA-001-01:1`, {
      headers: { 'x-forwarded-for': '198.51.100.1' },
    });
    expect(rest.status).toBe(429);
    expect(rest.body.message).toMatch(/Too many/);
  });

  it('limits one form across addresses, leaving other forms alone', async () => {
    const answers: string[] = [];
    for (let n = 10; n < 20 && !answers.includes('TOO_MANY_REQUESTS'); n++) {
      answers.push(await code(from(`198.51.100.${n}`).checkout.loadForm.query({ formId })));
    }
    expect(answers.at(-1)).toBe('TOO_MANY_REQUESTS');
    expect(answers.length).toBeLessThanOrEqual(8);
    const fresh = from('198.51.100.99');
    expect(await code(fresh.checkout.loadForm.query({ formId }))).toBe('TOO_MANY_REQUESTS');
    expect(await code(fresh.checkout.loadForm.query({ formId: crypto.randomUUID() }))).toBe('NOT_FOUND');
  });

  it('limits the public voucher list per address', async () => {
    const ask = () =>
      server
        .rest('GET', `/voucher/checkout?store_id=${crypto.randomUUID()}&subtotal=1000`, {
          headers: { 'x-forwarded-for': '198.51.100.200' },
        })
        .then((r) => r.status);
    expect([await ask(), await ask(), await ask()]).toEqual([200, 200, 429]);
  });

  it('limits staff invitations per store, and how often one existing account is invited', async () => {
    const register = async (ip: string) => {
      const person = newSeller();
      const tokens = await server.client({ headers: { 'x-forwarded-for': ip } }).auth.register.mutate(person);
      return { person, client: server.client({ token: tokens.accessToken }) };
    };
    const owner = await register('203.0.113.60');
    const invitee = await register('203.0.113.61');
    const invite = (person: ReturnType<typeof newSeller>) =>
      code(owner.client.staff.create.mutate({ ...person, role: 'cs' }));
    const first = await owner.client.staff.create.mutate({ ...invitee.person, role: 'cs' });
    await invitee.client.profile.declineInvitation.mutate({ id: first.id });
    // Declined, then asked again at once: one account is not flooded with invitations.
    expect(await invite(invitee.person)).toBe('TOO_MANY_REQUESTS');
    // The store's own budget (3 an hour here) counts every attempt, answered or refused.
    expect(await invite(newSeller())).toBe('OK');
    expect(await invite(newSeller())).toBe('TOO_MANY_REQUESTS');
  });
});
