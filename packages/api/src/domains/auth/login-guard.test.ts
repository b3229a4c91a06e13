import { describe, expect, it } from 'vitest';
import { defaultRateLimits, RateLimits } from '../../lib/rate-limit.ts';
import {
  accountKey,
  afterLoginFailure,
  afterLoginSuccess,
  afterPasswordReset,
  beforeLoginAttempt,
} from './login-guard.ts';

// The guard on a real in-memory limiter, with the caller's address as the only request fact.

const limits = () =>
  new RateLimits({
    ...defaultRateLimits,
    loginFailuresPerIpAccount: { points: 2, durationSeconds: 900 },
    loginFailuresPerAccount: { points: 3, durationSeconds: 3600 },
  });
const from = (rateLimits: RateLimits, ip: string) =>
  ({ rateLimits, req: { ip } }) as unknown as Parameters<typeof beforeLoginAttempt>[0];
const refused = (promise: Promise<unknown>) =>
  promise.then(
    () => false,
    (e: { code?: string }) => e.code === 'TOO_MANY_REQUESTS',
  );

describe('login guard', () => {
  it('keys an account once, whatever its spelling', () => {
    const keys = ['0812-3456-7890', '6281234567890', '+62 812 3456 7890'].map((l) => accountKey('seller', l));
    expect(new Set(keys).size).toBe(1);
    expect(accountKey('seller', ' Demo@BosOnline.id ')).toBe(accountKey('seller', 'demo@bosonline.id'));
    expect(accountKey('admin', 'demo@bosonline.id')).not.toBe(accountKey('seller', 'demo@bosonline.id'));
  });

  it('refuses the failing address only; a success there clears it', async () => {
    const rl = limits();
    const key = accountKey('seller', 'owner@toko.id');
    for (let i = 0; i < 2; i++) await afterLoginFailure(from(rl, '203.0.113.1'), key);
    expect(await refused(beforeLoginAttempt(from(rl, '203.0.113.1'), 'seller', key))).toBe(true);
    expect(await refused(beforeLoginAttempt(from(rl, '203.0.113.2'), 'seller', key))).toBe(false);
    await afterLoginSuccess(from(rl, '203.0.113.1'), key);
    expect(await refused(beforeLoginAttempt(from(rl, '203.0.113.1'), 'seller', key))).toBe(false);
  });

  it('past the account-wide threshold lets one attempt through per window; a reset ends that', async () => {
    const rl = limits();
    const key = accountKey('seller', 'owner@toko.id');
    for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3'])
      await afterLoginFailure(from(rl, ip), key);
    expect(await refused(beforeLoginAttempt(from(rl, '198.51.100.9'), 'seller', key))).toBe(false);
    expect(await refused(beforeLoginAttempt(from(rl, '198.51.100.8'), 'seller', key))).toBe(true);
    await afterPasswordReset(from(rl, '198.51.100.9'), 'seller', ['owner@toko.id', null]);
    expect(await refused(beforeLoginAttempt(from(rl, '198.51.100.8'), 'seller', key))).toBe(false);
  });
});
