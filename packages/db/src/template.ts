import { createHash, randomBytes } from 'node:crypto';
import { constants, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { copyFile, cp } from 'node:fs/promises';
import { join } from 'node:path';
import { openDatabase } from './client.ts';
import { migrationsDir, prismaDir } from './paths.ts';
import { createPglite } from './pglite.ts';
import { referenceDataVersion, seedReferenceData } from './reference/index.ts';

// A new embedded database is a copy of a template: a PGlite data folder already initialised,
// migrated and holding the reference data. Making one costs ~10 s (initdb in wasm, the migrations,
// 91 599 regions); copying it costs a fraction of a second. Templates are made once per migration
// history and reference data version (at install, or by the first start that needs one).

/** Names the migration history plus the reference data, so a template is never used for another. */
export function schemaVersion(): string {
  const hash = createHash('sha256').update(referenceDataVersion);
  for (const name of readdirSync(migrationsDir).sort()) {
    const file = join(migrationsDir, name, 'migration.sql');
    if (existsSync(file)) hash.update(name).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Where templates live: beside the installed dependencies, like other tools' caches. */
const templatesDir = join(prismaDir, '..', 'node_modules', '.cache', 'bosonline');

/** True when `dataDir` holds no database yet (our own files, such as the JWT secret, may be there). */
export function isNewDataDir(dataDir: string): boolean {
  return !existsSync(join(dataDir, 'PG_VERSION'));
}

/**
 * The template folder for the current schema, made now if missing. Resolves to undefined when it
 * cannot be written (a read-only install): callers then build the database in place.
 */
export async function embeddedTemplate(onBuild?: () => void): Promise<string | undefined> {
  const dir = join(templatesDir, `pglite-${schemaVersion()}`);
  if (existsSync(dir)) return dir;
  onBuild?.();
  const building = `${dir}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(building, { recursive: true });
  } catch {
    return undefined;
  }
  try {
    const database = openDatabase({ pglite: createPglite({ dataDir: building }) });
    await database.migrate();
    await seedReferenceData(database.prisma);
    await database.close();
    // Rename into place, so a parallel start never copies half a template.
    try {
      renameSync(building, dir);
    } catch (error) {
      if (!existsSync(dir)) throw error;
    }
    return dir;
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}

/**
 * Fills a new data folder from the template; false when there is none (the caller then migrates
 * in place). `onBuild` is told when the template has to be made first (seconds, not milliseconds).
 */
export async function fillFromTemplate(dataDir: string, onBuild?: () => void): Promise<boolean> {
  const template = await embeddedTemplate(onBuild);
  if (!template) return false;
  // ~100 MB (most of it preallocated WAL): a copy-on-write clone where the file system has them,
  // and off the main thread either way, so the server's code keeps loading meanwhile. PG_VERSION,
  // which marks a folder as holding a database, comes last: a copy cut short is simply redone.
  const marker = join(template, 'PG_VERSION');
  const mode = constants.COPYFILE_FICLONE;
  await cp(template, dataDir, { recursive: true, mode, filter: (source) => source !== marker });
  await copyFile(marker, join(dataDir, 'PG_VERSION'), mode);
  return true;
}
