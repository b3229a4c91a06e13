// Background jobs: what the system does later or again without being asked (payment windows that
// run out, scheduled follow-ups, tracking polls, outgoing webhook deliveries). One interface, two
// runners: BullMQ on Redis when REDIS_URL is set (jobs survive restarts and are shared by every
// process), and an in-process runner otherwise (embedded mode, tests).

/**
 * Jobs one process runs at once, in either runner. Most jobs wait on the database or a seller's
 * endpoint, so one at a time leaves the process idle (a backlog of 10 000 webhook deliveries took
 * minutes); each job guards its own step in the database, so they may overlap. Kept below the
 * database pool (DB_POOL_SIZE, 10 by default) so requests still find a connection.
 */
export const defaultJobConcurrency = 8;

export interface JobOptions {
  /** Run no earlier than this long after now (by the app clock). */
  delayMs?: number;
  /**
   * A job with the same id is queued once while it waits or runs, so a step (an order's expiry, a
   * delivery attempt) is never queued twice however many times it is asked for.
   */
  jobId?: string;
  /** Tries in all before the job is given up (default 1: no retry). */
  attempts?: number;
  /** First retry after this long, doubling each time (exponential backoff). */
  backoffMs?: number;
}

export type JobHandler<T> = (payload: T, meta: { attempt: number; jobId: string }) => Promise<void>;

export interface DefineOptions {
  /**
   * Also run this job by itself every `everyMs` (with an empty payload), counted from start: the
   * sweeps that find work a lost or never-queued job left behind. One run per period across all
   * processes sharing the queue.
   */
  everyMs?: number;
}

export interface JobQueue {
  /** Names the work for a kind of job; every process that runs jobs defines the same kinds. */
  define<T>(name: string, handler: JobHandler<T>, options?: DefineOptions): void;
  enqueue<T>(name: string, payload: T, options?: JobOptions): Promise<void>;
  /** Starts taking jobs (after every `define`). */
  start(): Promise<void>;
  /** Stops taking jobs and waits for those running. */
  stop(): Promise<void>;
}
