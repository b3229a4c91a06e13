export { type BosClientOptions, type BosTokens, createBosClient } from './client.ts';
export type {
  BosCallOptions,
  BosClient,
  BosClientControls,
  BosInputs,
  BosOutputs,
  BosProcedures,
} from './client-types.ts';
export {
  type BosError,
  type BosErrorCode,
  type BosErrorShape,
  fieldErrors,
  isBosError,
} from './errors.ts';
