import { Prisma } from '@bosonline/db';
import { createTestDatabase, type TestDatabase } from '@bosonline/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromKnownError } from './errors.ts';

// The edge's safety net, against the database's own errors (PGlite, or PostgreSQL with
// DATABASE_URL): a number too large for its column is the caller's 400, not a 500.

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.close());

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the statement to fail');
    },
    (error: unknown) => error,
  );

describe('fromKnownError: integer out of range (SQLSTATE 22003)', () => {
  it('from a raw statement is a 400', async () => {
    const error = await failure(db.prisma.$queryRaw(Prisma.sql`SELECT ${2_147_483_647}::int4 + 1`));
    expect(fromKnownError(error)).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'A number is too large to store',
    });
  });

  it('from a raw write is a 400', async () => {
    const error = await failure(
      db.prisma.$executeRaw(
        Prisma.sql`UPDATE "Stock" SET "quantity" = ${2 ** 31} WHERE false OR ${2 ** 31}::int4 > 0`,
      ),
    );
    expect(fromKnownError(error)).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('from a query that does not fit an Int column is a 400', async () => {
    const error = await failure(db.prisma.stock.updateMany({ data: { quantity: 2 ** 31 } }));
    expect(fromKnownError(error)).toMatchObject({ code: 'BAD_REQUEST' });
  });
});
