// BosCOD's webhooks under load: 1 000 signed notifications per second for 30 s (open loop, Poisson
// arrivals) against one server process on PostgreSQL. Each one is a real state move of a seeded
// order (awb_assigned → picked_up → delivered), some arrive out of order or with their AWB webhook
// lost, a tenth are BosCOD redeliveries of one already sent, and shipped orders get a failed
// delivery attempt first. Afterwards the database must show every move applied exactly once.
// The load generator runs in a child process on the same 2 cores as the server and PostgreSQL.

import { createHmac } from 'node:crypto';
import { cpuSince, readCpu } from '../lib/cpu.ts';
import { demoDatabase } from '../lib/demo.ts';
import { profiled } from '../lib/profile.ts';
import { load, writeResults } from '../lib/report.ts';
import { startBenchServer } from '../lib/server.ts';

const rate = Number(process.env.BENCH_RATE ?? 1_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 256);
const total = rate * seconds;
// The mix: 10 % redeliveries, 5 % of the first sends go to orders already shipped (a failed attempt
// then the delivery), the rest to orders waiting in `booking` (three events each).
const replays = Math.round(total * 0.1);
const shippedOrders = Math.round((total * 0.05) / 2);
const bookingOrders = Math.floor((total - replays - shippedOrders * 2) / 3);
const secret = 'bench-boscod-webhook-secret-0123456789';

const { database, db, store } = await demoDatabase();
if (database.kind !== 'postgres')
  console.warn('Not on PostgreSQL: set DATABASE_URL (the target is PostgreSQL)');
const template = await db.order.findFirstOrThrow({ where: { storeId: store.id } });

// Seeded in bulk: COD orders booked with BosCOD and waiting for their AWB (`booking`), and orders
// already on their way (`shipped`). Their BosCOD order numbers are what the webhooks name.
await db.$executeRawUnsafe(
  `INSERT INTO "Order" ("id", "storeId", "invoice", "status", "paymentMethod", "buyerName", "buyerPhone",
     "regionId", "address", "senderWarehouseId", "courierCode", "serviceCode", "weightGrams", "itemCount",
     "itemsTotal", "shippingCost", "codFee", "total", "shipmentRef", "awb", "bookedAt", "shippedAt",
     "createdAt", "updatedAt")
   SELECT gen_random_uuid(), $1::uuid, 'WHB' || n,
     (CASE WHEN n <= $4 THEN 'booking' ELSE 'shipped' END)::"OrderStatus", 'cod'::"PaymentMethod",
     'Pembeli ' || n, '628' || lpad((n % 900000000 + 100000000)::text, 9, '0'), $2, 'Jl. Bench ' || n, $3::uuid,
     'idx', '00', 250, 1, 45000, 9000, 1350, 55350, 'BC' || lpad(n::text, 8, '0'),
     CASE WHEN n <= $4 THEN NULL ELSE 'IDX' || (9000000000 + n) END,
     now() - interval '1 hour', CASE WHEN n <= $4 THEN NULL ELSE now() - interval '30 minutes' END,
     now() - interval '1 hour', now() - interval '1 hour'
   FROM generate_series(1, $5::int) AS n`,
  store.id,
  template.regionId,
  template.senderWarehouseId,
  bookingOrders,
  bookingOrders + shippedOrders,
);
await db.$executeRawUnsafe('ANALYZE');
const seeded = await db.order.findMany({
  where: { storeId: store.id, invoice: { startsWith: 'WHB' } },
  select: { id: true, invoice: true, status: true, total: true },
});
const orderNo = (n: number) => `BC${String(n).padStart(8, '0')}`;
const awbOf = (n: number) => `IDX${9_000_000_000 + n}`;

// --- The notifications, as BosCOD would send them. Each has a virtual time; the stream is sorted by
// it, so one order's events are seconds (hundreds of requests) apart and in the scripted order.
type Event = 'awb_assigned' | 'picked_up' | 'delivery_failed' | 'delivered';
interface Planned {
  at: number;
  body: string;
  order: number;
}
const gapSeconds = 3.5;
const replayAfter = 1.5;
const planned: Planned[] = [];
const base = Date.parse('2026-12-01T08:00:00Z');
const scenarios = { inOrder: 0, deliveredBeforePickup: 0, awbWebhookLate: 0, shippedWithFailedAttempt: 0 };
for (const order of seeded) {
  const n = Number(order.invoice.slice(3));
  const start = Math.random() * (seconds - 2 * gapSeconds - replayAfter);
  let script: Event[];
  if (order.status === 'shipped') {
    script = ['delivery_failed', 'delivered'];
    scenarios.shippedWithFailedAttempt += 1;
  } else if (n % 10 === 1) {
    // Delivered reported before the pickup: the order goes shipped → delivered at once; the late
    // pickup changes nothing.
    script = ['awb_assigned', 'delivered', 'picked_up'];
    scenarios.deliveredBeforePickup += 1;
  } else if (n % 10 === 2) {
    // The AWB webhook comes last (lost and redelivered later): the pickup carries the AWB and moves
    // the order booking → ready_to_ship → shipped.
    script = ['picked_up', 'delivered', 'awb_assigned'];
    scenarios.awbWebhookLate += 1;
  } else {
    script = ['awb_assigned', 'picked_up', 'delivered'];
    scenarios.inOrder += 1;
  }
  script.forEach((event, step) => {
    const occurredAt = new Date(base + n * 1000 + (event === 'delivered' ? 3 : step) * 3_600_000);
    planned.push({
      at: start + step * gapSeconds,
      order: n,
      body: JSON.stringify({
        id: `wh_${n}_${event}`,
        event,
        order_no: orderNo(n),
        external_id: order.id,
        awb: awbOf(n),
        occurred_at: occurredAt.toISOString(),
        description: event === 'delivery_failed' ? 'Penerima tidak di tempat' : null,
        pod_photo_url: event === 'delivered' ? `https://pod.boscod.example/${orderNo(n)}.jpg` : null,
      }),
    });
  });
}
// Redeliveries: the same notification, byte for byte (so the same id and signature), 1.5 s later.
const originals = planned.length;
for (let i = 0; i < replays; i++) {
  const original = planned[Math.floor(Math.random() * originals)] as Planned;
  planned.push({ ...original, at: original.at + replayAfter });
}
planned.sort((a, b) => a.at - b.at);
const signed = (body: string) => ({
  body,
  headers: {
    'content-type': 'application/json',
    'x-boscod-signature': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
  },
});
const requests = planned.map(({ body }) => signed(body));
// How close two events of one order come in the stream (requests between them).
// (A notification picked twice for redelivery is sent twice at once: a race the handler must survive.)
const lastAt = new Map<number, { i: number; body: string }>();
let closest = Number.POSITIVE_INFINITY;
let racingDuplicates = 0;
planned.forEach((p, i) => {
  const previous = lastAt.get(p.order);
  if (previous?.body === p.body && i - previous.i < 50) racingDuplicates += 1;
  else if (previous) closest = Math.min(closest, i - previous.i);
  lastAt.set(p.order, { i, body: p.body });
});
console.log(
  `${seeded.length} orders (${bookingOrders} booking, ${shippedOrders} shipped), ${requests.length} webhooks ` +
    `(${replays} redeliveries, ${racingDuplicates} of them sent twice at once); one order's other events at least ${closest} requests apart`,
);

// --- The run: one server process (this one), the generator in a child process.
const handled: number[] = [];
const server = await startBenchServer(database, undefined, {
  env: { BOSCOD_WEBHOOK_SECRET: secret },
  onHandled: (ms) => handled.push(ms),
  // The inbox drain runs as in production: a job on the real clock, in this same process.
  jobs: true,
});
const url = `${server.url}/webhook/boscod`;
// Warm-up: signed notifications about shipments we do not know (404) exercise the HTTP path, the
// verification and the lookup without touching the seeded orders.
const warmUp = Array.from({ length: 1_500 }, (_, i) =>
  signed(
    JSON.stringify({
      id: `warm_${i}`,
      event: 'picked_up',
      order_no: `WARM${i}`,
      external_id: null,
      awb: `WARM${i}`,
      occurred_at: new Date(base).toISOString(),
    }),
  ),
);
await load('warm-up', url, { rate: 500, connections, method: 'POST', requests: warmUp });
handled.length = 0;
const before = readCpu();
const run = await profiled(() =>
  load(`POST /webhook/boscod at ${rate}/s`, url, { rate, connections, method: 'POST', requests }),
);
// What was answered 202 (kept in a burst) is applied by the inbox drain: wait for it, and count.
const pendingNow = async () =>
  Number(
    (
      await db.$queryRawUnsafe<Array<{ n: bigint }>>(
        `SELECT count(*) AS n FROM "ShippingWebhookInbox" WHERE "appliedAt" IS NULL`,
      )
    )[0]?.n ?? 0,
  );
const pendingAtEnd = await pendingNow();
const drainStarted = performance.now();
for (let pending = pendingAtEnd; pending > 0; pending = await pendingNow()) {
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const drainSeconds = Number(((performance.now() - drainStarted) / 1000).toFixed(1));
// How the kept notifications ended, and how many needed a second try (an error while applying).
const inboxRows = await db.$queryRawUnsafe<Array<{ outcome: string; n: bigint; retried: bigint }>>(
  `SELECT "outcome", count(*) AS n, count(*) FILTER (WHERE "attempts" > 1) AS retried
   FROM "ShippingWebhookInbox" WHERE "id" NOT LIKE 'boscod:warm_%' GROUP BY 1 ORDER BY 1`,
);
const inbox = Object.fromEntries(
  inboxRows.map((r) => [r.outcome, { notifications: Number(r.n), triedMoreThanOnce: Number(r.retried) }]),
);
const used = cpuSince(before);
// Where the CPU went, per webhook (µs): this process, PostgreSQL (when local), the generator.
const perWebhook = (ms: number) => Math.round((ms * 1000) / requests.length);
const cpu = {
  serverUsPerWebhook: perWebhook(used.app),
  postgresUsPerWebhook: used.database === null ? null : perWebhook(used.database),
  loadGeneratorUsPerWebhook: perWebhook(run.cpuMs ?? 0),
  machineBusyPercent: Math.round((100 * used.machine.busy) / used.machine.total),
};
await server.close();
handled.sort((a, b) => a - b);
const inApp = (q: number) =>
  Number((handled[Math.min(handled.length - 1, Math.floor(q * handled.length))] ?? 0).toFixed(1));
console.log(
  `${run.sent} sent in ${run.seconds} s: ${run.requestsPerSecond}/s answered, p50 ${run.p50Ms} ms, ` +
    `p99 ${run.p99Ms} ms, max ${run.maxMs} ms, errors ${run.errors}, statuses ${JSON.stringify(run.statuses)}; ` +
    `in the app p50 ${inApp(0.5)} ms, p99 ${inApp(0.99)} ms; ${pendingAtEnd} still to apply at the end, ` +
    `applied ${drainSeconds} s later; inbox ${JSON.stringify(inbox)}; CPU ${JSON.stringify(cpu)}`,
);

// --- Exactly once, from the database.
const rows = await db.$queryRawUnsafe<
  Array<{ status: string; events: string | null; n: bigint; paid: bigint; awb_ok: bigint }>
>(
  `SELECT o."status", e.events, count(*) AS n,
     count(*) FILTER (WHERE o."paidAt" IS NOT NULL AND o."paidAmount" = o."total") AS paid,
     count(*) FILTER (WHERE o."awb" = 'IDX' || (9000000000 + substr(o."invoice", 4)::bigint)) AS awb_ok
   FROM "Order" o
   LEFT JOIN LATERAL (
     SELECT string_agg(ev."type" || ':' || ev."fromStatus" || '>' || ev."toStatus", ' ' ORDER BY ev."createdAt", ev."type") AS events
     FROM "OrderEvent" ev WHERE ev."orderId" = o."id"
   ) e ON true
   WHERE o."storeId" = $1::uuid AND o."invoice" LIKE 'WHB%'
   GROUP BY 1, 2 ORDER BY 3 DESC`,
  store.id,
);
const outcomes = rows.map((r) => ({
  status: r.status,
  timeline: r.events,
  orders: Number(r.n),
  paidAtDelivery: Number(r.paid),
  awbAsSent: Number(r.awb_ok),
}));
for (const o of outcomes) console.log(`${String(o.orders).padStart(6)} ${o.status}: ${o.timeline}`);
const receipts = await db.shippingWebhookReceipt.count();
const eventRows = await db.orderEvent.count({
  where: { storeId: store.id, order: { invoice: { startsWith: 'WHB' } } },
});
const expectedBooking =
  'awb_assigned:booking>ready_to_ship shipped:ready_to_ship>shipped delivered:shipped>delivered';
const expectedShipped = 'delivery_failed:shipped>shipped delivered:shipped>delivered';
const count = (timeline: string) =>
  outcomes
    .filter((o) => o.status === 'delivered' && o.timeline === timeline)
    .reduce((s, o) => s + o.orders, 0);
const asExpected = count(expectedBooking) + count(expectedShipped);
const checks = {
  ordersDeliveredWithExpectedTimeline: asExpected,
  ordersSeeded: seeded.length,
  timelineEvents: eventRows,
  timelineEventsExpected: bookingOrders * 3 + shippedOrders * 2,
  failedAttemptReceipts: receipts,
  failedAttemptReceiptsExpected: shippedOrders,
  codPaidAtDelivery: outcomes.reduce((s, o) => s + o.paidAtDelivery, 0),
  awbAsSent: outcomes.reduce((s, o) => s + o.awbAsSent, 0),
};
const exactlyOnce =
  checks.ordersDeliveredWithExpectedTimeline === seeded.length &&
  checks.timelineEvents === checks.timelineEventsExpected &&
  checks.failedAttemptReceipts === checks.failedAttemptReceiptsExpected &&
  checks.codPaidAtDelivery === seeded.length &&
  checks.awbAsSent === seeded.length;
const ok = exactlyOnce && run.errors === 0 && run.non2xx === 0;

const file = writeResults(`webhooks-incoming-${database.kind}.json`, {
  setup:
    'one server process (the bench process; Hono on node, Prisma over pg, pool of 20) and PostgreSQL 15 on the ' +
    'same 2-core machine; the open-loop load generator (Poisson arrivals, node fetch) runs in a child process ' +
    'on the same 2 cores, so it takes CPU from the server it measures',
  offeredRatePerSecond: rate,
  maxInFlight: connections,
  webhooks: requests.length,
  mix: { ...scenarios, redeliveries: replays, racingDuplicates, closestEventsOfOneOrderInRequests: closest },
  achieved: {
    sent: run.sent,
    seconds: run.seconds,
    answeredPerSecond: run.requestsPerSecond,
    latencyFromPlannedArrivalMs: { p50: run.p50Ms, p99: run.p99Ms, max: run.maxMs },
    latencyInAppMs: { p50: inApp(0.5), p99: inApp(0.99), max: inApp(1) },
    errors: run.errors,
    non2xx: run.non2xx,
    statuses: run.statuses,
    keptToApplyAtEndOfRun: pendingAtEnd,
    inboxOutcomes: inbox,
    secondsToApplyThemAfterRun: drainSeconds,
    cpu,
  },
  verification: { exactlyOnce, ...checks, outcomes },
});
console.log(JSON.stringify(checks));
console.log(`written to ${file}`);
await database.close();
if (!ok) {
  console.error('FAILED: not every webhook answered 200 or not every move applied exactly once');
  process.exit(1);
}
