import { isBosError } from '@bosonline/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSeller, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    rateLimits: {
      loginPerIp: { points: 8, durationSeconds: 60 },
      loginFailuresPerAccount: { points: 3, durationSeconds: 900 },
      registerPerIp: { points: 3, durationSeconds: 3600 },
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
  it('locks an account after repeated wrong passwords, even with the right one (429)', async () => {
    const seller = newSeller();
    await server.client().auth.register.mutate(seller);
    const attempt = (password: string) =>
      code(server.client().auth.login.mutate({ login: seller.email, password }));
    expect([await attempt('wrong-1'), await attempt('wrong-2'), await attempt('wrong-3')]).toEqual([
      'UNAUTHORIZED',
      'UNAUTHORIZED',
      'UNAUTHORIZED',
    ]);
    expect(await attempt(seller.password)).toBe('TOO_MANY_REQUESTS');
    const rest = await server.rest('POST', '/auth/login', {
      body: { login: seller.email, password: seller.password },
    });
    expect(rest.status).toBe(429);
    expect(rest.body.message).toMatch(/Try again in \d+ seconds/);
  });

  it('limits logins per IP across accounts, and registrations per IP', async () => {
    const results: string[] = [];
    for (let i = 0; i < 6; i++) {
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
