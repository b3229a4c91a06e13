import type { Logger } from 'pino';
import type { Clock } from '../lib/clock.ts';
import {
  type DefineOptions,
  defaultJobConcurrency,
  type JobHandler,
  type JobOptions,
  type JobQueue,
} from './queue.ts';

interface Pending {
  name: string;
  payload: unknown;
  jobId: string;
  runAt: number;
  attempt: number;
  attempts: number;
  backoffMs: number;
  /** A periodic job: after each run it waits this long again instead of leaving. */
  everyMs?: number;
  /** Being run now: not picked again until it finishes (its id still dedupes new enqueues). */
  active?: boolean;
}

export interface InProcessOptions {
  /** How often the timer looks for due jobs. */
  tickMs?: number;
  /** Jobs run at once (see defaultJobConcurrency); a job id is never run twice at once. */
  concurrency?: number;
}

/**
 * Jobs in this process's memory, due by the app clock: a timer runs what is due every `tickMs`, and
 * tests move the ManualClock and call `runDue()` instead of waiting. Work that must outlive a
 * restart in embedded mode is also found again from the database by the jobs' own sweeps.
 */
export class InProcessJobQueue implements JobQueue {
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private readonly pending = new Map<string, Pending>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private counter = 0;
  private readonly tickMs: number;
  private readonly concurrency: number;

  constructor(
    private readonly clock: Clock,
    private readonly logger: Logger,
    options: InProcessOptions = {},
  ) {
    this.tickMs = options.tickMs ?? 1000;
    this.concurrency = Math.max(1, options.concurrency ?? defaultJobConcurrency);
  }

  define<T>(name: string, handler: JobHandler<T>, options: DefineOptions = {}): void {
    this.handlers.set(name, handler as JobHandler<unknown>);
    const { everyMs } = options;
    if (everyMs === undefined) return;
    if (!(everyMs > 0)) throw new Error(`Job ${name}: everyMs must be positive`);
    const jobId = `every:${name}`;
    this.pending.set(jobId, {
      name,
      payload: {},
      jobId,
      runAt: this.clock.now().getTime() + everyMs,
      attempt: 1,
      attempts: 1,
      backoffMs: 0,
      everyMs,
    });
  }

  async enqueue<T>(name: string, payload: T, options: JobOptions = {}): Promise<void> {
    if (!this.handlers.has(name)) throw new Error(`No job named ${name} is defined`);
    this.counter += 1;
    const jobId = options.jobId ?? `${name}:${this.counter}`;
    if (this.pending.has(jobId)) return;
    this.pending.set(jobId, {
      name,
      payload,
      jobId,
      runAt: this.clock.now().getTime() + (options.delayMs ?? 0),
      attempt: 1,
      attempts: options.attempts ?? 1,
      backoffMs: options.backoffMs ?? 1000,
    });
  }

  /** One-off jobs waiting (for tests and the health page); periodic ones are always there. */
  size(): number {
    return [...this.pending.values()].filter((job) => job.everyMs === undefined).length;
  }

  /**
   * Runs every job due now, including retries and jobs queued that fall due meanwhile, up to
   * `concurrency` at once; answers how many ran. One pass at a time: a tick that finds a pass in
   * progress waits for it.
   */
  runDue(): Promise<number> {
    const pass = this.running.then(() => this.pass());
    this.running = pass.then(
      () => undefined,
      () => undefined,
    );
    return pass;
  }

  private async pass(): Promise<number> {
    let ran = 0;
    for (;;) {
      const now = this.clock.now().getTime();
      const due = [...this.pending.values()]
        .filter((job) => job.runAt <= now && !job.active)
        .sort((a, b) => a.runAt - b.runAt);
      if (due.length === 0) return ran;
      // A pool of workers takes the due jobs in order; the next round picks up what they queued.
      let next = 0;
      const worker = async () => {
        for (let job = due[next++]; job; job = due[next++]) {
          ran += 1;
          await this.run(job);
        }
      };
      await Promise.all(Array.from({ length: Math.min(this.concurrency, due.length) }, worker));
    }
  }

  private async run(job: Pending): Promise<void> {
    const handler = this.handlers.get(job.name);
    job.active = true;
    try {
      await handler?.(job.payload, { attempt: job.attempt, jobId: job.jobId });
      this.done(job);
    } catch (error) {
      if (job.attempt >= job.attempts) {
        this.done(job);
        this.logger.error({ err: error, job: job.name, jobId: job.jobId }, 'job failed for good');
        return;
      }
      this.logger.warn(
        { err: error, job: job.name, jobId: job.jobId, attempt: job.attempt },
        'job failed; retrying',
      );
      job.runAt = this.clock.now().getTime() + job.backoffMs * 2 ** (job.attempt - 1);
      job.attempt += 1;
    } finally {
      job.active = false;
    }
  }

  /** A one-off job leaves; a periodic one waits for its next period. */
  private done(job: Pending): void {
    if (job.everyMs === undefined) {
      this.pending.delete(job.jobId);
      return;
    }
    job.runAt = this.clock.now().getTime() + job.everyMs;
    job.attempt = 1;
  }

  async start(): Promise<void> {
    this.timer ??= setInterval(() => {
      void this.runDue();
    }, this.tickMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
