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
  return Object.entries(appRouter._def.procedures as Record<string, AnyTRPCProcedure>).map(
    ([path, procedure]) => ({
      path,
      type: procedure._def.type,
      meta: (procedure._def.meta ?? {}) as ProcedureMeta,
    }),
  );
}
