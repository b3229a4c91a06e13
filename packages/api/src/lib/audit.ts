import type { Db, Prisma } from '@bosonline/db';

/** What one admin write changed. `before`/`after` are row views (never secrets such as hashes). */
export interface AuditEntry {
  targetType: string;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Records audit rows for the admin write under way (see `adminWrites` in trpc.ts, the one place
 * that makes it): who and which procedure and request come from the context, the service says
 * what changed. `db` is the write's own transaction, so a write and its audit row commit together.
 */
export interface Auditor {
  record(db: Pick<Db, 'adminAuditLog'>, entry: AuditEntry): Promise<void>;
}

/** JSON as stored: dates become ISO strings, undefined fields vanish; null stays SQL null. */
function json(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

export function auditorFor(
  who: { id: string; email: string },
  request: { action: string; requestId: string; ip: string | null },
  onRecord: () => void,
): Auditor {
  return {
    async record(db, entry) {
      await db.adminAuditLog.create({
        data: {
          adminUserId: who.id,
          adminEmail: who.email,
          action: request.action,
          requestId: request.requestId,
          ip: request.ip,
          targetType: entry.targetType,
          targetId: entry.targetId ?? null,
          before: json(entry.before),
          after: json(entry.after),
        },
      });
      onRecord();
    },
  };
}
