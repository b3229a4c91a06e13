import { type Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import {
  type DefineOptions,
  defaultJobConcurrency,
  type JobHandler,
  type JobOptions,
  type JobQueue,
} from './queue.ts';

export interface BullMqOptions {
  /** Keys in Redis start with this (several deployments or test runs can share one Redis). */
  prefix?: string;
  /** Jobs one process runs at once (see defaultJobConcurrency). */
  concurrency?: number;
}

// BullMQ refuses job ids with ':' (its own separator), which ours use (`expire:<orderId>`). Escaped
// one-to-one, so two different ids never meet.
const encodeId = (id: string) => id.replaceAll('%', '%25').replaceAll(':', '%3A');
const decodeId = (id: string) => id.replaceAll('%3A', ':').replaceAll('%25', '%');

// Finished jobs are kept a week so their ids still dedupe a late repeat of the same step; failed
// ones a month, for looking into.
const keepCompleted = { age: 7 * 86_400 };
const keepFailed = { age: 30 * 86_400 };

/**
 * Jobs in Redis through BullMQ: they survive restarts and are shared by every process pointing at
 * the same REDIS_URL (each job runs in one of them). Delays are BullMQ's own, by wall-clock time;
 * the job handlers never trust the delay alone: each re-reads the state it acts on, so an early,
 * late or repeated run changes nothing it should not.
 */
export class BullMqJobQueue implements JobQueue {
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private readonly periodic = new Map<string, number>();
  private readonly connection: Redis;
  private readonly queue: Queue;
  private worker: Worker | undefined;
  private readonly prefix: string;

  constructor(
    url: string,
    private readonly logger: Logger,
    private readonly options: BullMqOptions = {},
  ) {
    this.prefix = options.prefix ?? 'bosonline';
    // BullMQ's workers block on Redis, so commands must wait for a reconnect rather than fail.
    this.connection = new Redis(url, { maxRetriesPerRequest: null });
    this.connection.on('error', (error) => this.logger.warn({ err: error }, 'redis connection problem'));
    this.queue = new Queue('jobs', { connection: this.connection, prefix: this.prefix });
  }

  define<T>(name: string, handler: JobHandler<T>, options: DefineOptions = {}): void {
    this.handlers.set(name, handler as JobHandler<unknown>);
    if (options.everyMs !== undefined) {
      if (!(options.everyMs > 0)) throw new Error(`Job ${name}: everyMs must be positive`);
      this.periodic.set(name, options.everyMs);
    }
  }

  async enqueue<T>(name: string, payload: T, options: JobOptions = {}): Promise<void> {
    if (!this.handlers.has(name)) throw new Error(`No job named ${name} is defined`);
    await this.queue.add(name, payload, {
      jobId: options.jobId === undefined ? undefined : encodeId(options.jobId),
      delay: options.delayMs,
      attempts: options.attempts ?? 1,
      backoff: { type: 'exponential', delay: options.backoffMs ?? 1000 },
      removeOnComplete: keepCompleted,
      removeOnFail: keepFailed,
    });
  }

  /** How many jobs are in each state (for tests and the health page). */
  counts() {
    return this.queue.getJobCounts('waiting', 'delayed', 'active', 'completed', 'failed', 'prioritized');
  }

  /**
   * Makes every delayed job due now (benches that move the app clock past a retry's time: BullMQ's
   * own delays run on the wall clock).
   */
  promoteDelayed(): Promise<void> {
    return this.queue.promoteJobs();
  }

  /** The periodic jobs Redis holds (one per name, whichever process upserted it). */
  async schedulers(): Promise<Array<{ name: string; every: number | null }>> {
    const all = await this.queue.getJobSchedulers();
    return all.map((s) => ({ name: s.key, every: s.every ? Number(s.every) : null }));
  }

  async start(): Promise<void> {
    if (this.worker) return;
    // A scheduler per periodic job, upserted by every process: Redis keeps one, so one run per period.
    for (const [name, every] of this.periodic) {
      await this.queue.upsertJobScheduler(
        name,
        { every },
        { name, data: {}, opts: { removeOnComplete: true, removeOnFail: keepFailed } },
      );
    }
    this.worker = new Worker('jobs', (job) => this.run(job), {
      connection: this.connection,
      prefix: this.prefix,
      concurrency: this.options.concurrency ?? defaultJobConcurrency,
    });
    this.worker.on('failed', (job, error) => {
      const final = job && job.attemptsMade >= (job.opts.attempts ?? 1);
      this.logger[final ? 'error' : 'warn'](
        { err: error, job: job?.name, jobId: job?.id && decodeId(job.id), attempt: job?.attemptsMade },
        final ? 'job failed for good' : 'job failed; retrying',
      );
    });
    this.worker.on('error', (error) => this.logger.warn({ err: error }, 'job worker problem'));
    await this.worker.waitUntilReady();
  }

  private async run(job: Job): Promise<void> {
    const handler = this.handlers.get(job.name);
    // A job queued by a newer version of the code: fail it visibly rather than drop it.
    if (!handler) throw new Error(`No job named ${job.name} is defined in this process`);
    await handler(job.data, { attempt: job.attemptsMade + 1, jobId: decodeId(job.id ?? '') });
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    this.worker = undefined;
    await this.queue.close();
    await this.connection.quit().catch(() => undefined);
  }

  /** Deletes every job of this prefix (tests clean up after themselves). */
  async obliterate(): Promise<void> {
    await this.queue.obliterate({ force: true });
  }
}
