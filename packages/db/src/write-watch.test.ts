import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing.ts';
import { unwatchedWrite } from './write-watch.ts';

// A watcher (the session cache) must hear of every committed write to its tables, however the
// write was sent, and only once it is visible to other connections: never of reads, of other
// tables, of a rolled-back transaction, or of a statement marked as changing nothing it reads.

let database: TestDatabase;
/** What the watcher heard, in order, interleaved with the test's own marks. */
const heard: string[] = [];
let unwatch: () => void;

beforeAll(async () => {
  database = await createTestDatabase();
  await database.prisma.category.create({ data: { slug: 'watch-test', name: 'Watch' } });
  unwatch = database.watchWrites(['Category'], async () => {
    // The writer waits for this: a slow watcher still finishes before the write answers.
    await new Promise<void>((resolve) => setImmediate(resolve));
    heard.push('told');
  });
});
afterAll(async () => {
  unwatch?.();
  await database?.close();
});

async function heardDuring(work: () => Promise<unknown>): Promise<string[]> {
  heard.length = 0;
  await work();
  heard.push('answered');
  return [...heard];
}

const db = () => database.prisma;
const where = { slug: 'watch-test' };

describe('Database.watchWrites', () => {
  it('tells of a model write and a raw write once each, before the write answers', async () => {
    expect(await heardDuring(() => db().category.update({ where, data: { name: 'A' } }))).toEqual([
      'told',
      'answered',
    ]);
    expect(
      await heardDuring(
        () => db().$executeRaw`UPDATE "Category" SET "name" = 'B' WHERE "slug" = 'watch-test'`,
      ),
    ).toEqual(['told', 'answered']);
  });

  it('says nothing of reads, of other tables, or of a write marked unwatched', async () => {
    expect(await heardDuring(() => db().category.findMany({ where }))).toEqual(['answered']);
    expect(await heardDuring(() => db().$queryRaw`SELECT count(*) FROM "Category"`)).toEqual(['answered']);
    expect(await heardDuring(() => db().$executeRaw`UPDATE "Bank" SET "name" = "name" WHERE false`)).toEqual([
      'answered',
    ]);
    expect(
      await heardDuring(() =>
        db().$executeRawUnsafe(
          `${unwatchedWrite} UPDATE "Category" SET "name" = 'C' WHERE "slug" = 'watch-test'`,
        ),
      ),
    ).toEqual(['answered']);
  });

  it('tells of a transaction’s write after its commit, once, and not of a rolled-back one', async () => {
    const during = await heardDuring(() =>
      db().$transaction(async (tx) => {
        await tx.category.update({ where, data: { name: 'D' } });
        await tx.$executeRaw`UPDATE "Category" SET "name" = 'E' WHERE "slug" = 'watch-test'`;
        heard.push('still open');
      }),
    );
    expect(during).toEqual(['still open', 'told', 'answered']);

    const rolledBack = await heardDuring(() =>
      db()
        .$transaction(async (tx) => {
          await tx.category.update({ where, data: { name: 'F' } });
          throw new Error('changed my mind');
        })
        .catch(() => undefined),
    );
    expect(rolledBack).toEqual(['answered']);
    expect((await db().category.findUniqueOrThrow({ where })).name).toBe('E');
  });
});
