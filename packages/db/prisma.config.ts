import { defineConfig } from 'prisma/config';

// Used by `prisma generate` only; migrations run through the wasm schema engine (src/migrate.ts).
export default defineConfig({
  schema: '../../prisma/schema.prisma',
  migrations: { path: '../../prisma/migrations' },
});
