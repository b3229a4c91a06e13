import type { AppRouter } from '@bosonline/api';
import type { TRPCClientError, TRPCProcedureOptions } from '@trpc/client';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';
import type { BosCallOptions } from './client-types.ts';
import type { BosError, BosErrorCode, BosErrorShape } from './errors.ts';

// Compile-time checks only (typecheck reads this file; the build never does): the SDK's own
// declarations of server and tRPC types must stay what the server and tRPC really have.

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type ServerErrorShape = AppRouter['_def']['_config']['$types']['errorShape'];

export type ErrorCodesAreTrpcs = Assert<Same<BosErrorCode, TRPC_ERROR_CODE_KEY>>;
export type ErrorDataMatchesServer = Assert<Same<ServerErrorShape['data'], BosErrorShape['data']>>;
export type ErrorShapeFitsServer = Assert<ServerErrorShape extends BosErrorShape ? true : false>;
type TrpcsError = TRPCClientError<{ transformer: true; errorShape: BosErrorShape }>;
export type ErrorIsTrpcsClientError = Assert<
  Same<Pick<TrpcsError, keyof BosError>, Pick<BosError, keyof BosError>>
>;
export type CallOptionsAreTrpcs = Assert<Same<BosCallOptions, TRPCProcedureOptions>>;
