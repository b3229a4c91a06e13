export { type Database, type DatabaseOptions, type Db, openDatabase, planPerCall } from './client.ts';
export * from './generated/prisma/client.ts';
export { createPglite } from './pglite.ts';
export {
  bankLogoPath,
  banks,
  categories,
  referenceDataVersion,
  seedReferenceData,
} from './reference/index.ts';
export { applyMigrations, diffMigrationsToSchema } from './schema-engine.ts';
export { fillFromTemplate, isNewDataDir } from './template.ts';
export { unwatchedWrite, type WriteWatcher } from './write-watch.ts';
