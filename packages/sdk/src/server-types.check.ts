import type { AppRouter } from '@bosonline/api';
import type { TRPCClientError, TRPCProcedureOptions } from '@trpc/client';
import type { inferRouterInputs, inferRouterOutputs, TRPC_ERROR_CODE_KEY } from '@trpc/server';
import type { BosCallOptions, BosClientControls, BosInputs, BosOutputs } from './client-types.ts';
import type { BosError, BosErrorCode, BosErrorShape } from './errors.ts';
import type { AppRouter as DerivedRouter } from './react.ts';

// Compile-time checks only (typecheck reads this file; the build never does): the SDK's own
// declarations of server and tRPC types must stay what the server and tRPC really have.

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type ServerErrorShape = AppRouter['_def']['_config']['$types']['errorShape'];

export type ErrorCodesAreTrpcs = Assert<Same<BosErrorCode, TRPC_ERROR_CODE_KEY>>;
export type ErrorDataMatchesServer = Assert<Same<ServerErrorShape['data'], BosErrorShape['data']>>;
export type ErrorShapeFitsServer = Assert<ServerErrorShape extends BosErrorShape ? true : false>;
type TrpcsError = TRPCClientError<{ transformer: true; errorShape: BosErrorShape }>;
// `retryAfterSeconds` is the SDK's own addition (client.ts sets it on a 429).
type TrpcsKeys = Exclude<keyof BosError, 'retryAfterSeconds'>;
export type ErrorIsTrpcsClientError = Assert<Same<Pick<TrpcsError, TrpcsKeys>, Pick<BosError, TrpcsKeys>>>;
export type CallOptionsAreTrpcs = Assert<Same<BosCallOptions, TRPCProcedureOptions>>;

// The client's own members (client.ts) share the namespace of the root routers.
type RootRouters = keyof AppRouter['_def']['record'];
export type ControlsDoNotShadowRouters = Assert<Same<Extract<RootRouters, keyof BosClientControls>, never>>;

// `@bosonline/sdk/react`'s router type, made from the client type, has the server's inputs and
// outputs, and is what BosInputs/BosOutputs say.
type Derived = DerivedRouter;
export type RouterOutputsAreServers = Assert<
  Same<inferRouterOutputs<Derived>, inferRouterOutputs<AppRouter>>
>;
export type RouterInputsAreServers = Assert<Same<inferRouterInputs<Derived>, inferRouterInputs<AppRouter>>>;
export type BosInputsAreRouters = Assert<Same<BosInputs, inferRouterInputs<Derived>>>;
export type BosOutputsAreRouters = Assert<Same<BosOutputs, inferRouterOutputs<Derived>>>;
