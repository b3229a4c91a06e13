import { ManualClock, recoverStrandedBookings, strandedAfterMs } from '@bosonline/api';
import { createTestDatabase, type TestDatabase } from '@bosonline/db/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { buildDeps } from '../src/runtime.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { demoStore } from '../src/seed/demo-store.ts';
import { killServerProcesses, type ServerProcess, startServerProcess } from './server-process.ts';

// Buyers keep ordering while the server is killed with SIGKILL (no shutdown code runs: requests,
// transactions and courier bookings are cut wherever they were). After a restart every buyer
// whose answer never came retries with the same Idempotency-Key. Nothing may be lost, doubled or
// left half-done: one order per key, stock + sold unchanged per variant, no COD order left in
// `booking` without a courier once the recovery has run.
//
// PostgreSQL only: an embedded PGlite folder belongs to one process, and what is proved here is
// PostgreSQL's (transactions rolled back with the dead connection, row locks released).

const formId = demoStore.form.id;
const skus = demoStore.form.skus;
const workers = 6;
/** Answers received before the kill: enough that workers are mid-flight, few enough to stay fast. */
const killAfterAnswers = 24;

const orderBody = (n: number) => ({
  receiver: {
    receiver_name: `Pembeli ${n}`,
    // Never ending in 000: the sandbox's "not on WhatsApp", which the Order Shield holds.
    receiver_phone: `0813${String(n).padStart(7, '0')}7`,
    receiver_addr_id: 15022,
    receiver_address: 'Jl. Kismadani 1',
  },
  items: {
    service_code: '00',
    courier_code: 'idx',
    payment_method: { type: 'cod', bank: null },
    wa_validation: false,
    order_items: skus.map((item_sku) => ({ item_sku, item_qty: 1 })),
  },
});

type Attempt = { key: string; body: ReturnType<typeof orderBody>; ip: string; answer?: unknown };

async function place(url: string, attempt: Attempt): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${url}/order/${formId}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': attempt.key,
      'x-forwarded-for': attempt.ip,
    },
    body: JSON.stringify(attempt.body),
  });
  return { status: res.status, body: await res.json() };
}

describe.skipIf(!process.env.DATABASE_URL)('kill -9 mid-checkout (PostgreSQL: needs DATABASE_URL)', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  const stockBefore = new Map<string, number>();

  const stockOf = async () => {
    const rows = await database.prisma.stock.findMany({
      where: { variant: { sku: { in: skus } } },
      select: { variantId: true, quantity: true },
    });
    return new Map(rows.map((r) => [r.variantId, r.quantity]));
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.prisma);
    // Room for every order of the run, so a 409 (sold out) never hides a lost order.
    await database.prisma.stock.updateMany({
      where: { variant: { sku: { in: skus } } },
      data: { quantity: 1_000 },
    });
    for (const [variantId, quantity] of await stockOf()) stockBefore.set(variantId, quantity);
    server = await startServerProcess({ DATABASE_URL: database.url as string });
  }, 60_000);

  afterAll(async () => {
    await killServerProcesses();
    await database?.close();
  });

  it('loses no order, doubles none and strands none across a crash and a restart', async () => {
    const attempts: Attempt[] = [];
    const unanswered: Attempt[] = [];
    const refused: Array<{ key: string; status: number; body: unknown }> = [];
    let answers = 0;
    let killed: Promise<void> | undefined;

    // Each worker is one buyer's browser tab after another: one order at a time, a new key each,
    // until its first request that gets no answer (the server is gone).
    const worker = async (w: number) => {
      for (let i = 0; ; i++) {
        const n = w * 1_000 + i;
        const attempt: Attempt = {
          key: `crash-order-${String(n).padStart(5, '0')}`,
          body: orderBody(n),
          ip: `198.18.0.${w + 1}`,
        };
        attempts.push(attempt);
        try {
          const { status, body } = await place(server.url, attempt);
          if (status !== 200) refused.push({ key: attempt.key, status, body });
          attempt.answer = body;
          answers += 1;
          if (answers === killAfterAnswers) killed = server.crash();
        } catch {
          unanswered.push(attempt);
          return;
        }
      }
    };
    await Promise.all(Array.from({ length: workers }, (_, w) => worker(w)));
    await killed;
    expect(refused).toEqual([]);
    // At least the worker that saw the last answer asked again and got none.
    expect(unanswered.length).toBeGreaterThan(0);

    server = await startServerProcess({ DATABASE_URL: database.url as string });
    // Every buyer without an answer retries with the same key and gets an order.
    for (const attempt of unanswered) {
      const retry = await place(server.url, attempt);
      expect({ key: attempt.key, status: retry.status }).toEqual({ key: attempt.key, status: 200 });
      attempt.answer = retry.body;
    }
    // A retry of an answered key answers the same again (nothing new is written).
    const answered = attempts.find((a) => !unanswered.includes(a)) as Attempt;
    expect((await place(server.url, answered)).body).toEqual(answered.answer);

    // The recovery the server runs every minute, as it runs once the 2-minute grace has passed
    // (a clock moved past it, rather than a test waiting two minutes).
    const clock = new ManualClock(new Date(Date.now() + strandedAfterMs + 60_000));
    const config = loadConfig({
      DATABASE_URL: database.url,
      JWT_SECRET: 'process-test-secret-process-test-secret-0',
    });
    const deps = buildDeps(config, database, pino({ level: 'silent' }), { clock });
    const recovery = await recoverStrandedBookings(deps);
    expect(recovery).toMatchObject({ failed: 0, handedToSeller: 0 });

    const orders = await database.prisma.order.findMany({
      where: { formId, idempotencyKey: { startsWith: 'crash-' } },
      select: { idempotencyKey: true, status: true, shipmentRef: true, items: true },
    });
    // Exactly one order per key the buyers sent.
    expect(orders.map((o) => o.idempotencyKey).sort()).toEqual(attempts.map((a) => a.key).sort());
    // Every COD order is with the courier (booked; its AWB follows by webhook) or already has it.
    const stranded = orders.filter((o) => o.status === 'booking' && o.shipmentRef === null);
    expect(stranded).toEqual([]);
    expect(orders.filter((o) => o.status !== 'booking' && o.status !== 'ready_to_ship')).toEqual([]);

    // stock + sold = initial, per variant.
    const sold = new Map<string, number>();
    for (const item of orders.flatMap((o) => o.items))
      sold.set(item.variantId, (sold.get(item.variantId) ?? 0) + item.quantity);
    const stockAfter = await stockOf();
    for (const [variantId, initial] of stockBefore) {
      expect({ variantId, total: (stockAfter.get(variantId) ?? 0) + (sold.get(variantId) ?? 0) }).toEqual({
        variantId,
        total: initial,
      });
    }
    await server.stop();
  }, 60_000);
});
