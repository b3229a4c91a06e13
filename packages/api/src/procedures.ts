import type { AnyTRPCProcedure } from '@trpc/server';
import { appRouter } from './root.ts';
import type { ProcedureMeta } from './trpc.ts';

export interface ProcedureInfo {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  meta: ProcedureMeta;
}

/** Every procedure of the app router with its metadata (used by tests that must cover them all). */
export function listProcedures(): ProcedureInfo[] {
  // At runtime `_def.procedures` is flat (dotted paths); its declared type is the nested record.
  const flat = appRouter._def.procedures as unknown as Record<string, AnyTRPCProcedure>;
  return Object.entries(flat).map(([path, procedure]) => ({
    path,
    type: procedure._def.type,
    meta: (procedure._def.meta ?? {}) as ProcedureMeta,
  }));
}
