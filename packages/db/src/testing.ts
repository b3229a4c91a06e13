import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from './client.ts';
import { prismaDir } from './paths.ts';
import { createPglite } from './pglite.ts';
import { seedReferenceData } from './reference/index.ts';
import type { StatementListener } from './statement-log.ts';
import { schemaVersion } from './template.ts';

// Each test file gets its own database, cloned from a template that was migrated once per
// migration history: PGlite from a dumped data directory, PostgreSQL with CREATE DATABASE … TEMPLATE.
// Templates hold the platform reference data (regions, banks, categories) as every real database does.

const cacheDir = join(prismaDir, '..', '.test-data');

let templateFile: Promise<string> | undefined;

async function pgliteTemplate(): Promise<Blob> {
  templateFile ??= buildPgliteTemplate();
  return new Blob([await readFile(await templateFile)]);
}

async function buildPgliteTemplate(): Promise<string> {
  const file = join(cacheDir, `pglite-${schemaVersion()}.tar.gz`);
  if (!existsSync(file)) {
    const pglite = createPglite();
    const db = openDatabase({ pglite });
    await db.migrate();
    await seedReferenceData(db.prisma);
    await db.prisma.$disconnect();
    const dump = await pglite.dumpDataDir('gzip');
    await pglite.close();
    await mkdir(cacheDir, { recursive: true });
    // Write then rename, so a parallel worker never reads half a file.
    const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(tmp, Buffer.from(await dump.arrayBuffer()));
    await rename(tmp, file);
  }
  return file;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function postgresTemplate(adminUrl: string): Promise<string> {
  const name = `bos_tpl_${schemaVersion()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Serialise template creation across parallel test workers.
    await admin.query('SELECT pg_advisory_lock(74111)');
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      const building = `${name}_build`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${building}"`);
      const db = openDatabase({ url: withDatabase(adminUrl, building), poolSize: 2 });
      await db.migrate();
      await seedReferenceData(db.prisma);
      await db.close();
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    }
    await admin.query('SELECT pg_advisory_unlock(74111)');
  } finally {
    await admin.end();
  }
  return name;
}

export interface TestDatabase extends Database {
  url?: string;
}

/**
 * A fresh, migrated, empty database: PostgreSQL when DATABASE_URL is set, else in-memory PGlite.
 * `fromScratch` skips the template on PGlite: the client connects to an empty database and
 * migrates it, as `start` does on a new data folder, so types the migrations create (enums) are
 * unknown to the driver when the connection opened. Reference data is then left out (it takes
 * seconds to load); tests that need regions use the template.
 */
export async function createTestDatabase(
  options: { fromScratch?: boolean; onStatement?: StatementListener } = {},
): Promise<TestDatabase> {
  const { onStatement } = options;
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl && options.fromScratch) {
    const db = openDatabase({ pglite: createPglite(), onStatement });
    await db.ping();
    await db.migrate();
    return db;
  }
  if (!adminUrl) {
    const pglite = createPglite({ loadDataDir: await pgliteTemplate() });
    const db = openDatabase({ pglite, onStatement });
    // Unpacking the template takes seconds on a busy machine: pay it here, in the set-up, rather
    // than in whichever test happens to send the first query.
    await db.ping();
    return db;
  }
  const template = await postgresTemplate(adminUrl);
  const name = `bos_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  const db = openDatabase({ url, poolSize: 20, onStatement });
  return {
    ...db,
    url,
    close: async () => {
      await db.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}
