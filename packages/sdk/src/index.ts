export type { AppRouter } from '@bosonline/api';
export { type BosClient, type BosClientOptions, type BosTokens, createBosClient } from './client.ts';
export { type BosError, type BosErrorCode, fieldErrors, isBosError } from './errors.ts';
