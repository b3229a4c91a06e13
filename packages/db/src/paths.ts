import { fileURLToPath } from 'node:url';

/** The repository's `prisma/` folder: the schema and the migration history live there. */
export const prismaDir = fileURLToPath(new URL('../../../prisma/', import.meta.url));
export const schemaPath = `${prismaDir}schema.prisma`;
export const migrationsDir = `${prismaDir}migrations`;
