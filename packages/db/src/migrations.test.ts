import { describe, expect, it } from 'vitest';
import { createPglite } from './pglite.ts';
import { diffMigrationsToSchema } from './schema-engine.ts';
import { createTestDatabase } from './testing.ts';

describe('migrations', () => {
  it('prisma/migrations produce exactly what schema.prisma describes (no drift)', async () => {
    const scratch = createPglite();
    const drift = await diffMigrationsToSchema(scratch);
    await scratch.close();
    // When this fails, run `pnpm db:diff <name>` and commit the new migration.
    expect(drift).toBeUndefined();
  });

  it('gives each caller an isolated, migrated database', async () => {
    const [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    try {
      await a.prisma.adminUser.create({ data: { name: 'A', email: 'a@example.com', passwordHash: 'x' } });
      expect(await a.prisma.adminUser.count()).toBe(1);
      expect(await b.prisma.adminUser.count()).toBe(0);
      const applied = await a.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM _prisma_migrations`;
      expect(Number(applied[0]?.n)).toBeGreaterThan(0);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
