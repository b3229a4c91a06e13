import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../lib/clock.ts';
import { InProcessJobQueue } from './in-process.ts';

const queue = () => {
  const clock = new ManualClock(new Date('2026-12-01T00:00:00Z'));
  return { clock, jobs: new InProcessJobQueue(clock, pino({ level: 'silent' })) };
};

describe('in-process job queue', () => {
  it('runs a delayed job only once it is due by the app clock', async () => {
    const { clock, jobs } = queue();
    const ran: string[] = [];
    jobs.define<{ invoice: string }>('expire', async (p) => {
      ran.push(p.invoice);
    });
    await jobs.enqueue('expire', { invoice: 'INV-1' }, { delayMs: 60_000 });
    expect(await jobs.runDue()).toBe(0);
    clock.advance(60_000);
    expect(await jobs.runDue()).toBe(1);
    expect(ran).toEqual(['INV-1']);
    expect(jobs.size()).toBe(0);
  });

  it('queues a job id once while it waits', async () => {
    const { jobs } = queue();
    let runs = 0;
    jobs.define('step', async () => {
      runs += 1;
    });
    await jobs.enqueue('step', {}, { jobId: 'order-1:expire' });
    await jobs.enqueue('step', {}, { jobId: 'order-1:expire' });
    await jobs.runDue();
    expect(runs).toBe(1);
  });

  it('retries with doubling backoff, then gives up after its attempts', async () => {
    const { clock, jobs } = queue();
    const attempts: number[] = [];
    jobs.define('flaky', async (_p, meta) => {
      attempts.push(meta.attempt);
      throw new Error('receiver down');
    });
    await jobs.enqueue('flaky', {}, { attempts: 3, backoffMs: 1000 });
    await jobs.runDue();
    clock.advance(999);
    await jobs.runDue();
    expect(attempts).toEqual([1]);
    clock.advance(1);
    await jobs.runDue();
    clock.advance(2000);
    await jobs.runDue();
    expect(attempts).toEqual([1, 2, 3]);
    expect(jobs.size()).toBe(0);
  });

  it('runs a periodic job once per period however far the clock jumps', async () => {
    const { clock, jobs } = queue();
    let sweeps = 0;
    jobs.define(
      'sweep',
      async () => {
        sweeps += 1;
      },
      { everyMs: 60_000 },
    );
    expect(await jobs.runDue()).toBe(0);
    clock.advance(10 * 60_000);
    await jobs.runDue();
    expect(sweeps).toBe(1);
    clock.advance(60_000);
    await jobs.runDue();
    expect(sweeps).toBe(2);
    expect(jobs.size()).toBe(0);
  });

  it('runs due jobs up to its concurrency at once, each job id once', async () => {
    const clock = new ManualClock(new Date('2026-12-01T00:00:00Z'));
    const jobs = new InProcessJobQueue(clock, pino({ level: 'silent' }), { concurrency: 3 });
    let running = 0;
    let most = 0;
    const ran: string[] = [];
    jobs.define<{ n: number }>('deliver', async ({ n }, meta) => {
      running += 1;
      most = Math.max(most, running);
      // Asked for again while it runs (as a sweep would): still one run.
      await jobs.enqueue('deliver', { n }, { jobId: meta.jobId });
      await new Promise((resolve) => setImmediate(resolve));
      ran.push(meta.jobId);
      running -= 1;
    });
    for (let n = 0; n < 10; n++) await jobs.enqueue('deliver', { n }, { jobId: `deliver:${n}` });
    expect(await jobs.runDue()).toBe(10);
    expect(most).toBe(3);
    expect(ran.sort()).toEqual(Array.from({ length: 10 }, (_, n) => `deliver:${n}`).sort());
    expect(jobs.size()).toBe(0);
  });

  it('refuses a job nobody defined', async () => {
    const { jobs } = queue();
    await expect(jobs.enqueue('nope', {})).rejects.toThrow('No job named nope');
  });
});
