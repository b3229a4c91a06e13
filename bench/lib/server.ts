import type { AddressInfo } from 'node:net';
import {
  type CachePort,
  defaultRateLimits,
  ManualClock,
  SandboxMessaging,
  systemClock,
} from '@bosonline/api';
import type { Database } from '@bosonline/db';
import { buildDeps, createApp, createLogger, loadConfig } from '@bosonline/server';
import { serve } from '@hono/node-server';

/** The real app over `database` on a loopback port, quiet, production settings. */
export async function startBenchServer(
  database: Database,
  extend?: (app: ReturnType<typeof createApp>) => void,
  options: {
    /** More configuration (e.g. BOSCOD_WEBHOOK_SECRET). */
    env?: Record<string, string>;
    /** Receives each request's time inside the app (body read, handling, answer built), in ms. */
    onHandled?: (ms: number) => void;
    /** Another cache than the configured one (the in-process LRU): NoCache to measure loads themselves. */
    cache?: CachePort;
    /** Run the job queue on the real clock, as a production process does (jobs compete for its CPU). */
    jobs?: boolean;
  } = {},
) {
  const config = loadConfig({
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-1',
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  // Load generators come from one address: lift the per-IP and per-form limits.
  const unlimited = { points: 1_000_000_000, durationSeconds: 60 };
  const deps = buildDeps(config, database, createLogger('silent'), {
    clock: options.jobs ? systemClock : new ManualClock(),
    messaging: new SandboxMessaging(),
    rateLimits: { ...defaultRateLimits, checkoutPerIp: unlimited, checkoutPerForm: unlimited },
    cache: options.cache,
  });
  if (options.jobs) await deps.jobs.start();
  const app = createApp({ deps, ping: database.ping, version: 'bench', trustProxy: false });
  extend?.(app);
  const { onHandled } = options;
  const handle: typeof app.fetch = onHandled
    ? async (request, ...rest) => {
        const started = performance.now();
        const response = await app.fetch(request, ...rest);
        onHandled(performance.now() - started);
        return response;
      }
    : app.fetch;
  const server = serve({ fetch: handle, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    /** Logs in through the REST door and returns the Authorization header. */
    async login(login: string, password: string) {
      const res = await fetch(`${url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login, password }),
      });
      const token = ((await res.json()) as { data: { access_token: string } }).data.access_token;
      return { authorization: `Bearer ${token}` };
    },
    deps,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (options.jobs) await deps.jobs.stop();
      await deps.ports.cache.close();
      await deps.rateLimits.close();
    },
  };
}
