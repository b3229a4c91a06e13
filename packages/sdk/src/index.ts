export { type BosClient, type BosClientOptions, type BosTokens, createBosClient } from './client.ts';
export {
  type BosError,
  type BosErrorCode,
  type BosErrorShape,
  fieldErrors,
  isBosError,
} from './errors.ts';
