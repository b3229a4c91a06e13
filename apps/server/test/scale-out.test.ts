import { randomBytes, randomInt } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@bosonline/db/testing';
import { createBosClient, isBosError } from '@bosonline/sdk';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/seed/demo.ts';
import { demoStore } from '../src/seed/demo-store.ts';
import { newSeller } from './harness.ts';
import { killServerProcesses, type ServerProcess, startServerProcess } from './server-process.ts';

// Two server processes over one PostgreSQL and one Redis, as behind a load balancer that sends
// each request wherever it likes: every answer must be the one a single process would give.
// Limits are the defaults a deployment runs with (read from rate-limit.ts), so nothing is tuned
// for the test. Each run plays addresses and accounts of its own, and the processes keep their
// Redis keys under a prefix of this run's (REDIS_PREFIX), so runs sharing a Redis never mix.

const formId = demoStore.form.id;
const run = randomBytes(4).toString('hex');
const prefix = `test-scale-${run}:`;
/** An address of this run's own (the load balancer's X-Forwarded-For). */
const address = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

async function code(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'OK',
    (e: unknown): string => (isBosError(e) ? (e.data?.code ?? 'UNKNOWN') : String(e)),
  );
}

describe.skipIf(!process.env.DATABASE_URL || !process.env.REDIS_URL)(
  'two processes, one database, one Redis (needs DATABASE_URL: PostgreSQL and REDIS_URL)',
  () => {
    let database: TestDatabase;
    let a: ServerProcess;
    let b: ServerProcess;
    /** The SDK against one process, calling from `ip`. */
    const client = (server: ServerProcess, ip: string) =>
      createBosClient({ url: server.url, headers: { 'x-forwarded-for': ip } });

    beforeAll(async () => {
      database = await createTestDatabase();
      await seedDemo(database.prisma);
      // The demo form hands its orders to one CS; give it the whole team (weights 2 and 1).
      const team = await database.prisma.storeMember.findMany({
        where: { store: { forms: { some: { id: formId } } }, role: 'cs' },
      });
      await database.prisma.formStaff.createMany({
        data: team.map((m) => ({ formId, memberId: m.id })),
        skipDuplicates: true,
      });
      const env = { REDIS_URL: process.env.REDIS_URL as string, REDIS_PREFIX: prefix };
      [a, b] = await Promise.all([
        startServerProcess({ DATABASE_URL: database.url as string, ...env }),
        startServerProcess({ DATABASE_URL: database.url as string, ...env }),
      ]);
    }, 60_000);

    afterAll(async () => {
      await killServerProcesses();
      await database?.close();
      // What the processes left in the shared Redis (cache, counters, the job queue's repeat keys).
      const redis = new Redis(process.env.REDIS_URL as string);
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
        if (keys.length) await redis.unlink(...keys);
        cursor = next;
      } while (cursor !== '0');
      await redis.quit();
    });

    it('spends one registration budget per address across both (10 an hour)', async () => {
      const ip = address();
      const results: string[] = [];
      for (let i = 0; i < 10; i++) {
        const server = i % 2 === 0 ? a : b;
        results.push(
          await code(
            client(server, ip).auth.register.mutate(newSeller({ email: `r${i}-${run}@example.com` })),
          ),
        );
      }
      expect(results).toEqual(Array(10).fill('OK'));
      // One process alone has seen 5: only the shared count refuses the 11th, on either.
      for (const server of [a, b])
        expect(await code(client(server, ip).auth.register.mutate(newSeller()))).toBe('TOO_MANY_REQUESTS');
    });

    it('shuts an address out of an account after 5 wrong passwords split across both', async () => {
      const seller = newSeller({ email: `lock-${run}@example.com` });
      await client(a, address()).auth.register.mutate(seller);
      const attacker = address();
      const wrong: string[] = [];
      for (let i = 0; i < 5; i++) {
        const server = i < 3 ? a : b;
        wrong.push(
          await code(
            client(server, attacker).auth.login.mutate({ login: seller.email, password: `wrong-${i}` }),
          ),
        );
      }
      expect(wrong).toEqual(Array(5).fill('UNAUTHORIZED'));
      for (const server of [a, b]) {
        expect(
          await code(
            client(server, attacker).auth.login.mutate({ login: seller.email, password: seller.password }),
          ),
        ).toBe('TOO_MANY_REQUESTS');
      }
      // The owner, from elsewhere, still gets in through either.
      expect(
        await code(
          client(b, address()).auth.login.mutate({ login: seller.email, password: seller.password }),
        ),
      ).toBe('OK');
    });

    const orderBody = (phone: string) => ({
      receiver: {
        receiver_name: 'Pembeli Skala',
        receiver_phone: phone,
        receiver_addr_id: 15022,
        receiver_address: 'Jl. Kismadani 2',
      },
      items: {
        service_code: '00',
        courier_code: 'idx',
        payment_method: { type: 'cod', bank: null },
        wa_validation: false,
        order_items: [{ item_sku: demoStore.form.skus[0], item_qty: 1 }],
      },
    });
    const place = async (server: ServerProcess, ip: string, key: string, body: unknown) => {
      const res = await fetch(`${server.url}/order/${formId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key, 'x-forwarded-for': ip },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    };

    it('the same Idempotency-Key sent to both at once makes one order; both answer it', async () => {
      const key = `scale-same-${run}`;
      const body = orderBody('081355500001');
      const ip = address();
      const [first, second] = await Promise.all([place(a, ip, key, body), place(b, ip, key, body)]);
      expect(first.status).toBe(200);
      expect(second).toEqual(first);
      expect(await database.prisma.order.count({ where: { formId, idempotencyKey: key } })).toBe(1);
      // A later retry, through either, is the same answer again.
      expect(await place(b, ip, key, body)).toEqual(first);
    });

    it('rotates orders over the whole CS team, whichever process takes them', async () => {
      const cs = await database.prisma.formStaff.findMany({ where: { formId }, select: { memberId: true } });
      expect(cs.length).toBeGreaterThan(1);
      const ip = address();
      const keys: string[] = [];
      // 40 orders, alternating processes, 4 at a time. The draw is weighted (2:1 in the demo): a member
      // missing from 40 draws has a chance under 1e-6.
      for (let i = 0; i < 40; i += 4) {
        const batch = [i, i + 1, i + 2, i + 3].map((n) => {
          const key = `scale-cs-${run}-${n}`;
          keys.push(key);
          return place(n % 2 === 0 ? a : b, ip, key, orderBody(`0813556${String(n).padStart(5, '0')}`));
        });
        for (const answer of await Promise.all(batch)) expect(answer.status).toBe(200);
      }
      const orders = await database.prisma.order.findMany({
        where: { formId, idempotencyKey: { in: keys } },
        select: { csMemberId: true },
      });
      expect(orders).toHaveLength(40);
      expect(new Set(orders.map((o) => o.csMemberId))).toEqual(new Set(cs.map((m) => m.memberId)));
    });

    it('a logout through one is refused by the other, which had kept the session’s check', async () => {
      const ip = address();
      const seller = newSeller({ email: `out-${run}@example.com` });
      const { accessToken } = await client(a, ip).auth.register.mutate(seller);
      const as = (server: ServerProcess) =>
        createBosClient({ url: server.url, token: accessToken, headers: { 'x-forwarded-for': ip } });
      // b keeps the check for seconds (session-cache.ts), unless a tells it over Redis.
      expect((await as(b).profile.me.query()).email).toBe(seller.email);
      await as(a).auth.logout.mutate();
      // a tells b before its logout answers; b reads the message off its own Redis connection,
      // so allow it the moment that takes, far inside the seconds a kept check would live.
      await expect
        .poll(() => code(as(b).profile.me.query()), { timeout: 1_000, interval: 10 })
        .toBe('UNAUTHORIZED');
    });
  },
);
