// Outgoing webhooks under a backlog: 10 000 queued deliveries (one store, one subscription) are
// drained while the seller's receiver is down (every attempt refused and rescheduled), then again
// once it is back up. Counts what the receiver got per event id: none lost, none doubled; records
// the drain times. Jobs run on the in-process queue (PGlite or PostgreSQL), or on BullMQ when
// REDIS_URL is set, as the server picks them; both run BENCH_CONCURRENCY jobs at once (default: the
// runners' default). The app clock is moved by hand; BullMQ's own delays (wall clock) are promoted.

import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  BullMqJobQueue,
  defaultJobConcurrency,
  InProcessJobQueue,
  ManualClock,
  sweepDeliveries,
} from '@bosonline/api';
import { createTestDatabase } from '@bosonline/db/testing';
import { buildDeps, createLogger, loadConfig } from '@bosonline/server';
import { writeResults } from '../lib/report.ts';

const total = Number(process.env.BENCH_DELIVERIES ?? 10_000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? defaultJobConcurrency);
const redisUrl = process.env.REDIS_URL;
const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${line}`);

const database = await createTestDatabase();
const clock = new ManualClock();
// Development settings: the receiver is on this machine (loopback is refused in production).
const config = loadConfig({
  NODE_ENV: 'development',
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret-1',
  LOG_LEVEL: 'silent',
});
const logger = createLogger('silent');
const jobs = redisUrl
  ? new BullMqJobQueue(redisUrl, logger, { prefix: `bench-${randomUUID()}`, concurrency })
  : new InProcessJobQueue(clock, logger, { concurrency });
const deps = buildDeps(config, database, logger, { clock, jobs });
const db = database.prisma;
if (jobs instanceof BullMqJobQueue) await jobs.start();

/**
 * Runs every job due by the app clock until none is left; answers how many ran. BullMQ runs them by
 * itself on the wall clock: after the app clock moved past the retries' time (`promote`), its
 * delayed jobs are made due, then this waits until it is idle. (Promoting a retry before the app
 * clock reached it would run it early: it finds its delivery not yet due and does nothing.)
 */
async function runDue(promote: boolean, completedBefore: number): Promise<number> {
  if (jobs instanceof InProcessJobQueue) return jobs.runDue();
  if (promote) await jobs.promoteDelayed();
  for (;;) {
    const counts = await jobs.counts();
    if (!counts.waiting && !counts.active && !counts.prioritized) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return (await completed()) - completedBefore;
}

/** Jobs BullMQ finished so far (it starts on queued jobs at once: counted from before the sweep). */
const completed = async () => (jobs instanceof BullMqJobQueue ? ((await jobs.counts()).completed ?? 0) : 0);

// The receiver: a port that is closed first (down), then answers 204 and counts event ids.
const seen = new Map<string, number>();
let requests = 0;
const receiver: Server = createServer((req, res) => {
  requests += 1;
  const id = String(req.headers['x-bos-event-id']);
  seen.set(id, (seen.get(id) ?? 0) + 1);
  req.resume();
  req.on('end', () => res.writeHead(204).end());
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const { port } = receiver.address() as AddressInfo;
await new Promise<void>((resolve) => receiver.close(() => resolve()));

const storeId = '00000000-0000-4000-8000-00000000b0b0';
const subscription = await db.webhookSubscription.create({
  data: {
    storeId,
    url: `http://127.0.0.1:${port}/hooks`,
    events: ['order.status_changed'],
    secret: 'whsec_bench',
  },
});
await db.$executeRaw`
  INSERT INTO "WebhookEvent" ("id", "storeId", "type", "payload", "createdAt")
  SELECT gen_random_uuid(), ${storeId}::uuid, 'order.status_changed',
    jsonb_build_object('type', 'order.status_changed', 'n', n), now()
  FROM generate_series(1, ${total}) AS n`;
await db.$executeRaw`
  INSERT INTO "WebhookDelivery" ("id", "storeId", "subscriptionId", "eventId")
  SELECT gen_random_uuid(), ${storeId}::uuid, ${subscription.id}::uuid, "id" FROM "WebhookEvent"`;
log(`${total} deliveries queued`);

async function drain(label: string, clockMoved: boolean) {
  const t0 = performance.now();
  const completedBefore = await completed();
  // Asked for twice, as a kick and the periodic sweep would: the attempts must still go once each.
  await sweepDeliveries(deps);
  await sweepDeliveries(deps);
  const ran = await runDue(clockMoved, completedBefore);
  const seconds = (performance.now() - t0) / 1000;
  log(`${label}: ${ran} jobs in ${seconds.toFixed(1)} s`);
  return { jobs: ran, seconds: Number(seconds.toFixed(2)), perSecond: Math.round(ran / seconds) };
}

const down = await drain('receiver down', false);
const afterDown = await db.webhookDelivery.groupBy({ by: ['status'], _count: true });
const refusedAttempts = await db.webhookAttempt.count({ where: { statusCode: null } });

await new Promise<void>((resolve) => receiver.listen(port, '127.0.0.1', resolve));
clock.advance(60_000); // the first retry falls due
const up = await drain('receiver up', true);
// A day later nothing more is sent.
clock.advance(86_400_000);
await drain('a day later', true);
await new Promise<void>((resolve) => receiver.close(() => resolve()));

const delivered = await db.webhookDelivery.count({ where: { status: 'delivered' } });
const doubled = [...seen.values()].filter((n) => n > 1).length;
const lost = total - seen.size;
const results = {
  jobs: redisUrl ? 'BullMQ on Redis' : 'in-process',
  concurrency,
  deliveries: total,
  receiverDown: {
    ...down,
    refusedAttempts,
    statuses: Object.fromEntries(afterDown.map((g) => [g.status, g._count])),
  },
  receiverUp: up,
  receiverRequests: requests,
  distinctEventsReceived: seen.size,
  lost,
  doubled,
  deliveredRows: delivered,
};
const file = writeResults(`webhooks-${database.kind}${redisUrl ? '-redis' : ''}.json`, results);
console.log(JSON.stringify(results, null, 2));
log(`written to ${file}`);
if (jobs instanceof BullMqJobQueue) await jobs.obliterate();
await jobs.stop();
await database.close();
if (lost !== 0 || doubled !== 0 || delivered !== total) {
  console.error('FAILED: deliveries were lost or doubled');
  process.exit(1);
}
