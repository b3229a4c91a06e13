// Outgoing webhooks under a backlog: 10 000 queued deliveries (one store, one subscription) are
// drained while the seller's receiver is down (every attempt refused and rescheduled), then again
// once it is back up. Counts what the receiver got per event id: none lost, none doubled; records
// the drain times. Jobs run on the in-process queue, moved along by the app clock.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type InProcessJobQueue, ManualClock, sweepDeliveries } from '@bosonline/api';
import { createTestDatabase } from '@bosonline/db/testing';
import { buildDeps, createLogger, loadConfig } from '@bosonline/server';
import { writeResults } from '../lib/report.ts';

const total = Number(process.env.BENCH_DELIVERIES ?? 10_000);
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
const deps = buildDeps(config, database, createLogger('silent'), { clock });
const jobs = deps.jobs as InProcessJobQueue;
const db = database.prisma;

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

async function drain(label: string) {
  const t0 = performance.now();
  // Asked for twice, as a kick and the periodic sweep would: the attempts must still go once each.
  await sweepDeliveries(deps);
  await sweepDeliveries(deps);
  const ran = await jobs.runDue();
  const seconds = (performance.now() - t0) / 1000;
  log(`${label}: ${ran} jobs in ${seconds.toFixed(1)} s`);
  return { jobs: ran, seconds: Number(seconds.toFixed(2)), perSecond: Math.round(ran / seconds) };
}

const down = await drain('receiver down');
const afterDown = await db.webhookDelivery.groupBy({ by: ['status'], _count: true });
const refusedAttempts = await db.webhookAttempt.count({ where: { statusCode: null } });

await new Promise<void>((resolve) => receiver.listen(port, '127.0.0.1', resolve));
clock.advance(60_000); // the first retry falls due
const up = await drain('receiver up');
// A day later nothing more is sent.
clock.advance(86_400_000);
await drain('a day later');
await new Promise<void>((resolve) => receiver.close(() => resolve()));

const delivered = await db.webhookDelivery.count({ where: { status: 'delivered' } });
const doubled = [...seen.values()].filter((n) => n > 1).length;
const lost = total - seen.size;
const results = {
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
const file = writeResults(`webhooks-${database.kind}.json`, results);
console.log(JSON.stringify(results, null, 2));
log(`written to ${file}`);
await database.close();
if (lost !== 0 || doubled !== 0 || delivered !== total) {
  console.error('FAILED: deliveries were lost or doubled');
  process.exit(1);
}
