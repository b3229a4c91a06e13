import type { WriteWatcher } from '@bosonline/db';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import type { CheckedSession } from './checked-session.ts';

// Every authenticated request checks its session (session-check.ts): one statement, yet on a
// dashboard's reads the biggest share of the database's work and of the request's time. A check
// is kept for a few seconds, and forgotten the moment anything it read changes: the database
// client reports each committed write to the tables the check reads (db's write-watch.ts, which
// sees every statement, so no service has to remember), and with Redis every other process is
// told too before the writer answers. A logout, a revoked session, a suspended account or a
// removed store member is refused on the next request, whichever process it reaches.

/** The tables checkSessionSql reads: a committed write to any of them forgets every kept check. */
export const sessionCheckTables = ['Session', 'User', 'StoreMember', 'Store', 'AdminUser'] as const;

/** How long a check is kept when nothing it read changes (the once-a-minute touch waits for it). */
export const sessionCacheMs = 5_000;

interface Kept {
  session: CheckedSession;
  /** App clock, ms: when the statement ran. */
  readAt: number;
}

export interface SessionCacheOptions {
  /** Subscribes to committed writes (Database.watchWrites); answers the unsubscribe. */
  watchWrites(tables: readonly string[], watcher: WriteWatcher): () => void;
  /** Tells the other processes on this Redis (REDIS_URL), under the deployment's REDIS_PREFIX. */
  redis?: { url: string; prefix: string };
  logger: Logger;
  /** Checks kept at most (least recently used go first). */
  max?: number;
}

export class SessionCache {
  private readonly kept: LRUCache<string, Kept>;
  /** Bumped by every forget: a check that began before one is not kept (it may have read the old rows). */
  private generation = 0;
  private readonly unwatch: () => void;
  private readonly publisher?: Redis;
  private readonly subscriber?: Redis;
  private readonly channel: string;
  private readonly logger: Logger;

  constructor(options: SessionCacheOptions) {
    this.kept = new LRUCache({ max: options.max ?? 20_000 });
    this.logger = options.logger;
    this.channel = `${options.redis?.prefix ?? ''}bos:sessions:forget`;
    if (options.redis) {
      // Fail fast rather than queue while Redis is away: the writer must not wait on it, and the
      // kept checks expire by themselves within sessionCacheMs.
      this.publisher = new Redis(options.redis.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
      this.subscriber = new Redis(options.redis.url);
      this.publisher.on('error', () => undefined);
      this.subscriber.on('error', () => undefined);
      // Messages missed while disconnected are unknown: forget everything on every (re)connect.
      this.subscriber.on('ready', () => this.forget());
      this.subscriber.on('message', () => this.forget());
      void this.subscriber.subscribe(this.channel).catch((error: unknown) => {
        this.logger.warn({ err: error }, 'session cache: could not subscribe to forgets');
      });
    }
    this.unwatch = options.watchWrites(sessionCheckTables, () => this.forgetEverywhere());
  }

  /** The generation a check starts at; hand it to `keep` with what the check read. */
  begin(): number {
    return this.generation;
  }

  /** A kept check of `key` younger than sessionCacheMs by `now`, if nothing changed since. */
  get(key: string, now: Date): CheckedSession | undefined {
    const kept = this.kept.get(key);
    if (!kept) return undefined;
    const age = now.getTime() - kept.readAt;
    if (age >= 0 && age < sessionCacheMs) return kept.session;
    this.kept.delete(key);
    return undefined;
  }

  /** Keeps a live session's check, unless something was forgotten since it began. */
  keep(key: string, session: CheckedSession, begunAt: number, now: Date): void {
    if (begunAt !== this.generation) return;
    this.kept.set(key, { session, readAt: now.getTime() });
  }

  /** Forgets every kept check of this process. */
  forget(): void {
    this.generation += 1;
    this.kept.clear();
  }

  private async forgetEverywhere(): Promise<void> {
    this.forget();
    if (!this.publisher) return;
    try {
      await this.publisher.publish(this.channel, '1');
    } catch (error) {
      this.logger.warn({ err: error }, 'session cache: other processes not told of a change (Redis)');
    }
  }

  async close(): Promise<void> {
    this.unwatch();
    await Promise.all([
      this.publisher?.quit().catch(() => undefined),
      this.subscriber?.quit().catch(() => undefined),
    ]);
  }
}
