import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * Every embedded database is opened here, with the extensions the schema uses (pg_trgm backs the
 * catalogue's substring search), so migrations, tests and the server all see the same Postgres.
 */
export function createPglite(options: PGliteOptions = {}): PGlite {
  // Options-only form: PGlite ignores `extensions` when the first argument is an undefined dataDir.
  return new PGlite({ ...options, extensions: { pg_trgm, ...options.extensions } });
}
