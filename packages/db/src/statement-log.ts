import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';
import { type Method, type Query, replaceMethods, wrapConnections } from './adapter-proxy.ts';

/** Called once per SQL statement sent to the database (BEGIN and COMMIT included). */
export type StatementListener = (sql: string) => void;

// Counting happens at the driver adapter, below Prisma, so raw SQL, model queries and transaction
// control are all seen, on PostgreSQL and PGlite alike. PostgreSQL's own statement log needs
// server settings (pg_stat_statements, a log collector) that a test database cannot rely on.

const transactionEnd = /^\s*(COMMIT|ROLLBACK)\s*$/i;

function listenTransaction(tx: Transaction, listen: StatementListener): Transaction {
  // Adapters differ in who sends COMMIT (the engine or commit()): counted once, in commit().
  const sent = (original: Method) => (query: unknown) => {
    if (!transactionEnd.test((query as Query).sql)) listen((query as Query).sql);
    return original(query);
  };
  const ends = (name: string) => (original: Method) => () => {
    listen(name);
    return original();
  };
  return replaceMethods(tx, {
    queryRaw: sent,
    executeRaw: sent,
    commit: ends('COMMIT'),
    rollback: ends('ROLLBACK'),
  });
}

function listenAdapter(adapter: SqlDriverAdapter, listen: StatementListener): SqlDriverAdapter {
  const sent = (original: Method) => (query: unknown) => {
    listen((query as Query).sql);
    return original(query);
  };
  return replaceMethods(adapter, {
    queryRaw: sent,
    executeRaw: sent,
    startTransaction:
      (original) =>
      async (...args) => {
        listen('BEGIN');
        return listenTransaction((await original(...args)) as Transaction, listen);
      },
  });
}

/** The same adapter factory, telling `listen` about every statement its connections send. */
export function withStatementListener(
  factory: SqlDriverAdapterFactory,
  listen: StatementListener,
): SqlDriverAdapterFactory {
  return wrapConnections(factory, (adapter) => listenAdapter(adapter, listen));
}
