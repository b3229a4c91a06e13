export { type Database, type DatabaseOptions, type Db, openDatabase } from './client.ts';
export * from './generated/prisma/client.ts';
export { applyMigrations, diffMigrationsToSchema } from './schema-engine.ts';
