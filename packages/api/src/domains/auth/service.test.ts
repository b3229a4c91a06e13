import { createTestDatabase, type TestDatabase } from '@bosonline/db/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Context, createContext } from '../../context.ts';
import { InProcessJobQueue } from '../../jobs/in-process.ts';
import { ManualClock } from '../../lib/clock.ts';
import { RateLimits } from '../../lib/rate-limit.ts';
import {
  HttpWebhookSender,
  MemoryCache,
  MemoryStorage,
  SandboxConversions,
  SandboxMessaging,
  SandboxPayment,
  SandboxResolver,
  SandboxShipping,
} from '../../ports/index.ts';
import * as auth from './service.ts';

// Service-level: the auth rules called directly with an explicit context, no HTTP.

let database: TestDatabase;
let ctx: Context;
const clock = new ManualClock(new Date('2026-11-23T08:00:00Z'));

beforeAll(async () => {
  database = await createTestDatabase();
  ctx = createContext(
    {
      db: database.prisma,
      clock,
      logger: pino({ level: 'silent' }),
      ports: {
        messaging: new SandboxMessaging(),
        storage: new MemoryStorage(),
        dns: new SandboxResolver(),
        shipping: new SandboxShipping(),
        payment: new SandboxPayment(),
        webhooks: new HttpWebhookSender({ allowLoopback: true }),
        cache: new MemoryCache(),
        conversions: new SandboxConversions(),
      },
      conversionsKey: new Uint8Array(32),
      tokens: {
        secret: new TextEncoder().encode('x'.repeat(32)),
        accessTtlSeconds: 900,
        refreshTtlSeconds: 3600,
      },
      jobs: new InProcessJobQueue(clock, pino({ level: 'silent' })),
      rateLimits: new RateLimits(),
      shippingWebhookSecret: 'x'.repeat(32),
      shippingWebhookInline: 4,
    },
    { requestId: 'test', ip: '10.0.0.1', userAgent: 'vitest', bearer: null, storeId: null },
  );
});
afterAll(() => database?.close());

async function registered(n: string) {
  return auth.register(ctx, {
    name: `User ${n}`,
    email: `user${n}@example.com`,
    phone: `6281300000${n}`,
    password: 'password-123',
  });
}

describe('refresh token rotation', () => {
  it('of concurrent refreshes with one token, exactly one wins and the session is revoked', async () => {
    const pair = await registered('101');
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => auth.refresh(ctx, { refreshToken: pair.refreshToken })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    // The race itself counts as reuse: the session family is ended, the winner's token too.
    const winner = results.find((r) => r.status === 'fulfilled')!;
    await expect(auth.refresh(ctx, { refreshToken: winner.value.refreshToken })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    const sessions = await database.prisma.session.findMany();
    expect(sessions.some((s) => s.endReason === 'refresh_reuse')).toBe(true);
  });

  it('an expired session cannot be refreshed; each refresh slides the expiry', async () => {
    const pair = await registered('102');
    clock.advance(50 * 60 * 1000);
    const next = await auth.refresh(ctx, { refreshToken: pair.refreshToken });
    clock.advance(50 * 60 * 1000); // 100 minutes after login, 50 after the refresh: still alive
    const again = await auth.refresh(ctx, { refreshToken: next.refreshToken });
    clock.advance(61 * 60 * 1000);
    await expect(auth.refresh(ctx, { refreshToken: again.refreshToken })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('stores refresh tokens and reset codes only as hashes', async () => {
    const pair = await registered('103');
    const stored = await database.prisma.refreshToken.findMany();
    expect(stored.some((t) => t.tokenHash === pair.refreshToken)).toBe(false);
    expect(stored.every((t) => /^[0-9a-f]{64}$/.test(t.tokenHash))).toBe(true);
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email: 'user103@example.com' } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
  });
});
