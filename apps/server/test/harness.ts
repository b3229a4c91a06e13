import {
  type AppDeps,
  type CachePort,
  defaultRateLimits,
  type InProcessJobQueue,
  ManualClock,
  MemoryCache,
  MemoryStorage,
  type PaymentPort,
  type RateLimitConfig,
  RedisCache,
  SandboxMessaging,
  SandboxPayment,
  SandboxResolver,
  SandboxShipping,
} from '@bosonline/api';
import { createTestDatabase, type TestDatabase } from '@bosonline/db/testing';
import { type BosClientOptions, createBosClient, isBosError } from '@bosonline/sdk';
import pino from 'pino';
import { expect } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { buildDeps } from '../src/runtime.ts';
import { demoAccounts, seedDemo } from '../src/seed/demo.ts';
import { listen } from '../src/server.ts';

export interface TestServer {
  url: string;
  /** What the server runs on, for calling background work (jobs, recoveries) directly. */
  deps: AppDeps;
  db: TestDatabase['prisma'];
  messaging: SandboxMessaging;
  storage: MemoryStorage;
  dns: SandboxResolver;
  shipping: SandboxShipping;
  /** The payment port in use: the sandbox, unless the test passed another (a Winpay adapter). */
  payment: PaymentPort;
  clock: ManualClock;
  client(options?: Omit<BosClientOptions, 'url'>): ReturnType<typeof createBosClient>;
  /** A curl-shaped request against the REST door. */
  rest(
    method: string,
    path: string,
    init?: { body?: unknown; token?: string; headers?: Record<string, string> },
  ): Promise<{
    status: number;
    body: { message: string; data?: unknown; errors?: Record<string, string[]> } & Record<string, unknown>;
  }>;
  /** Runs the background jobs that are due by the test clock (in-process queue), as the timer would. */
  runJobs(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Counts the SQL statements a piece of work sends: hand `onStatement` to startTestServer (with
 * `background: false`, so the jobs' statements stay out), then `statementsOf(work)`.
 */
export function statementRecorder() {
  let recorded: string[] | null = null;
  return {
    onStatement: (sql: string) => {
      recorded?.push(sql);
    },
    /** The statements sent while `work` runs. */
    async statementsOf(work: () => Promise<unknown>): Promise<string[]> {
      const mine: string[] = [];
      recorded = mine;
      try {
        await work();
        return mine;
      } finally {
        recorded = null;
      }
    },
  };
}

/** A real server on an ephemeral port over a fresh database (PGlite, or PostgreSQL with DATABASE_URL). */
export async function startTestServer(
  options: {
    rateLimits?: Partial<RateLimitConfig>;
    seed?: boolean;
    fromScratch?: boolean;
    /** Take the caller's address from X-Forwarded-For, to play callers from many addresses. */
    trustProxy?: boolean;
    /** Another payment port (e.g. WinpaySnapPayment against a fake Winpay server). */
    payment?: PaymentPort;
    /** More settings, e.g. SHIPPING_PROVIDER=boscod against a fake BosCOD (then `shipping` is unused). */
    env?: Record<string, string>;
    /** Where cached reads live: Redis (on a namespace of this server's own) whenever REDIS_URL is set. */
    cache?: 'memory' | 'redis';
    /** Told of every SQL statement the server sends, to count a request's statements. */
    onStatement?: (sql: string) => void;
    /**
     * Run the job queue's timer and the stranded-bookings pass (default). A test counting a
     * request's statements turns them off: their sweeps would land among the request's at random.
     */
    background?: boolean;
  } = {},
): Promise<TestServer> {
  const database = await createTestDatabase({
    fromScratch: options.fromScratch,
    onStatement: options.onStatement,
  });
  if (options.seed) await seedDemo(database.prisma);
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    TRUST_PROXY: options.trustProxy ? 'true' : 'false',
    BOSCOD_WEBHOOK_SECRET: testWebhookSecret,
    ...options.env,
  });
  const messaging = new SandboxMessaging();
  const storage = new MemoryStorage();
  const dns = new SandboxResolver();
  const shipping = new SandboxShipping();
  const payment = options.payment ?? new SandboxPayment();
  const clock = new ManualClock();
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const cacheKind = options.cache ?? (process.env.REDIS_URL ? 'redis' : 'memory');
  const cache: CachePort =
    cacheKind === 'redis'
      ? new RedisCache(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', logger, {
          namespace: `test:${crypto.randomUUID()}:`,
        })
      : new MemoryCache({ now: () => clock.now().getTime() });
  const deps = buildDeps(config, database, logger, {
    clock,
    cache,
    // A configured real provider is built by the runtime, as in production.
    ...(config.messaging.kind === 'sandbox' ? { messaging } : {}),
    storage,
    dns,
    shipping: config.shipping.provider === 'sandbox' ? shipping : undefined,
    payment,
    // Generous by default so tests registering many users from 127.0.0.1 are not throttled.
    rateLimits: {
      ...defaultRateLimits,
      loginPerIp: { points: 10_000, durationSeconds: 60 },
      registerPerIp: { points: 10_000, durationSeconds: 60 },
      checkoutPerIp: { points: 10_000, durationSeconds: 60 },
      ...options.rateLimits,
    },
  });
  const server = await listen(config, database, deps.logger, deps, { background: options.background });
  return {
    url: server.url,
    deps,
    db: database.prisma,
    messaging,
    storage,
    dns,
    shipping,
    payment,
    clock,
    client: (clientOptions = {}) => createBosClient({ url: server.url, ...clientOptions }),
    async rest(method, path, init = {}) {
      const res = await fetch(`${server.url}${path}`, {
        method,
        headers: {
          ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
          ...init.headers,
        },
        body:
          init.body === undefined
            ? undefined
            : typeof init.body === 'string'
              ? init.body
              : JSON.stringify(init.body),
      });
      return { status: res.status, body: (await res.json()) as never };
    },
    runJobs: () => (deps.jobs as InProcessJobQueue).runDue(),
    async close() {
      // What this server cached in a shared Redis goes with it.
      await cache.flush().catch(() => undefined);
      await server.close();
      await database.close();
    },
  };
}

/** What the test server verifies BosCOD's webhooks with (BOSCOD_WEBHOOK_SECRET). */
export const testWebhookSecret = 'test-boscod-webhook-secret-0123456789';

let counter = 0;
/** A valid, unique seller registration. */
export function newSeller(overrides: Record<string, string> = {}) {
  counter += 1;
  const n = `${process.pid}${counter}`.slice(-8).padStart(8, '0');
  return {
    name: `Seller ${n}`,
    email: `seller${n}@example.com`,
    phone: `0812${n}`,
    password: 'correct-horse-9',
    ...overrides,
  };
}

/** Asserts the promise fails with the given tRPC code; returns the error for further checks. */
export async function expectError(promise: Promise<unknown>, code: Parameters<typeof isBosError>[1]) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isBosError(error, code), `expected ${code}, got ${String(error)}`).toBe(true);
  return error;
}

/** Registers a new seller (owner of a new, empty store) and returns a logged-in SDK client. */
export async function sellerClient(server: TestServer, overrides: Record<string, string> = {}) {
  const seller = newSeller(overrides);
  const tokens = await server.client().auth.register.mutate(seller);
  const client = server.client({ token: tokens.accessToken });
  const me = await client.profile.me.query();
  if (!me.store) throw new Error('registered seller has no store');
  return { client, seller, token: tokens.accessToken, userId: me.id, storeId: me.store.id };
}

/** The seeded demo seller (a server started with `seed: true`), logged in: an SDK client and its token. */
export async function demoSellerClient(server: TestServer) {
  const { email, password } = demoAccounts.seller;
  const tokens = await server.client().auth.login.mutate({ login: email, password });
  return { client: server.client({ token: tokens.accessToken }), token: tokens.accessToken };
}
