import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { BullMqJobQueue } from './bullmq.ts';

// The BullMQ adapter against the real Redis (`.ci/run` starts one and sets REDIS_URL). Every test
// waits on what happened (a handler resolving a promise, the queue's own counts), never on time.

const url = process.env.REDIS_URL;
const silent = pino({ level: 'silent' });
const opened: BullMqJobQueue[] = [];

/** A queue on a prefix of its own, so parallel runs and other suites never see its jobs. */
function queueOn(prefix: string) {
  const queue = new BullMqJobQueue(url as string, silent, { prefix });
  opened.push(queue);
  return queue;
}

/** A promise and the function that settles it, for "wait until the handler ran". */
function signal<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

afterEach(async () => {
  for (const queue of opened.splice(0)) {
    await queue.obliterate().catch(() => undefined);
    await queue.stop();
  }
});

describe.skipIf(!url)('BullMQ job queue (real Redis)', () => {
  it('runs a job id once however many times it is queued', async () => {
    const jobs = queueOn(`test-${randomUUID()}`);
    const ran: string[] = [];
    const first = signal();
    jobs.define<{ invoice: string }>('expire', async (payload, meta) => {
      ran.push(`${payload.invoice} ${meta.jobId}`);
      first.resolve();
    });
    await jobs.enqueue('expire', { invoice: 'INV-1' }, { jobId: 'expire:order-1' });
    await jobs.enqueue('expire', { invoice: 'INV-1' }, { jobId: 'expire:order-1' });
    await jobs.start();
    await first.promise;
    // Asked again once it ran: the finished job still holds the id.
    await jobs.enqueue('expire', { invoice: 'INV-1' }, { jobId: 'expire:order-1' });
    await expect.poll(() => jobs.counts()).toMatchObject({ completed: 1, waiting: 0, delayed: 0, active: 0 });
    expect(ran).toEqual(['INV-1 expire:order-1']);
  });

  it('keeps a delayed job across a restart: a new process runs it', async () => {
    const prefix = `test-${randomUUID()}`;
    const before = queueOn(prefix);
    before.define('follow-up', async () => {
      throw new Error('the stopped process must not run it');
    });
    await before.enqueue('follow-up', { attempt: 1 }, { jobId: 'follow-up:abc', delayMs: 300 });
    await before.stop();

    const after = queueOn(prefix);
    const ran = signal<{ attempt: number; jobId: string; payload: unknown }>();
    after.define('follow-up', async (payload, meta) => ran.resolve({ ...meta, payload }));
    expect(await after.counts()).toMatchObject({ delayed: 1 });
    await after.start();
    expect(await ran.promise).toEqual({ attempt: 1, jobId: 'follow-up:abc', payload: { attempt: 1 } });
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    const jobs = queueOn(`test-${randomUUID()}`);
    const attempts: number[] = [];
    const done = signal();
    jobs.define('deliver', async (_payload, meta) => {
      attempts.push(meta.attempt);
      if (meta.attempt < 3) throw new Error('receiver down');
      done.resolve();
    });
    await jobs.enqueue('deliver', {}, { attempts: 5, backoffMs: 20 });
    await jobs.start();
    await done.promise;
    expect(attempts).toEqual([1, 2, 3]);
  });

  it('runs a periodic job from one scheduler however many processes define it', async () => {
    const prefix = `test-${randomUUID()}`;
    const a = queueOn(prefix);
    const b = queueOn(prefix);
    const swept = signal();
    for (const jobs of [a, b]) jobs.define('sweep', async () => swept.resolve(), { everyMs: 60_000 });
    await a.start();
    await b.start();
    await swept.promise;
    const schedulers = await a.schedulers();
    expect(schedulers).toEqual([{ name: 'sweep', every: 60_000 }]);
  });
});
