import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { migrationsDir, schemaPath } from './paths.ts';

// Prisma's official wasm schema engine, driven through a driver adapter: migrations need neither
// network access nor the native schema-engine binary that the CLI would download.

type Runtime = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
type Engine = Awaited<ReturnType<Runtime['SchemaEngine']['new']>>;

const require = createRequire(import.meta.url);
// Node's WebAssembly global; typed here because the server's TypeScript lib has no DOM types.
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
const noFilter = { externalTables: [], externalEnums: [] };
let runtimePromise: Promise<Runtime> | undefined;

function loadRuntime(): Promise<Runtime> {
  runtimePromise ??= (async () => {
    // The package's main entry imports the .wasm as an ES module (needs experimental flags),
    // so we instantiate the bytes ourselves and hand the exports to the generated JS glue.
    const runtime: Runtime = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = join(
      dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')),
      'schema_engine_bg.wasm',
    );
    const module = new wasm.Module(await readFile(wasmPath));
    const instance = new wasm.Instance(module, { './schema_engine_bg.js': runtime as never });
    const exports = instance.exports as unknown as Parameters<Runtime['__wbg_set_wasm']>[0] & {
      __wbindgen_start: () => void;
    };
    runtime.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return runtime;
  })();
  return runtimePromise;
}

export type MigrationTarget = { kind: 'pglite'; pglite: PGlite } | { kind: 'postgres'; url: string };

async function withEngine<T>(target: MigrationTarget, run: (engine: Engine) => Promise<T>): Promise<T> {
  const runtime = await loadRuntime();
  // Our own pool for PostgreSQL, so its connections are closed when the engine is done.
  const pool = target.kind === 'postgres' ? new pg.Pool({ connectionString: target.url, max: 2 }) : undefined;
  const factory: SqlMigrationAwareDriverAdapterFactory =
    target.kind === 'pglite' ? new PrismaPGlite(target.pglite) : new PrismaPg(pool!);
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const engine = await runtime.SchemaEngine.new({ datamodels: undefined }, () => {}, adapter as never);
  try {
    return await run(engine);
  } finally {
    engine.free();
    await pool?.end();
  }
}

/** The migrations of `prisma/migrations`, by folder name, oldest first. */
export async function migrationNames(dir = migrationsDir): Promise<string[]> {
  return existsSync(dir)
    ? (await readdir(dir, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
}

async function readMigrations(dir = migrationsDir) {
  const names = await migrationNames(dir);
  const lockPath = join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: { tag: 'ok' as const, value: await readFile(join(dir, name, 'migration.sql'), 'utf8') },
        },
      })),
    ),
  };
}

/** Applies every pending migration of `prisma/migrations`, recording them in `_prisma_migrations`. */
export async function applyMigrations(target: MigrationTarget): Promise<string[]> {
  const migrations = await readMigrations();
  if (migrations.migrationDirectories.length === 0) return [];
  return withEngine(target, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: migrations, filters: noFilter });
    return out.appliedMigrationNames;
  });
}

/**
 * SQL that takes a database holding the migration history to what `schema.prisma` describes;
 * `undefined` when they agree. `scratch` must be an empty, throw-away PGlite database.
 */
export async function diffMigrationsToSchema(scratch: PGlite): Promise<string | undefined> {
  const migrations = await readMigrations();
  const files = [{ path: schemaPath, content: await readFile(schemaPath, 'utf8') }];
  return withEngine({ kind: 'pglite', pglite: scratch }, async (engine) => {
    if (migrations.migrationDirectories.length > 0) {
      await engine.applyMigrations({ migrationsList: migrations, filters: noFilter });
    }
    const diff = await engine.diff({
      from: { tag: 'schemaDatasource', files, configDir: dirname(schemaPath) },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: true,
      filters: noFilter,
    });
    return diff.exitCode === 0 || !diff.stdout ? undefined : diff.stdout;
  });
}
