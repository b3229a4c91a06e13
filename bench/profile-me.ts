// profile.me through tRPC and through the REST door, against a plain Hono JSON route served by
// the same process: what the framework layers, auth and the database lookups cost per request.

import type { AddressInfo } from 'node:net';
import { ManualClock, SandboxMessaging } from '@bosonline/api';
import { createTestDatabase } from '@bosonline/db/testing';
import { buildDeps, createApp, createLogger, demoAccounts, loadConfig, seedDemo } from '@bosonline/server';
import { serve } from '@hono/node-server';
import { load, writeResults } from './lib/report.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const database = await createTestDatabase();
await seedDemo(database.prisma);
const config = loadConfig({
  NODE_ENV: 'production',
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret-1',
  LOG_LEVEL: 'silent',
});
const deps = buildDeps(config, database, createLogger('silent'), {
  clock: new ManualClock(),
  messaging: new SandboxMessaging(),
});
const app = createApp({ deps, ping: database.ping, version: 'bench', trustProxy: false });
const meShape = {
  id: 'x',
  name: demoAccounts.seller.name,
  email: demoAccounts.seller.email,
  phone: demoAccounts.seller.phone,
};
app.get('/bench/plain', (c) => c.json({ message: 'Success', data: meShape }));

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const login = await fetch(`${base}/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ login: demoAccounts.seller.email, password: demoAccounts.seller.password }),
});
const token = ((await login.json()) as { data: { access_token: string } }).data.access_token;
const auth = { authorization: `Bearer ${token}` };

const results = [
  await load('plain Hono JSON route', `${base}/bench/plain`, { seconds }),
  await load('profile.me via tRPC (GET /trpc/profile.me)', `${base}/trpc/profile.me`, {
    seconds,
    headers: auth,
  }),
  await load('profile.me via REST (GET /profile/me)', `${base}/profile/me`, { seconds, headers: auth }),
];
const plain = results[0]!.requestsPerSecond;
const withRatio = results.map((r) => ({
  ...r,
  throughputVsPlain: Math.round((r.requestsPerSecond / plain) * 1000) / 1000,
}));
const file = writeResults(`profile-me-${database.kind}.json`, { connections: 10, seconds, runs: withRatio });
console.table(withRatio);
console.log(`written to bench/${file}`);
server.close();
await database.close();
process.exit(0);
