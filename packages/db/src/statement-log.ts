import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';

/** Called once per SQL statement sent to the database (BEGIN and COMMIT included). */
export type StatementListener = (sql: string) => void;

// Counting happens at the driver adapter, below Prisma, so raw SQL, model queries and transaction
// control are all seen, on PostgreSQL and PGlite alike. PostgreSQL's own statement log needs
// server settings (pg_stat_statements, a log collector) that a test database cannot rely on.

const transactionEnd = /^\s*(COMMIT|ROLLBACK)\s*$/i;

function listenTransaction(tx: Transaction, listen: StatementListener): Transaction {
  return new Proxy(tx, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (property === 'queryRaw' || property === 'executeRaw') {
        return (query: { sql: string }) => {
          // Adapters differ in who sends COMMIT (the engine or commit()): counted once, in commit().
          if (!transactionEnd.test(query.sql)) listen(query.sql);
          return value.call(target, query);
        };
      }
      if (property === 'commit' || property === 'rollback') {
        return () => {
          listen(property.toUpperCase());
          return value.call(target);
        };
      }
      return value.bind(target);
    },
  });
}

function listenAdapter(adapter: SqlDriverAdapter, listen: StatementListener): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (property === 'queryRaw' || property === 'executeRaw') {
        return (query: { sql: string }) => {
          listen(query.sql);
          return value.call(target, query);
        };
      }
      if (property === 'startTransaction') {
        return async (...args: unknown[]) => {
          listen('BEGIN');
          return listenTransaction(await value.apply(target, args), listen);
        };
      }
      return value.bind(target);
    },
  });
}

/** The same adapter factory, telling `listen` about every statement its connections send. */
export function withStatementListener(
  factory: SqlDriverAdapterFactory,
  listen: StatementListener,
): SqlDriverAdapterFactory {
  return new Proxy(factory, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === 'connect') {
        return async () => listenAdapter(await value.call(target), listen);
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
