import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/prisma/client.ts';
import { createPglite } from './pglite.ts';
import { applyMigrations, type MigrationTarget, migrationNames } from './schema-engine.ts';
import { type StatementListener, withStatementListener } from './statement-log.ts';
import { type WriteWatcher, WriteWatches, withWriteWatches } from './write-watch.ts';

export type Db = InstanceType<typeof PrismaClient>;

export interface Database {
  prisma: Db;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for start-up messages (never includes a password). */
  location: string;
  migrate(): Promise<string[]>;
  /**
   * Calls `watcher` after every committed write to one of `tables`, by any statement of this
   * client (write-watch.ts); the write's caller waits for it. Answers the unsubscribe.
   */
  watchWrites(tables: readonly string[], watcher: WriteWatcher): () => void;
  /** Answers when the database can run a query; used by /healthz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseOptions = (
  | { url: string; poolSize?: number }
  | { dataDir: string }
  | { pglite: PGlite; location?: string }
) & {
  /** Told of every SQL statement sent (tests count a request's statements with it). */
  onStatement?: StatementListener;
};

/** Opens PostgreSQL when given a URL, otherwise the embedded PGlite database (a folder, or in memory). */
export function openDatabase(options: DatabaseOptions): Database {
  const watches = new WriteWatches();
  const listened = (factory: SqlDriverAdapterFactory) =>
    withWriteWatches(
      options.onStatement ? withStatementListener(factory, options.onStatement) : factory,
      watches,
    );
  if ('url' in options) {
    // Timestamps are stored as UTC wall time; raw `now()` must agree whatever the server's zone is.
    const adapter = new PrismaPg(
      { connectionString: options.url, max: options.poolSize ?? 10, options: '-c TimeZone=UTC' },
      // Named statements are parsed once per connection and their plans cached by PostgreSQL: the
      // checkout's queries cost more to plan than to run. (Behind PgBouncer in transaction mode,
      // this needs its prepared-statement support, 1.21+.)
      { statementNameGenerator: statementName },
    );
    const target: MigrationTarget = { kind: 'postgres', url: options.url };
    return wrap(
      new PrismaClient({ adapter: listened(adapter) }),
      'postgres',
      redact(options.url),
      target,
      watches,
      async () => {},
    );
  }
  let pglite: PGlite;
  let location: string;
  if ('dataDir' in options) {
    mkdirSync(options.dataDir, { recursive: true });
    pglite = createPglite({ dataDir: options.dataDir });
    location = options.dataDir;
  } else {
    pglite = options.pglite;
    location = options.location ?? 'memory://';
  }
  const prisma = new PrismaClient({ adapter: listened(new PrismaPGlite(pglite)) });
  return wrap(prisma, 'pglite', location, { kind: 'pglite', pglite }, watches, () => pglite.close());
}

function wrap(
  prisma: Db,
  kind: Database['kind'],
  location: string,
  target: MigrationTarget,
  watches: WriteWatches,
  closeDriver: () => Promise<void>,
): Database {
  return {
    prisma,
    kind,
    location,
    watchWrites: (tables, watcher) => watches.add(tables, watcher),
    migrate: async () => ((await allApplied(prisma)) ? [] : applyMigrations(target)),
    ping: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
    close: async () => {
      await prisma.$disconnect();
      await closeDriver();
    },
  };
}

/**
 * True when every migration folder is recorded as applied. Loading the wasm schema engine costs a
 * few hundred milliseconds of every start, for nothing when no migration is pending; when one is
 * (or a failed one is recorded), the engine runs and applies or reports it.
 */
async function allApplied(prisma: Db): Promise<boolean> {
  const [history] = await prisma.$queryRaw<Array<{ table: string | null }>>`
    SELECT to_regclass('_prisma_migrations')::text AS "table"`;
  if (!history?.table) return false;
  const rows = await prisma.$queryRaw<Array<{ name: string }>>`
    SELECT "migration_name" AS "name" FROM "_prisma_migrations"
    WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`;
  const applied = new Set(rows.map((row) => row.name));
  return (await migrationNames()).every((name) => applied.has(name));
}

/**
 * Marks a statement (its first characters) to be sent unnamed: PostgreSQL then plans it with each
 * call's arguments. For statements whose best plan depends on them (a search term's selectivity
 * in a big store), where a cached generic plan would serve every call with one plan.
 */
export const planPerCall = '/* plan per call */';

/** A stable name per SQL text, so each connection prepares a statement once. */
function statementName(query: { sql: string }): string {
  // The empty name is the protocol's unnamed statement, replaced by the next one sent.
  if (query.sql.startsWith(planPerCall)) return '';
  return `bos_${createHash('sha1').update(query.sql).digest('base64url')}`;
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgresql://(unparseable url)';
  }
}
