import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';
import { type Method, type Query, replaceMethods, wrapConnections } from './adapter-proxy.ts';

// Some in-process caches hold what a few tables say (the session check's account and
// memberships). Rather than trusting every service that writes those tables to remember the
// cache, writes are seen where every statement passes: the driver adapter, below Prisma, so model
// queries, raw SQL and future code alike are caught, on PostgreSQL and PGlite. A watcher is told
// once the write is visible to other connections (the statement answered outside a transaction,
// or its transaction committed), and the statement or commit answers its caller only after the
// watcher's promise settles, so nothing that follows a write can read a copy from before it.

/** Told after a committed write to one of its tables; the write's caller waits for it. */
export type WriteWatcher = () => Promise<void> | void;

/**
 * Marks a statement whose writes leave every watcher's answer unchanged (the session check's
 * once-a-minute `lastSeenAt` touch): watchers are not told of it.
 */
export const unwatchedWrite = '/* unwatched write */';

interface Watch {
  writes: RegExp;
  watcher: WriteWatcher;
}

export class WriteWatches {
  private readonly watches = new Set<Watch>();

  /** Calls `watcher` after each committed write to any of `tables`; answers the unsubscribe. */
  add(tables: readonly string[], watcher: WriteWatcher): () => void {
    const names = tables.map((t) => t.replace(/[^A-Za-z0-9_]/g, '')).join('|');
    // Prisma writes `"public"."Table"`; raw SQL `"Table"`, possibly inside a CTE.
    const writes = new RegExp(
      `\\b(?:UPDATE|INSERT\\s+INTO|DELETE\\s+FROM)\\s+(?:"public"\\.)?"(?:${names})"`,
      'i',
    );
    const watch = { writes, watcher };
    this.watches.add(watch);
    return () => this.watches.delete(watch);
  }

  /** The watchers a statement concerns (none for reads, unwatched writes, or other tables). */
  concerned(sql: string): Watch[] {
    const found: Watch[] = [];
    for (const watch of this.watches) if (watch.writes.test(sql)) found.push(watch);
    // Every statement passes here, reads above all: the marker is looked for only in a write.
    return found.length > 0 && sql.includes(unwatchedWrite) ? [] : found;
  }

  /** Tells each watcher (each once: callers pass distinct ones); a failing watcher logs for itself. */
  async tell(watches: Iterable<Watch>): Promise<void> {
    await Promise.all(Array.from(watches, (w) => Promise.resolve(w.watcher()).catch(() => undefined)));
  }
}

const commitStatement = /^\s*COMMIT\s*$/i;

function watchTransaction(tx: Transaction, watches: WriteWatches): Transaction {
  const pending = new Set<Watch>();
  const committed = async () => {
    if (pending.size === 0) return;
    const told = [...pending];
    pending.clear();
    await watches.tell(told);
  };
  const sent = (original: Method) => async (query: unknown) => {
    for (const watch of watches.concerned((query as Query).sql)) pending.add(watch);
    const result = await original(query);
    // Adapters differ in who sends COMMIT (the engine as a statement, or commit()).
    if (commitStatement.test((query as Query).sql)) await committed();
    return result;
  };
  return replaceMethods(tx, {
    queryRaw: sent,
    executeRaw: sent,
    commit: (original) => async () => {
      const result = await original();
      await committed();
      return result;
    },
  });
}

function watchAdapter(adapter: SqlDriverAdapter, watches: WriteWatches): SqlDriverAdapter {
  const sent = (original: Method) => async (query: unknown) => {
    const concerned = watches.concerned((query as Query).sql);
    if (concerned.length === 0) return original(query);
    // Told even when the statement failed: a watcher forgetting too much costs a read.
    try {
      return await original(query);
    } finally {
      await watches.tell(concerned);
    }
  };
  return replaceMethods(adapter, {
    queryRaw: sent,
    executeRaw: sent,
    startTransaction:
      (original) =>
      async (...args) =>
        watchTransaction((await original(...args)) as Transaction, watches),
  });
}

/** The same adapter factory, telling `watches` of the writes its connections commit. */
export function withWriteWatches(
  factory: SqlDriverAdapterFactory,
  watches: WriteWatches,
): SqlDriverAdapterFactory {
  return wrapConnections(factory, (adapter) => watchAdapter(adapter, watches));
}
