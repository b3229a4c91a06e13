// profile.me through tRPC and through the REST door, against a plain Hono JSON route served by
// the same process: what the framework layers, auth and the database lookups cost per request.

import { createTestDatabase } from '@bosonline/db/testing';
import { demoAccounts, seedDemo } from '@bosonline/server';
import { load, writeResults } from './lib/report.ts';
import { startBenchServer } from './lib/server.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const database = await createTestDatabase();
await seedDemo(database.prisma);
const meShape = {
  id: 'x',
  name: demoAccounts.seller.name,
  email: demoAccounts.seller.email,
  phone: demoAccounts.seller.phone,
};
const server = await startBenchServer(database, (app) =>
  app.get('/bench/plain', (c) => c.json({ message: 'Success', data: meShape })),
);
const base = server.url;
const auth = await server.login(demoAccounts.seller.email, demoAccounts.seller.password);

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
await server.close();
await database.close();
process.exit(0);
